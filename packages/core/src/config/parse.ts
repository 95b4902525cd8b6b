import path from 'node:path';
import {LineCounter, parseDocument, type Document} from 'yaml';
import {UserError, UserErrors} from '../errors.js';
import {checkAssignment, checkNameComponent, checkTag} from './checks.js';
import {ConfigReader, type Entry} from './config-reader.js';
import {TOP_LEVEL_KEYS} from './keys.js';
import {DEFAULT_PLATFORMS} from './platform-spec.js';
import {formatPlatform} from '../shared/platform-spec.js';
import {readBackend, readKoConfig, readRelativePath, readSpinConfig} from './read-backend.js';
import {climbsOut, pathFormProblem} from './rules.js';
import {readManualImages} from './read-manual.js';
import {readPlatforms} from './read-platforms.js';
import {readSource} from './read-source.js';
import {readTargets} from './read-targets.js';
import type {BuildConfig, KoConfig} from './types.js';
import type {PlatformSpec} from '../shared/platform-spec.js';

export interface ParseOptions {
  /** The file as the user knows it, relative to the repository root: `curl/build-config.yaml`. */
  file: string;
  /** The image directory relative to the repository root: `curl`. */
  dir: string;
  /** The image's name; default the directory's name (load.ts names a root image). */
  name?: string;
}

/**
 * Parses and validates one build-config.yaml (v1). Every problem in the file is collected and
 * thrown together as `UserErrors`, each naming `file:line:column`, the field, and the fix.
 * Checks that need the disk (symlinks, the directory name) are in load.ts.
 */
export function parseBuildConfig(text: string, options: ParseOptions): BuildConfig {
  const {doc, lineCounter} = readYaml(text, options.file);
  const reader = new ConfigReader(options.file, text, lineCounter, doc);
  let config: BuildConfig | undefined;
  if (doc.contents === null) {
    reader.report(
      {field: '', at: {line: 1, column: 1}},
      'the file is empty: it needs at least a source (use_local_context: true)',
    );
  } else {
    config = readConfig(reader, options);
  }
  if (reader.problems.length > 0 || !config) throw new UserErrors(inFileOrder(reader.problems));
  return config;
}

/** Problems are found field by field; the user reads them top to bottom. */
function inFileOrder(problems: readonly UserError[]): UserError[] {
  const key = (problem: UserError) => [problem.location?.line ?? 0, problem.location?.column ?? 0] as const;
  return [...problems].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

/** The YAML document, or every YAML error and warning (as errors: a config must be plain YAML). */
function readYaml(text: string, file: string): {doc: Document; lineCounter: LineCounter} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const {line, col} = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    return new UserError(`invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`, {
      location: {file, line, column: col},
    });
  });
  if (problems.length > 0) throw new UserErrors(problems);
  return {doc, lineCounter};
}

function readConfig(reader: ConfigReader, options: ParseOptions): BuildConfig | undefined {
  const fields = reader.mapping(reader.root(), TOP_LEVEL_KEYS);
  if (!fields) return undefined;
  const read = <T>(key: string, fn: (entry: Entry) => T | undefined): T | undefined => {
    const entry = fields.get(key);
    return entry ? fn(entry) : undefined;
  };
  const buildBackend = read('build_backend', (e) => readBackend(reader, e));
  const ko = read('ko_config', (e) => readKoConfig(reader, e));
  const spin = read('spin_config', (e) => readSpinConfig(reader, e));
  const manualBuild = read('manual_build', (e) => reader.boolean(e)) ?? false;
  const sourceImplied = buildBackend === 'ko' || buildBackend === 'spin' || manualBuild;
  const source = readSource(reader, fields, {sourceImplied});
  const platforms = choosePlatforms(reader, fields, ko);
  const manualImages = readManualImages(reader, fields, {manualBuild, platforms});
  checkBackendConfigs(reader, fields, buildBackend);
  const build = readBuildFields(reader, fields, read);
  const dependsOn = read('depends_on', (e) => readDependencies(reader, e, options.dir)) ?? [];
  const cache = read('cache', (e) => reader.boolean(e)) ?? false;
  if (!source) return undefined;
  return {
    file: options.file,
    dir: options.dir,
    name: options.name ?? path.posix.basename(options.dir),
    source,
    ...build,
    platforms,
    ...(buildBackend === undefined ? {} : {buildBackend}),
    ...(ko === undefined ? {} : {ko}),
    ...(spin === undefined ? {} : {spin}),
    manualBuild,
    manualImages,
    dependsOn,
    cache,
    positions: reader.positions,
  };
}

