import type {SourceLocation} from '../ports.js';

/**
 * The `<DEP>` of the seed's dependency ARGs (`<DEP>_TAG`, `<DEP>_IMAGE`) for an image directory
 * or image name: upper case, every character an ARG name cannot hold (`-`, `.`) written `_`.
 * The plan and the build both name dependency ARGs through this, so they agree.
 */
export function tagArgPrefix(dir: string): string {
  return dir.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * The seed's convention for a dependency written in a Dockerfile: `ARG CURL_TAG` in
 * manifest-tool's Dockerfile means manifest-tool is built on the curl image.
 */
export function tagArgName(dir: string): string {
  return `${tagArgPrefix(dir)}_TAG`;
}

/** The digest-pinned form of the same convention: `ARG CURL_IMAGE` receives `repo:tag@sha256:...`. */
function imageArgName(dir: string): string {
  return `${tagArgPrefix(dir)}_IMAGE`;
}

/** An `ARG <NAME>_TAG` or `ARG <NAME>_IMAGE` of a Dockerfile and where it is. */
interface DependencyArg {
  name: string;
  line: number;
  column: number;
}

const ARG_LINE = /^([ \t]*)ARG[ \t]+(.*)$/gim;
const DEPENDENCY_ARG = /^[A-Za-z0-9_]+_(TAG|IMAGE)$/;

/**
 * Every `ARG X_TAG` and `ARG X_IMAGE` declared in a Dockerfile (`ARG A_TAG`, `ARG A_TAG=latest`,
 * `ARG A_TAG B_IMAGE`). A cheap line scan, not a Dockerfile parser: the convention only needs the names.
 */
export function scanDependencyArgs(dockerfile: string): DependencyArg[] {
  if (!dockerfile.includes('_TAG') && !dockerfile.includes('_IMAGE')) return [];
  const found: DependencyArg[] = [];
  for (const match of dockerfile.matchAll(ARG_LINE)) {
    const line = lineOf(dockerfile, match.index);
    let column = (match[1] as string).length + 'ARG '.length + 1;
    for (const word of (match[2] as string).split(/[ \t]+/)) {
      const name = word.split('=')[0] as string;
      if (DEPENDENCY_ARG.test(name)) found.push({name, line, column});
      column += word.length + 1;
    }
  }
  return found;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A dependency of one image directory on another and where it was declared. */
export interface DependencyEdge {
  dir: string;
  dependsOn: string;
  via: 'depends_on' | 'ARG';
  /** The ARG that declared it (`CURL_TAG`, `CURL_IMAGE`), when `via` is `ARG`. */
  arg?: string;
  location: SourceLocation;
}

/**
 * The directories a Dockerfile's `ARG <DEP>_TAG` and `ARG <DEP>_IMAGE` lines point at, among
 * `imageDirs`. An ARG that names no image directory (`ARG BASE_TAG`) is an ordinary build
 * argument, and an image naming itself (`ARG CURL_TAG` in curl, for an upstream version) is not
 * a dependency. A directory named by both ARGs is one dependency, at the first of them.
 */
export function dockerfileDependencies(
  dir: string,
  dockerfile: string,
  file: string,
  dirByArg: ReadonlyMap<string, string>,
): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const arg of scanDependencyArgs(dockerfile)) {
    const target = dirByArg.get(arg.name);
    if (target === undefined || target === dir || edges.some((e) => e.dependsOn === target)) continue;
    edges.push({
      dir,
      dependsOn: target,
      via: 'ARG',
      arg: arg.name,
      location: {file, line: arg.line, column: arg.column},
    });
  }
  return edges;
}

/** `CURL_TAG` and `CURL_IMAGE` -> `curl` for every image directory. */
export function indexDependencyArgs(imageDirs: Iterable<string>): Map<string, string> {
  // The root image (`.`) holds everything; no image is built on it through an ARG.
  return new Map(
    [...imageDirs]
      .filter((dir) => dir !== '.')
      .flatMap((dir) => [
        [tagArgName(dir), dir],
        [imageArgName(dir), dir],
      ]),
  );
}
