import {availableParallelism} from 'node:os';
import {BACKEND_INPUTS, type BackendInput} from '@hephy-builder/core/backends/select';
import {parseBuildArgEnv} from '@hephy-builder/core/config/variables';
import {MODES, type Mode} from '@hephy-builder/core/plan/base';
import {NAMINGS, type Naming} from '@hephy-builder/core/plan/names';
import {parseListInput} from '@hephy-builder/core/inputs/read';
import {UsageError} from '../command.js';

/** Where `hephy-builder build` puts images when no --repository is given: an OCI image layout. */
export const DEFAULT_REPOSITORY = 'oci:.hephy/images';
/** Where the step files (dirs.txt, plan.json, *.tag, archives) and the logs go. */
export const DEFAULT_OUTPUT_DIR = '.hephy/work';

/** `hephy-builder build`'s options, as typed values with their defaults applied. */
export interface BuildOptions {
  base: string;
  head: string;
  /** Default: `changed` with --base, else `all` (a local run has no event to compare with). */
  mode: Mode;
  rebuildList: string;
  root: string;
  repository: string;
  naming: Naming;
  backend: BackendInput;
  /** Exactly these arches; undefined = every arch this machine can build. */
  archs?: string[];
  /** '' = today in UTC, fixed once for the whole run. */
  date: string;
  jobs: number;
  insecureRegistries: string[];
  /** Environment variables `${NAME}` in build_args may read (build-arch's `build-arg-env`). */
  buildArgEnv: string[];
  outputDir: string;
  /** Extra tags for every image (retag's `tags`). */
  tags: string[];
  json: boolean;
  verbose: boolean;
}

export const buildCommandOptions = {
  base: {type: 'string'},
  head: {type: 'string'},
  mode: {type: 'string'},
  'rebuild-list': {type: 'string'},
  root: {type: 'string'},
  repository: {type: 'string'},
  naming: {type: 'string'},
  backend: {type: 'string'},
  arch: {type: 'string'},
  date: {type: 'string'},
  jobs: {type: 'string'},
  'insecure-registry': {type: 'string', multiple: true},
  'build-arg-env': {type: 'string', multiple: true},
  'output-dir': {type: 'string'},
  tags: {type: 'string'},
  json: {type: 'boolean'},
  verbose: {type: 'boolean'},
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = values[name] === undefined ? fallback : String(values[name]);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function buildArgEnv(values: Values): string[] {
  const names = ((values['build-arg-env'] as string[] | undefined) ?? []).flatMap(parseListInput);
  try {
    return parseBuildArgEnv(names);
  } catch (error) {
    throw new UsageError(`--build-arg-env: ${(error as Error).message}`);
  }
}

function positiveInteger(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^[1-9][0-9]*$/.test(text))
    throw new UsageError(`--jobs "${text}" is not a whole number of 1 or more`);
  return Number(text);
}

export function parseBuildOptions(values: Values, positionals: readonly string[]): BuildOptions {
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const text = (name: string, fallback = '') =>
    values[name] === undefined ? fallback : String(values[name]);
  const base = text('base');
  const date = text('date');
  if (date && !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(date)) {
    throw new UsageError(`--date "${date}" cannot be part of a tag: use YYYYMMDD`);
  }
  const archs = values.arch === undefined ? undefined : parseListInput(String(values.arch));
  if (archs && archs.length === 0) throw new UsageError('--arch is empty: name arches like amd64,arm64');
  return {
    base,
    head: text('head', 'HEAD'),
    mode: choice(values, 'mode', MODES, base ? 'changed' : 'all'),
    rebuildList: text('rebuild-list'),
    root: text('root', '.'),
    repository: text('repository', DEFAULT_REPOSITORY).replace(/\/+$/, ''),
    naming: choice(values, 'naming', NAMINGS, 'tag-prefix'),
    backend: choice(values, 'backend', BACKEND_INPUTS, 'auto'),
    ...(archs ? {archs} : {}),
    date,
    jobs: positiveInteger(
      values.jobs === undefined ? undefined : String(values.jobs),
      availableParallelism(),
    ),
    insecureRegistries: ((values['insecure-registry'] as string[] | undefined) ?? []).flatMap(parseListInput),
    buildArgEnv: buildArgEnv(values),
    outputDir: text('output-dir', DEFAULT_OUTPUT_DIR),
    tags: values.tags === undefined ? [] : parseListInput(String(values.tags)),
    json: values.json === true,
    verbose: values.verbose === true,
  };
}
