import path from 'node:path';
import {parse} from 'yaml';
import {climbsOut, pathFormProblem} from '../config/rules.js';
import {grepLines, type GrepHit} from '../git/grep.js';
import type {Exec} from '../ports.js';
import {readRepoFile, RepoFileError} from '../repo-file.js';
import {dockerfileDependencies, indexDependencyArgs} from './dependencies.js';
import {CONFIG_FILE} from './discover.js';

/**
 * Strings every line the scan needs contains. git finds fixed strings in thousands of files
 * faster than it matches the patterns below (24 ms against 39 ms for 4,000 files); the patterns
 * then sort the few lines it returns.
 */
const GREP_STRINGS = ['_TAG', '_IMAGE', 'depends_on', 'dockerfile_path', 'context_path', 'upstream_repo'];
/** What the git scan looks for: Dockerfile `ARG X_TAG`/`ARG X_IMAGE` lines and the config keys that matter. */
const WANTED_LINES = [
  /^\s*[Aa][Rr][Gg]\s.*_(TAG|IMAGE)/,
  /^(depends_on|dockerfile_path|context_path|upstream_repo)\s*:/,
];

/**
 * `scanDependencies` through one `git grep` over the configs and Dockerfiles: git reads the
 * thousands of files in its own process, in parallel with the diff, and hands back the few
 * lines that matter. Files the grep cannot cover (a Dockerfile at another path, a block-style
 * `depends_on`) are read here. Undefined when git cannot answer.
 */