type BuildFields = Pick<
  BuildConfig,
  'dockerfilePath' | 'contextPath' | 'target' | 'targets' | 'buildArgs' | 'additionalTags'
>;

function readBuildFields(
  reader: ConfigReader,
  fields: Map<string, Entry>,
  read: <T>(key: string, fn: (entry: Entry) => T | undefined) => T | undefined,
): BuildFields {
  const contextPath = read('context_path', (e) => readRelativePath(reader, e)) ?? '.';
  const dockerfilePath =
    read('dockerfile_path', (e) => readDockerfilePath(reader, e, contextPath)) ?? 'Dockerfile';
  const target = read('target', (e) => reader.string(e, {allowEmpty: true})) ?? '';
  const targets = read('targets', (e) => readTargets(reader, e)) ?? [];
  const buildArgs = read('build_args', (e) => reader.stringList(e, checkAssignment)) ?? [];
  const additionalTags = read('additional_tags', (e) => reader.stringList(e, checkTag)) ?? [];
  const targetsEntry = fields.get('targets');
  if (target !== '' && targets.length > 0 && targetsEntry) {
    reader.report(
      targetsEntry,
      'cannot be combined with a non-empty `target`: set the stage in each target instead',
    );
  }
  checkUniqueArgNames(reader, fields.get('build_args'), buildArgs);
  return {dockerfilePath, contextPath, target, targets, buildArgs, additionalTags};
}

/** The Dockerfile is found relative to the context, and neither may leave the image directory. */
function readDockerfilePath(reader: ConfigReader, entry: Entry, contextPath: string): string | undefined {
  const value = reader.string(entry, {allowEmpty: true});
  if (value === undefined) return undefined;
  const formProblem = pathFormProblem(value);
  if (formProblem) return reader.fail(entry, formProblem);
  if (!climbsOut(path.posix.join(contextPath, value))) return value;
  return reader.fail(
    entry,
    `\`${value}\` (relative to context_path \`${contextPath}\`) leads out of the image directory`,
  );
}

function checkUniqueArgNames(
  reader: ConfigReader,
  entry: Entry | undefined,
  buildArgs: readonly string[],
): void {
  // One pass with a set: a config of 80,000 build args took 8 s with indexOf per name.
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const arg of buildArgs) {
    const name = arg.slice(0, arg.indexOf('='));
    if (seen.has(name)) repeated.add(name);
    else seen.add(name);
  }
  if (entry && repeated.size > 0) reader.report(entry, `sets ${[...repeated].join(', ')} more than once`);
}

/** `platforms`, else the seed's `ko_config.platforms`, else linux/amd64 + linux/arm64. */
function choosePlatforms(
  reader: ConfigReader,
  fields: Map<string, Entry>,
  ko: KoConfig | undefined,
): PlatformSpec[] {
  const entry = fields.get('platforms');
  const top = entry ? readPlatforms(reader, entry) : undefined;
  const same = (a: readonly PlatformSpec[], b: readonly PlatformSpec[]) =>
    a.map(formatPlatform).join(',') === b.map(formatPlatform).join(',');
  if (entry && top && ko?.platforms && !same(top, ko.platforms)) {
    reader.report(entry, 'differs from ko_config.platforms: give the platforms once, here');
  }
  return top ?? ko?.platforms ?? [...DEFAULT_PLATFORMS];
}

/** ko_config/spin_config go with their backend, and `build_backend: ko` needs a ko_config. */
function checkBackendConfigs(
  reader: ConfigReader,
  fields: Map<string, Entry>,
  backend: string | undefined,
): void {
  const backendEntry = fields.get('build_backend');
  for (const [key, owner] of [
    ['ko_config', 'ko'],
    ['spin_config', 'spin'],
  ] as const) {
    const entry = fields.get(key);
    if (entry && backend !== undefined && backend !== owner) {
      reader.report(
        entry,
        `is used only with \`build_backend: ${owner}\` (this config says ${backend}); remove it`,
      );
    }
  }
  if (backend === 'ko' && backendEntry && !fields.has('ko_config')) {
    reader.report(
      backendEntry,
      'ko needs `ko_config` with `import_path` (the Go package to build, e.g. ./cmd/server)',
    );
  }
}

function readDependencies(reader: ConfigReader, entry: Entry, dir: string): string[] | undefined {
  const self = path.posix.basename(dir);
  return reader.stringList(entry, (value) =>
    value === self ? `\`${value}\` is this image itself; remove it` : checkNameComponent(value),
  );
}
