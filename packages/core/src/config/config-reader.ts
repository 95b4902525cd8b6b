import {isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode} from 'yaml';
import {UserError} from '../errors.js';
import {didYouMean, nearest} from './suggest.js';
import type {Position} from './types.js';

/** A value in the config with its dotted field name (`ko_config.env[1]`) and where it sits. */
export interface Entry {
  field: string;
  node: YamlNode | null;
  at: Position;
}

/**
 * Reads typed values out of a parsed YAML document and collects every problem instead of
 * stopping at the first, so that one run shows the user all there is to fix.
 */
export class ConfigReader {
  readonly problems: UserError[] = [];
  /** Positions of every key and list item seen, by field name. */
  readonly positions: Record<string, Position> = {};

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly lineCounter: LineCounter,
    private readonly doc: Document,
  ) {}

  positionOf(offset: number): Position {
    const {line, col} = this.lineCounter.linePos(offset);
    return {line, column: col};
  }

  report(entry: Pick<Entry, 'field' | 'at'>, message: string): void {
    const location = {file: this.file, line: entry.at.line, column: entry.at.column};
    this.problems.push(new UserError(message, {location, field: entry.field || undefined}));
  }

  /** The document's top level as an entry. */
  root(): Entry {
    return this.entry('', this.doc.contents as YamlNode | null, {line: 1, column: 1});
  }

  private entry(field: string, raw: unknown, fallback: Position): Entry {
    const node = isAlias(raw)
      ? ((raw.resolve(this.doc) as YamlNode | undefined) ?? null)
      : (raw as YamlNode | null);
    const start = (raw as YamlNode | null)?.range?.[0];
    return {field, node, at: start === undefined ? fallback : this.positionOf(start)};
  }

  /** A mapping's entries by key; unknown keys (when `known` is given) are reported with a suggestion. */
  mapping(entry: Entry, known?: readonly string[]): Map<string, Entry> | undefined {
    if (!isMap(entry.node)) return this.wrongType(entry, 'a mapping of keys');
    const entries = new Map<string, Entry>();
    for (const pair of entry.node.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyAt = keyNode?.range ? this.positionOf(keyNode.range[0]) : entry.at;
      // Free-form mappings (manual_images) may have number-like keys such as `386`.
      const raw = isScalar(keyNode) ? keyNode.value : undefined;
      const key = typeof raw === 'number' && !known ? String(raw) : raw;
      const field = typeof key === 'string' ? join(entry.field, key) : entry.field;
      if (typeof key !== 'string') {
        this.report(
          {field, at: keyAt},
          `the key \`${this.source(keyNode)}\` must be text: write a name such as \`platforms\``,
        );
      } else if (known && !known.includes(key)) {
        this.report({field, at: keyAt}, `unknown key \`${key}\`${didYouMean(key, known)}`);
      } else {
        this.positions[field] = keyAt;
        entries.set(key, this.entry(field, pair.value, keyAt));
      }
    }
    return entries;
  }

  list(entry: Entry): Entry[] | undefined {
    if (!isSeq(entry.node)) return this.wrongType(entry, 'a list');
    return entry.node.items.map((item, index) => {
      const itemEntry = this.entry(`${entry.field}[${index}]`, item, entry.at);
      this.positions[itemEntry.field] = itemEntry.at;
      return itemEntry;
    });
  }

  string(entry: Entry, options: {allowEmpty?: boolean} = {}): string | undefined {
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (typeof value !== 'string') return this.wrongType(entry, 'a string');
    if (value === '' && !options.allowEmpty) return this.fail(entry, 'must not be empty');
    return value;
  }

  boolean(entry: Entry): boolean | undefined {
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    return typeof value === 'boolean' ? value : this.wrongType(entry, '`true` or `false`');
  }

  /**
   * A list of strings, each checked by `check` (which returns what is wrong, or undefined).
   * Only well-formed, unique items are returned; the others are reported.
   */
  stringList(entry: Entry, check?: (value: string) => string | undefined): string[] | undefined {
    const items = this.list(entry);
    if (!items) return undefined;
    const seen = new Map<string, string>();
    for (const item of items) {
      const value = this.string(item);
      if (value === undefined) continue;
      const problem = check?.(value);
      if (problem) this.report(item, problem);
      else if (seen.has(value))
        this.report(item, `\`${value}\` is already listed at ${seen.get(value)}; remove one`);
      else seen.set(value, item.field);
    }
    return [...seen.keys()];
  }

  fail(entry: Pick<Entry, 'field' | 'at'>, message: string): undefined {
    this.report(entry, message);
    return undefined;
  }

  private wrongType(entry: Entry, expected: string): undefined {
    return this.fail(
      entry,
      `must be ${expected}, not ${this.describe(entry.node)}${this.hint(entry, expected)}`,
    );
  }

  private describe(node: YamlNode | null): string {
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    const value = isScalar(node) ? node.value : null;
    if (value === null || value === undefined) return 'empty (give it a value, or remove it)';
    if (typeof value === 'string') return `the string "${value}"`;
    return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} \`${this.source(node)}\``;
  }

  /** YAML turns `1.10` into a number and `"true"` stays a string: say how to write what was meant. */
  private hint(entry: Entry, expected: string): string {
    const value = isScalar(entry.node) ? entry.node.value : undefined;
    if (expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean')) {
      return `; quote it to keep it as text: "${this.source(entry.node)}"`;
    }
    if (expected.includes('true') && typeof value === 'string') {
      if (/^(true|yes|on)$/i.test(value)) return '; write true without quotes';
      if (/^(false|no|off)$/i.test(value)) return '; write false without quotes';
      const near = nearest(value, ['true', 'false']);
      return near ? ` (did you mean ${near}?)` : '';
    }
    return '';
  }

  private source(node: YamlNode | null): string {
    const range = node?.range;
    return range ? this.text.slice(range[0], range[1]) : String(isScalar(node) ? node.value : '');
  }
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}
