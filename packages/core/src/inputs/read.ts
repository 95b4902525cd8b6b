import {UserError} from '../errors.js';
import type {Env} from '../ports.js';

/**
 * Reads an input the way every bundle must: `INPUT_<NAME>` as GitHub sets it (upper case, `-`
 * kept), then with `-` written `_`, as a GitLab job variable has to spell it. Blank is unset.
 */
export function readInput(env: Env, name: string): string {
  return (readInputIfSet(env, name) ?? '').trim();
}

/** An input as given, blank included; undefined only when no `INPUT_<NAME>` is set at all. */
function readInputIfSet(env: Env, name: string): string | undefined {
  const upper = name.toUpperCase().replace(/ /g, '_');
  return env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`];
}

/** A typed view of a step's inputs: strings, booleans and lists with their defaults. */
export interface InputReader {
  string(name: string, fallback?: string): string;
  boolean(name: string, fallback: boolean): boolean;
  list(name: string, fallback?: readonly string[]): string[];
  choice<T extends string>(name: string, options: readonly T[], fallback: T): T;
  /**
   * A string whose blank value means something (off): the fallback only when the input is not
   * set at all. A runner sets every declared input, so blank there was given on purpose.
   */
  stringOrOff(name: string, fallback: string): string;
}

/** The reader of a step's inputs as the platform hands them in. */
export function platformInputs(platform: {readonly env: Env; input(name: string): string}): InputReader {
  return inputReader(
    (name) => platform.input(name),
    (name) => readInputIfSet(platform.env, name) !== undefined,
  );
}

export function inputReader(
  read: (name: string) => string,
  isSet: (name: string) => boolean = (name) => read(name) !== '',
): InputReader {
  return {
    string: (name, fallback = '') => read(name) || fallback,
    stringOrOff: (name, fallback) => (isSet(name) ? read(name) : fallback),
    boolean: (name, fallback) => parseBooleanInput(name, read(name), fallback),
    list: (name, fallback = []) => {
      const raw = read(name);
      return raw ? parseListInput(raw) : [...fallback];
    },
    choice: (name, options, fallback) => {
      const raw = read(name);
      if (!raw) return fallback;
      if ((options as readonly string[]).includes(raw)) return raw as (typeof options)[number];
      throw new UserError(`"${raw}" is not one of ${options.join(', ')}`, {field: `input ${name}`});
    },
  };
}

/** YAML 1.2 core booleans, as @actions/core accepts them; anything else is an error. */
export function parseBooleanInput(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new UserError(`"${raw}" is not a boolean (true or false)`, {field: `input ${name}`});
}

/**
 * A list input: one item a line, or separated by commas or spaces (a GitLab array input arrives
 * as JSON, so a JSON array of strings is accepted too). `#` starts a comment on its own line.
 */
export function parseListInput(raw: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String).filter((s) => s !== '');
    } catch {
      // Not JSON after all: fall through to the plain list.
    }
  }
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/[,\s]+/))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
