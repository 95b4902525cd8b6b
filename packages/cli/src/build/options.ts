import {availableParallelism} from 'node:os';
import {BACKEND_INPUTS, type BackendInput} from '@hephy-builder/core/backends/select';
import {parseBuildArgEnv} from '@hephy-builder/core/config/variables';
import {MODES, type Mode} from '@hephy-builder/core/plan/base';
import {NAMINGS, type Naming} from '@hephy-builder/core/plan/names';
import {BUILD_ARCH_INPUTS} from '@hephy-builder/core/inputs/build-arch';
import {cliDefault, cliFlag, cliHelp, cliOptions, cliUsage} from '@hephy-builder/core/inputs/cli';
import {IMAGE_SET_INPUTS} from '@hephy-builder/core/inputs/image-set';
import {PREPARE_DIFF_INPUTS} from '@hephy-builder/core/inputs/prepare-diff';
import {parseListInput} from '@hephy-builder/core/inputs/read';
import {RETAG_INPUTS} from '@hephy-builder/core/inputs/retag';
import type {InputTable} from '@hephy-builder/core/inputs/table';
import {UsageError} from '../command.js';

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
  /** Reuse an image already in the target with the same fingerprint (false: `--no-reuse`). */
  reuse: boolean;
  outputDir: string;
  /** Extra tags for every image (retag's `tags`). */
  tags: string[];
  json: boolean;
  verbose: boolean;
}

const {base, head, mode, 'rebuild-list': rebuildList} = PREPARE_DIFF_INPUTS;
// The images of the whole run, as merge-manifest and retag name them (build-arch's add an arch).
const {repository, naming} = IMAGE_SET_INPUTS;
const {root, backend, arch, date, reuse} = BUILD_ARCH_INPUTS;

/**
 * The step inputs `hephy-builder build` takes as flags, in the order its usage names them, with
 * their CLI spellings and defaults from the steps' tables.
 */
export const BUILD_COMMAND_INPUTS = {
  root,
  repository,
  arch: {
    ...arch,
    description: 'The architectures to build, comma separated. Default: every one this machine can build.',
  },
  base,
  head,
  // Without an event to read, the default follows --base: changed with one, else all.
  mode: {
    ...mode,
    description:
      'changed (a diff against --base; the default with --base), all (every image; the default without), list (the rebuild list), or auto (from the event).',
    on: {cli: {default: ''}},
  },
  'rebuild-list': rebuildList,
  naming,
  backend,
  date,
  // One value, comma separated, where retag's own command repeats --tag.
  tags: {...RETAG_INPUTS.tags, on: {cli: {metavar: 'T1,T2'}}},
  'insecure-registries': BUILD_ARCH_INPUTS['insecure-registries'],
  'output-dir': BUILD_ARCH_INPUTS['output-dir'],
  'build-arg-env': BUILD_ARCH_INPUTS['build-arg-env'],
  reuse,
} as const satisfies InputTable;

/** The flags of build that are no step's input: how the one process runs and reports. */
const RUN_OPTIONS = {
  jobs: {type: 'string'},
  json: {type: 'boolean'},
  verbose: {type: 'boolean'},
} as const;

export const BUILD_USAGE = `hephy-builder build ${cliUsage(BUILD_COMMAND_INPUTS)} [--jobs N] [--json] [--verbose]`;

export const BUILD_HELP = [
  cliHelp(BUILD_COMMAND_INPUTS),
  '  --jobs  How many builds run at once (default: the number of CPUs).',
  '  --json  Print the result as JSON.',
  "  --verbose  Stream every build's log.",
].join('\n');

export const buildCommandOptions = {...cliOptions(BUILD_COMMAND_INPUTS), ...RUN_OPTIONS};

/** A flag's default on the command line, from the table. */
const fallback = (name: keyof typeof BUILD_COMMAND_INPUTS) => cliDefault(BUILD_COMMAND_INPUTS, name);

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
    head: text('head', fallback('head')),
    mode: choice(values, 'mode', MODES, base ? 'changed' : 'all'),
    rebuildList: text('rebuild-list'),
    root: text('root', fallback('root')),
    repository: text('repository', fallback('repository')).replace(/\/+$/, ''),
    naming: choice(values, 'naming', NAMINGS, naming.default),
    backend: choice(values, 'backend', BACKEND_INPUTS, backend.default),
    ...(archs ? {archs} : {}),
    date,
    jobs: positiveInteger(
      values.jobs === undefined ? undefined : String(values.jobs),
      availableParallelism(),
    ),
    insecureRegistries: (
      (values[cliFlag(BUILD_COMMAND_INPUTS, 'insecure-registries')] as string[] | undefined) ?? []
    ).flatMap(parseListInput),
    buildArgEnv: buildArgEnv(values),
    reuse: values[cliFlag(BUILD_COMMAND_INPUTS, 'reuse')] !== true,
    outputDir: text('output-dir', fallback('output-dir')),
    tags: values.tags === undefined ? [] : parseListInput(String(values.tags)),
    json: values.json === true,
    verbose: values.verbose === true,
  };
}
