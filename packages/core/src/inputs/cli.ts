import {inputReader, type InputReader} from './read.js';
import {declaredOn, inputsOn, type InputTable} from './table.js';

/** A `node:util` parseArgs option. */
export interface CliOption {
  type: 'string' | 'boolean';
  multiple?: boolean;
}

/** The flag an input has on the command line (`include-dependents` is `--no-dependents`). */
export function cliFlag(table: InputTable, name: string): string {
  return declaredOn(table[name]!, 'cli').flag ?? name;
}

/** The parseArgs options of a table's CLI inputs. */
export function cliOptions(table: InputTable): Record<string, CliOption> {
  const options: Record<string, CliOption> = {};
  for (const name of inputsOn(table, 'cli')) {
    const spec = declaredOn(table[name]!, 'cli');
    options[cliFlag(table, name)] =
      spec.type === 'boolean' || spec.stdin
        ? {type: 'boolean'}
        : {type: 'string', ...(spec.multiple ? {multiple: true} : {})};
  }
  return options;
}

/** The usage line of a table's CLI inputs: `[--mode auto|changed|all|list|drift] [--root DIR] ...`. */
export function cliUsage(table: InputTable): string {
  return inputsOn(table, 'cli')
    .map((name) => {
      const spec = declaredOn(table[name]!, 'cli');
      const flag = `--${cliFlag(table, name)}`;
      if (spec.type === 'boolean' || spec.stdin) return `[${flag}]`;
      const value = spec.type === 'choice' ? (spec.options ?? []).join('|') : (spec.metavar ?? 'VALUE');
      return spec.multiple ? `[${flag} ${value}]...` : `[${flag} ${value}]`;
    })
    .join(' ');
}

/** An input's default on the command line (`oci:.hephy/images` for `repository`). */
export function cliDefault(table: InputTable, name: string): string {
  return String(declaredOn(table[name]!, 'cli').default);
}

/** One help line a flag, from the table's descriptions: `  --root DIR  The directory ...`. */
export function cliHelp(table: InputTable): string {
  return inputsOn(table, 'cli')
    .map((name) => {
      const spec = declaredOn(table[name]!, 'cli');
      const value = String(spec.default);
      const fallback = value && spec.type !== 'boolean' ? ` (default ${value})` : '';
      return `  --${cliFlag(table, name)}  ${spec.description}${fallback}`;
    })
    .join('\n');
}

/**
 * parseArgs' values as an input reader: a boolean flag reads `true` (a negated one `false`), a
 * repeated flag one item a line, a stdin flag standard input (once, without its last newline),
 * an absent flag blank (the default).
 */
export function cliReader(
  table: InputTable,
  values: Readonly<Record<string, unknown>>,
  readStdin: () => string = () => '',
): InputReader {
  let stdin: string | undefined;
  const raw = (name: string): string | undefined => {
    if (!Object.hasOwn(table, name) || table[name]!.on?.cli === false) return undefined;
    const spec = declaredOn(table[name]!, 'cli');
    const value = values[cliFlag(table, name)];
    if (value === undefined || value === false) return undefined;
    if (value === true && spec.stdin) return (stdin ??= readStdin().replace(/\r?\n$/, ''));
    if (value === true) return spec.negated ? 'false' : 'true';
    return Array.isArray(value) ? value.map(String).join('\n') : String(value);
  };
  return inputReader(
    (name) => raw(name) ?? '',
    (name) => raw(name) !== undefined,
  );
}