export async function scanDependenciesWithGit(
  exec: Exec,
  root: string,
  listDirs: () => readonly string[],
): Promise<Map<string, string[]> | undefined> {
  // git starts before the directories are listed, so that the listing overlaps with it.
  // The root's own config and Dockerfile too: the root may be an image itself.
  const pathspecs = [`*/${CONFIG_FILE}`, '*/Dockerfile', CONFIG_FILE, 'Dockerfile'];
  const found = await grepLines(exec, root, GREP_STRINGS, pathspecs, 'fixed');
  if (found === undefined) return undefined;
  const hits = found.filter((hit) => WANTED_LINES.some((pattern) => pattern.test(hit.text)));
  const dirs = listDirs();
  const dirByArg = indexDependencyArgs(dirs);
  const byFile = new Map<string, GrepHit[]>();
  for (const hit of hits) {
    const list = byFile.get(hit.file);
    if (list) list.push(hit);
    else byFile.set(hit.file, [hit]);
  }
  const graph = new Map<string, string[]>();
  for (const dir of dirs) {
    const configLines = byFile.get(inDir(dir, CONFIG_FILE)) ?? [];
    const configText = configLines.map((hit) => hit.text).join('\n');
    const needsFile = configLines.some((hit) => /^depends_on\s*:\s*(#.*)?$/.test(hit.text));
    const text = needsFile ? readOrEmpty(root, inDir(dir, CONFIG_FILE)) : configText;
    const deps = new Set(declaredDeps(text));
    const dockerfile = localDockerfile(configText);
    if (dockerfile !== undefined) {
      const dockerText =
        path.normalize(dockerfile) === 'Dockerfile'
          ? (byFile.get(inDir(dir, 'Dockerfile')) ?? []).map((hit) => hit.text).join('\n')
          : readOrEmpty(root, inDir(dir, dockerfile));
      for (const edge of dockerfileDependencies(dir, dockerText, '', dirByArg)) deps.add(edge.dependsOn);
    }
    deps.delete(dir);
    if (deps.size > 0) graph.set(dir, [...deps]);
  }
  return graph;
}

/** A file of an image directory as git names it (the root image's files have no directory). */
function inDir(dir: string, file: string): string {
  return dir === '.' ? file : `${dir}/${file}`;
}

/**
 * The dependencies of many image directories, cheaply, to find the dependents of the few that
 * changed without validating thousands of configs. A text scan: YAML is parsed only for the
 * rare config that has `depends_on` or a path the scan cannot read plainly. Whatever it finds is
 * validated afterwards by `loadPlannedImages`, which parses every image that is planned.
 */
export function scanDependencies(
  root: string,
  dirs: Iterable<string>,
  dirByArg: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of dirs) {
    const text = readOrUndefined(root, inDir(dir, CONFIG_FILE));
    if (text === undefined) continue;
    const deps = new Set(declaredDeps(text));
    const dockerfile = localDockerfile(text);
    if (dockerfile !== undefined) {
      for (const edge of dockerfileDependencies(
        dir,
        readOrEmpty(root, inDir(dir, dockerfile)),
        '',
        dirByArg,
      )) {
        deps.add(edge.dependsOn);
      }
    }
    deps.delete(dir);
    graph.set(dir, [...deps]);
  }
  return graph;
}

function declaredDeps(text: string): string[] {
  if (!text.includes('depends_on')) return [];
  // The usual flow form, `depends_on: [curl, base]`, without the YAML parser.
  const flow = /^depends_on[ \t]*:[ \t]*\[([^\]\n]*)\][ \t]*(#.*)?$/m.exec(text);
  if (flow) {
    return (flow[1] as string)
      .split(',')
      .map((dep) =>
        dep
          .trim()
          .replace(/^["']|["']$/g, '')
          .replace(/\/+$/, ''),
      )
      .filter((dep) => dep !== '');
  }
  try {
    const list = (parse(text) as {depends_on?: unknown} | null)?.depends_on;
    return Array.isArray(list) ? list.map((dep) => String(dep).replace(/\/+$/, '')) : [];
  } catch {
    return []; // An invalid config is reported when it is planned, not here.
  }
}

/**
 * The Dockerfile's path inside the image directory, or undefined for an upstream source or for
 * paths the validator refuses (absolute, `../`): this scan runs over unchanged images whose
 * configs are never validated, so it must not follow such a path anywhere (`/dev/zero`, a FIFO).
 */
export function localDockerfile(text: string): string | undefined {
  if (/^upstream_repo[ \t]*:/m.test(text)) return undefined;
  const context = topLevelScalar(text, 'context_path') ?? '.';
  const dockerfile = topLevelScalar(text, 'dockerfile_path') ?? 'Dockerfile';
  if ([context, dockerfile].some((part) => pathFormProblem(part) !== undefined)) return undefined;
  const joined = path.posix.join(context, dockerfile);
  return climbsOut(joined) ? undefined : joined;
}

/**
 * A top-level `key: value` written plainly (`dockerfile_path: Dockerfile`, quoted or not, with a
 * trailing comment or not); anything fancier is read with the YAML parser.
 */
const SCALAR_LINES = new Map(
  ['context_path', 'dockerfile_path'].map((key) => [
    key,
    new RegExp(
      `^${key}[ \\t]*:[ \\t]*(?:"([^"\\\\]*)"|'([^']*)'|([^\\s#'"][^#\\n]*?))?[ \\t]*(?:#.*)?$`,
      'm',
    ),
  ]),
);

function topLevelScalar(text: string, key: 'context_path' | 'dockerfile_path'): string | undefined {
  if (!text.includes(key)) return undefined;
  const match = (SCALAR_LINES.get(key) as RegExp).exec(text);
  if (match) return match[1] ?? match[2] ?? match[3] ?? undefined;
  try {
    const value = (parse(text) as Record<string, unknown> | null)?.[key];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file of an image directory through readRepoFile (inside the root, a regular file, capped), or
 * undefined: a file this scan cannot read is reported when its image is planned, not here.
 */
function readOrUndefined(root: string, file: string): string | undefined {
  try {
    return readRepoFile(root, file);
  } catch (error) {
    if (!(error instanceof RepoFileError)) throw error;
    return undefined;
  }
}

function readOrEmpty(root: string, file: string): string {
  return readOrUndefined(root, file) ?? '';
}
