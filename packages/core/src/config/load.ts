import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {UserError, UserErrors} from '../errors.js';
import type {SourceLocation} from '../ports.js';
import {isInside, readRepoFile, realRoot} from '../repo-file.js';
import {parseBuildConfig} from './parse.js';
import {NAME_COMPONENT_PATTERN} from './rules.js';
import type {BuildConfig} from './types.js';

/** The file that makes a directory an image directory. */
export const CONFIG_FILE_NAME = 'build-config.yaml';

/**
 * Reads `<root>/<dir>/build-config.yaml` once, parses and validates it, and checks what only the
 * disk can tell: that the directory's name can be part of an image name and tag, and that
 * context_path and dockerfile_path stay inside the directory after symlinks are followed.
 * Throws `UserErrors` with every problem found. `fileName` lets `hephy-builder validate` check a
 * config under another name (the seed's `disabled-build-config.yaml`).
 *
 * The file system calls are synchronous on purpose: prepare-diff loads hundreds of small configs,
 * and a synchronous read or realpath costs a few microseconds where a promise round trip through
 * libuv's thread pool costs ten times that (measured: 46 ms of realpath for 375 configs).
 */
export async function loadBuildConfig(
  root: string,
  dir: string,
  options: {fileName?: string} = {},
): Promise<BuildConfig> {
  const file = path.posix.join(dir.split(path.sep).join('/'), options.fileName ?? CONFIG_FILE_NAME);
  const text = readConfigText(root, file);
  const problems: UserError[] = [];
  const name = imageNameOf(root, dir);
  const nameProblem = checkDirectoryName(name, file);
  if (nameProblem) problems.push(nameProblem);
  let config: BuildConfig | undefined;
  try {
    config = parseBuildConfig(text, {file, dir, name});
  } catch (error) {
    if (!(error instanceof UserErrors)) throw error;
    problems.push(...error.errors);
  }
  if (config) problems.push(...checkPathsOnDisk(root, config));
  if (problems.length > 0 || !config) throw new UserErrors(problems);
  return config;
}

/** The config's text, read the one safe way (readRepoFile); a refusal is reported like a bad field. */
function readConfigText(root: string, file: string): string {
  try {
    return readRepoFile(root, file);
  } catch (error) {
    if (error instanceof UserError) throw new UserErrors([error]);
    throw error;
  }
}

/** `curl` and `manifest-tool` name images; `My Image` or `UPPER` cannot be part of a tag. */
function checkDirectoryName(name: string, file: string): UserError | undefined {
  if (NAME_COMPONENT_PATTERN.test(name)) return undefined;
  const fixed = validNameComponent(name);
  const suggestion = fixed && NAME_COMPONENT_PATTERN.test(fixed) ? `, e.g. \`${fixed}\`` : '';
  return new UserError(
    `the directory name \`${name}\` cannot be part of an image name or tag: rename the directory to lower-case letters and digits separated by . _ or -${suggestion}`,
    {location: {file}},
  );
}

/**
 * The image directory must be inside the root, and what the build reads (context, Dockerfile,
 * Spin manifest) inside the image directory, with symlinks followed. Upstream sources are not on
 * disk yet; their tree is checked when it is unpacked.
 */
function checkPathsOnDisk(root: string, config: BuildConfig): UserError[] {
  const base = realpathSync.native(path.join(root, config.dir));
  if (!isInside(realRoot(root), base)) {
    // Where the symlink points is the host's business: never printed.
    const message = 'the image directory leads out of the repository through a symlink';
    return [new UserError(message, {location: {file: config.file}})];
  }
  if (config.source.kind !== 'local') return [];
  const check = (field: string, kind: InsideCheck['kind'], required: boolean): InsideCheck => ({
    field,
    location: {file: config.file, ...config.positions[field]},
    kind,
    required,
  });
  const context = checkInside(base, config.contextPath, check('context_path', 'directory', true));
  if (context.problem || context.real === undefined) return context.problem ? [context.problem] : [];
  const dockerfile = path.join(path.relative(base, context.real), config.dockerfilePath);
  const results = [
    checkInside(base, dockerfile, check('dockerfile_path', 'file', needsDockerfile(config))),
    ...(config.spin
      ? [checkInside(base, config.spin.manifest, check('spin_config.manifest', 'file', false))]
      : []),
  ];
  return results.flatMap((result) => (result.problem ? [result.problem] : []));
}

/** ko and spin build without a Dockerfile, and a manual build builds nothing. */
function needsDockerfile(config: BuildConfig): boolean {
  if (config.manualBuild) return false;
  if (config.buildBackend === 'ko' || config.buildBackend === 'spin') return false;
  return config.buildBackend !== undefined || (!config.ko && !config.spin);
}

interface InsideCheck {
  field: string;
  location: SourceLocation;
  kind: 'file' | 'directory';
  required: boolean;
}

function checkInside(
  base: string,
  relative: string,
  check: InsideCheck,
): {real?: string; problem?: UserError} {
  const fail = (message: string) => ({
    problem: new UserError(message, {location: check.location, field: check.field}),
  });
  let real: string;
  try {
    real = realpathSync.native(path.join(base, relative));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !check.required) return {};
    return fail(
      code === 'ENOENT'
        ? `\`${relative}\` does not exist in the image directory`
        : `\`${relative}\` cannot be read (${code})`,
    );
  }
  if (!isInside(base, real))
    return fail(`\`${relative}\` leads out of the image directory through a symlink`);
  // A Dockerfile that is a FIFO or a device would hang or flood the build: only regular files.
  const info = statSync(real);
  if (check.kind === 'directory' ? !info.isDirectory() : !info.isFile())
    return fail(`\`${relative}\` is not a ${check.kind === 'directory' ? 'directory' : 'regular file'}`);
  return {real};
}

/**
 * The image name a directory gives: its own name, or for the root itself (`.`, a repository
 * holding one image at its top) the root directory's name, which in a CI checkout is the
 * repository's name. That name is not the user's to choose in CI (`MyApp` on GitHub), so it is
 * made a valid one (`myapp`) instead of being refused. Not the real path: a clone reached through
 * a symlink keeps the name it is known by.
 */
export function imageNameOf(root: string, dir: string): string {
  return dir === '.' ? validNameComponent(path.basename(path.resolve(root))) : path.basename(dir);
}

/** `My App.v2` -> `my-app.v2`: lower case, runs of other characters as `-`, no separator at the ends. */
export function validNameComponent(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
}
