import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import type {BuildConfig} from '../../config/types.js';
import {UserError} from '../../errors.js';
import {readRepoFile, RepoFileError} from '../../repo-file.js';
import {sourceArchiveName} from '../common/handoff.js';
import {unpackSourceArchive} from '../../source/unpack.js';
import {redactUrl} from '../../source/url.js';

/** Where one image is built from. */
export interface BuildContext {
  context: string;
  dockerfile: string;
  /** The tree the context and Dockerfile must stay in: the image directory, or the unpacked upstream. */
  tree: string;
  /** For an upstream image: its repository (credentials masked) and the commit packed. */
  upstream?: {repository: string; commit?: string};
}

export interface ContextOptions {
  root: string;
  outputDir: string;
  scratch: string;
  /** Fetches the source archives when they are not in output-dir yet (GitHub: the artifact). */
  ensureSources: () => Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Resolves the build context of every directory once (the targets of one directory share one
 * clone): the directory itself, or the upstream archive unpacked safely into scratch.
 */
export function contextResolver(options: ContextOptions): (config: BuildConfig) => Promise<BuildContext> {
  const cache = new Map<string, Promise<BuildContext>>();
  return (config) => {
    let prepared = cache.get(config.dir);
    if (!prepared) {
      prepared = resolveContext(config, options);
      cache.set(config.dir, prepared);
    }
    return prepared;
  };
}

async function resolveContext(config: BuildConfig, options: ContextOptions): Promise<BuildContext> {
  if (config.source.kind === 'local') return paths(config, path.resolve(options.root, config.dir));
  const archive = path.join(options.outputDir, sourceArchiveName(config.dir));
  if (!(await exists(archive))) await options.ensureSources();
  if (!(await exists(archive))) {
    throw new UserError(
      `${archive} is missing: clone-upstream did not fetch ${config.dir} (its log says why), or did not run before build-arch with the same output-dir`,
      {
        location: {file: config.file},
        field: 'upstream_repo',
      },
    );
  }
  const target = path.join(options.scratch, `${config.dir}-source`);
  const {commit} = await unpackSourceArchive(await readFile(archive), target, path.basename(archive));
  const upstream = {repository: redactUrl(config.source.repo), ...(commit ? {commit} : {})};
  return {...paths(config, target), upstream};
}

function paths(config: BuildConfig, base: string): BuildContext {
  const context = path.resolve(base, config.contextPath);
  const dockerfile = path.resolve(context, config.dockerfilePath);
  for (const [field, file] of [
    ['context_path', context],
    ['dockerfile_path', dockerfile],
  ] as const) {
    const relative = path.relative(base, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UserError(`leaves the image's source tree (${relative})`, {
        location: {file: config.file, ...config.positions[field]},
        field,
      });
    }
  }
  return {context, dockerfile, tree: base};
}

/**
 * The Dockerfile's text, read the one safe way (readRepoFile: a regular file inside the tree, not
 * through a symlink out, not over the size cap), or a user error naming dockerfile_path.
 */
export async function readDockerfile(config: BuildConfig, context: BuildContext): Promise<string> {
  const location = {file: config.file, ...config.positions.dockerfile_path};
  try {
    return readRepoFile(context.tree, path.relative(context.tree, context.dockerfile));
  } catch (error) {
    if (!(error instanceof RepoFileError)) throw error;
    const where =
      config.source.kind === 'upstream' ? `the upstream tree at ${config.source.ref}` : config.dir;
    const message =
      error.problem === 'missing'
        ? `${config.dockerfilePath} does not exist in ${where} (looked for ${context.dockerfile})`
        : `${config.dockerfilePath} in ${where}: ${error.message}`;
    throw new UserError(message, {location, field: 'dockerfile_path'});
  }
}
