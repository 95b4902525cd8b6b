import {inputReader, type InputReader} from './read.js';

/** Where an input is declared: an action's `inputs:`, a GitLab template's `spec:inputs`, a CLI flag. */
export type Surface = 'github' | 'gitlab' | 'cli';

/** A value as an input's default: what a runner would hand in when nothing is given. */
export type InputDefault = string | boolean | readonly string[];

/** How one surface declares an input where it differs from the table's own entry. */
export interface SurfaceSpec {
  /** The default the surface writes (`${{ github.repository }}`, `$CI_REGISTRY_IMAGE`). */
  readonly default?: InputDefault;
  readonly description?: string;
  /** GitLab `spec:inputs` only: a value check GitLab runs before the pipeline starts. */
  readonly regex?: string;
  /** GitLab `spec:inputs` only: the options GitLab accepts (a subset of the table's). */
  readonly options?: readonly string[];
  /** CLI only: the flag's name when it is not the input's (`no-dependents`). */
  readonly flag?: string;
  /** CLI only: a boolean flag that sets the input to false (`--no-dependents`). */
  readonly negated?: boolean;
  /** CLI only: the flag may be repeated, each value one more item of a list (`--tag a --tag b`). */
  readonly multiple?: boolean;
  /** CLI only: what the usage line calls the value (`DIR`, `REV`). */
  readonly metavar?: string;
  /** CLI only: a boolean flag that reads the value from standard input (a secret never in argv). */
  readonly stdin?: boolean;
}

/**
 * One input of a step, declared once: its type, its default as the step applies it to a blank
 * value, and how each surface spells it. The action.yml `inputs:`, the GitLab templates and the
 * READMEs are generated from it (`npm run docs`), and the step reads it through `readInputs`.
 */
export interface InputSpec {
  readonly type: 'string' | 'boolean' | 'list' | 'choice';
  /** A choice's values; anything else is an error naming the input. */
  readonly options?: readonly string[];
  readonly default: InputDefault;
  readonly description: string;
  /** Required on every surface: no default is written and a blank value fails the step. */
  readonly required?: boolean;
  /** Masked before any other input is read, so no error about another input can print it. */
  readonly secret?: boolean;
  /** Blank means off (no default): the default applies only when the input is not set at all. */
  readonly blankIsOff?: boolean;
  /** Turns the typed value into what the step uses (globs, protocols, variable names). */
  readonly parse?: (value: never) => unknown;
  /** Per surface: `false` where the input does not exist, or what differs there. */
  readonly on?: Partial<Record<Surface, false | SurfaceSpec>>;
}

export type InputTable = Readonly<Record<string, InputSpec>>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type BaseValue<S extends InputSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'list'
    ? string[]
    : S['type'] extends 'choice'
      ? S['options'] extends readonly (infer O)[]
        ? O
        : string
      : string;

type ValueOf<S extends InputSpec> = S['parse'] extends (value: never) => infer R ? R : BaseValue<S>;

/** The values of a table, keyed by the camel-cased input names (`output-dir` → `outputDir`). */
export type InputValues<T extends InputTable> = {
  -readonly [K in keyof T & string as CamelCase<K>]: ValueOf<T[K]>;
};

/** `output-dir` → `outputDir`: the key an input's value has in `InputValues`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/** How `readInputs` treats secrets, and whose defaults it applies. */
export interface ReadOptions {
  /** Called with each non-blank secret before any other input is read (mask it). */
  addSecret?: (value: string) => void;
  /** Apply this surface's defaults (the CLI's differ); the table's own by default. */
  surface?: Surface;
}

/**
 * Reads every input of a table through a reader, with the table's defaults and types. Secret
 * inputs are read (and handed to `addSecret`) first.
 */
export function readInputs<T extends InputTable>(
  table: T,
  reader: InputReader,
  {addSecret = () => {}, surface}: ReadOptions = {},
): InputValues<T> {
  const entries = Object.entries(table).map(([name, spec]): [string, InputSpec] => [
    name,
    surface ? declaredOn(spec, surface) : spec,
  ]);
  for (const [name, spec] of entries) {
    if (!spec.secret) continue;
    const value = reader.string(name);
    if (value) addSecret(value);
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of entries) {
    const value = readOne(name, spec, reader);
    values[camelCase(name)] = spec.parse ? (spec.parse as (value: unknown) => unknown)(value) : value;
  }
  return values as InputValues<T>;
}

function readOne(name: string, spec: InputSpec, reader: InputReader): unknown {
  switch (spec.type) {
    case 'boolean':
      return reader.boolean(name, spec.default === true);
    case 'list':
      return reader.list(name, Array.isArray(spec.default) ? spec.default : []);
    case 'choice':
      return reader.choice(name, spec.options ?? [], String(spec.default));
    case 'string':
      return spec.blankIsOff
        ? reader.stringOrOff(name, String(spec.default))
        : reader.string(name, String(spec.default));
  }
}

/** The table's inputs that exist on a surface, in table order. */
export function inputsOn(table: InputTable, surface: Surface): string[] {
  return Object.entries(table)
    .filter(([, spec]) => spec.on?.[surface] !== false)
    .map(([name]) => name);
}

/** An input as a surface declares it: the table's entry with that surface's differences applied. */
export function declaredOn(spec: InputSpec, surface: Surface): InputSpec & SurfaceSpec {
  const own = spec.on?.[surface];
  return {...spec, ...(own || {})};
}

/** Every input of a table at its default (a surface's, when given): what a run with none set reads. */
export function inputDefaults<T extends InputTable>(table: T, surface?: Surface): InputValues<T> {
  return readInputs(
    table,
    inputReader(() => ''),
    surface ? {surface} : {},
  );
}
