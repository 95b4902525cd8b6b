import {createHash} from 'node:crypto';
import path from 'node:path';
import type {BuildConfig} from '../../config/types.js';
import {git} from '../../git/git.js';
import type {Exec} from '../../ports.js';

/**
 * The version of hephy-builder's own build logic (how a request is made from a config). Raise it
 * whenever that changes what a build produces from the same inputs: every image is built again.
 */
export const BUILD_LOGIC_VERSION = 1;

/** The label every pushed image carries its fingerprint in. */
export const FINGERPRINT_LABEL = 'dev.hephy-builder.fingerprint';

/** Everything that decides an image's content for one platform, except time (docs/backends.md). */
export interface FingerprintInputs {
  /** The image directory's committed git tree id (`git rev-parse HEAD:<dir>`). */
  tree: string;
  config: BuildConfig;
  /** The upstream commit packed, for an upstream image. */
  upstreamCommit?: string;
  /** Each dependency of this run or `<dep>-latest` the build is given, by its manifest digest. */
  dependencies: readonly {image: string; digest: string}[];
  /** Each external image pulled (`FROM`, `COPY --from`, ko's base), by its digest for the platform now. */
  bases: readonly {reference: string; platform: string; digest: string}[];
  /** The build args after expansion, with each dependency's tag (it carries the date) replaced. */
  buildArgs: readonly string[];
  target: string;
  platform: string;
  backend: string;
  /** What the backend's version command reported (backends/version.ts). */
  backendVersion: string;
}

/** JSON with the keys of every object sorted, so that equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The image's fingerprint: the sha256 (64 hex digits) of the canonical JSON of its inputs. The
 * config's `positions` (lines and columns) are left out: moving a key does not change the image.
 */
export function imageFingerprint(inputs: FingerprintInputs): string {
  const {positions: _positions, ...config} = inputs.config;
  const dependencies = [...inputs.dependencies]
    .map(({image, digest}) => ({image, digest}))
    .sort((a, b) => (a.image < b.image ? -1 : a.image > b.image ? 1 : 0));
  const document = {
    logic: BUILD_LOGIC_VERSION,
    tree: inputs.tree,
    config,
    upstreamCommit: inputs.upstreamCommit ?? null,
    dependencies,
    bases: inputs.bases.map(({reference, platform, digest}) => ({reference, platform, digest})),
    buildArgs: inputs.buildArgs,
    target: inputs.target,
    platform: inputs.platform,
    backend: inputs.backend,
    backendVersion: inputs.backendVersion,
  };
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/**
 * Build args as the fingerprint sees them: each dependency tag (`curl-20250101-amd64`, which
 * carries the run's date) becomes `<tag of curl>`; the dependency's digest is in the fingerprint.
 */
export function dateFreeBuildArgs(
  args: readonly string[],
  dependencies: readonly {image: string; tag: string}[],
): string[] {
  const byLength = [...dependencies].sort((a, b) => b.tag.length - a.tag.length);
  return args.map((arg) =>
    byLength.reduce((text, dep) => text.split(dep.tag).join(`<tag of ${dep.image}>`), arg),
  );
}

/**
 * The committed tree id of `dir` in the repository at `root`, or undefined when what would be
 * built is not exactly that tree: the directory has uncommitted, untracked or ignored files (they
 * are in the build context but not in the tree), or `root` is not a git work tree. Such an image
 * has no fingerprint and is always built. `ownOutput`: directories the run itself writes
 * (`hephy-builder build`'s `.hephy/work` and `.hephy/images`), not looked at: else an image at the
 * repository root would never have a fingerprint. One that holds `dir` itself is looked at.
 */
export async function committedTree(
  exec: Exec,
  root: string,
  dir: string,
  ownOutput: readonly string[] = [],
): Promise<string | undefined> {
  try {
    // Literal: a directory named like a pathspec (`*`, `:(exclude)`) names only itself. The three
    // questions are asked at once: a re-run's cost is these processes and a few requests.
    const status = git(exec, root, [
      '--literal-pathspecs',
      'status',
      '--porcelain',
      '-z',
      '--ignored',
      '--untracked-files=all',
      '--',
      dir,
    ]);
    const treeId = git(exec, root, ['rev-parse', '--verify', '--quiet', `HEAD:./${dir === '.' ? '' : dir}`]);
    const [changed, skipped, tree] = await Promise.all([
      status,
      outputInside(exec, root, dir, ownOutput),
      treeId.then((text) => text.trim()),
    ]);
    if (statusPaths(changed).some((file) => !skipped.some((out) => file.startsWith(out)))) return undefined;
    return /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
  } catch {
    return undefined;
  }
}

/** The paths of `git status --porcelain -z` (a rename's second path, its source, included). */
function statusPaths(status: string): string[] {
  const paths: string[] = [];
  const entries = status.split('\0').filter(Boolean);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    paths.push(entry.slice(3));
    if (/^[RC]/.test(entry)) paths.push(entries[++i] ?? '');
  }
  return paths;
}

/**
 * The `ownOutput` directories inside `dir`, as `git status` names paths (from the repository's
 * top, with a trailing slash). None when there are none: then git is not asked for the prefix.
 */
async function outputInside(
  exec: Exec,
  root: string,
  dir: string,
  ownOutput: readonly string[],
): Promise<string[]> {
  const image = path.normalize(dir);
  const inside = ownOutput
    .map((out) => path.relative(path.resolve(root), path.resolve(out)))
    .filter((out) => out !== '' && !out.startsWith('..') && !path.isAbsolute(out))
    .filter((out) => image === '.' || out.startsWith(`${image}${path.sep}`));
  if (inside.length === 0) return [];
  const prefix = (await git(exec, root, ['rev-parse', '--show-prefix'])).trim();
  return inside.map((out) => `${prefix}${out.split(path.sep).join('/')}/`);
}
