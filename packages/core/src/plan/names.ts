/**
 * The names of images and tags (README.md "Names of images and tags"). Every step that pushes,
 * reads or tags an image computes its reference here and nowhere else.
 */
import {createHash} from 'node:crypto';
import type {Reference} from '../shared/reference.js';

export const NAMINGS = ['tag-prefix', 'repository'] as const;
export type Naming = (typeof NAMINGS)[number];

/** How this run names things: the target repository, the naming scheme, and the date stamp. */
export interface TagScheme {
  /**
   * The `repository` input as parsed where the inputs were read (tag-prefix: the one repository;
   * repository: the prefix). Names are references in it; callers format them where a string is needed.
   */
  repository: Reference;
  naming: Naming;
  /** `YYYYMMDD`, or `YYYYMMDD-<branch>` for builds of branches other than the default one (`branchSuffix`). */
  date: string;
  /**
   * Set for builds of a branch other than the default one: extra tags become `<tag>-<branch>`
   * (`curl-latest-feature-x`) so that a branch never moves the default branch's tags.
   */
  branch?: string;
}

/** An image's reference: always a tag, never a digest (the names are computed, then pushed). */
export type TaggedReference = Reference & {tag: string};

function place(scheme: TagScheme, image: string, suffix: string): TaggedReference {
  const {tag: _tag, digest: _digest, ...repository} = scheme.repository;
  if (scheme.naming === 'tag-prefix') return {...repository, tag: `${image}-${suffix}`};
  return repository.kind === 'layout'
    ? {...repository, dir: `${repository.dir}/${image}`, tag: suffix}
    : {...repository, repository: `${repository.repository}/${image}`, tag: suffix};
}

/** One architecture's image: `curl-20251015-amd64` (or `<repository>/curl:20251015-amd64`). */
export function archRef(scheme: TagScheme, image: string, arch: string): TaggedReference {
  return place(scheme, image, `${scheme.date}-${arch}`);
}

/**
 * The registry cache tag of one image and arch, in the cache repository next to the images:
 * `curl-amd64` (`naming: repository`: `amd64` in `<repository>/curl/cache`). No date, so every
 * day's build of the same image and arch reuses one cache; off the default branch it is
 * `<branch>-<arch>`, so a branch (a pull request's Dockerfile) never writes the default branch's cache.
 */
export function cacheTag(scheme: TagScheme, image: string, arch: string): string {
  return place(scheme, image, scheme.branch ? `${scheme.branch}-${arch}` : arch).tag;
}

/** The multi-arch index: `curl-20251015`. */
export function indexRef(scheme: TagScheme, image: string): TaggedReference {
  return place(scheme, image, scheme.date);
}

/** An additional tag: `curl-latest`, or `curl-latest-<branch>` off the default branch. */
export function extraTagRef(scheme: TagScheme, image: string, tag: string): TaggedReference {
  return place(scheme, image, scheme.branch ? `${tag}-${scheme.branch}` : tag);
}

/** `YYYYMMDD` in UTC, the default `date`. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A branch name as a tag fragment: lower case, runs of other characters as `-`, at most 40 long. */
function branchSlug(branch: string): string {
  return branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * The suffix of a branch's names, at most 40 long: the branch name itself when it already is its
 * own slug (`fix-1`), else the slug cut to 27, `_` and the first 12 hex digits of the SHA-256 of
 * the raw name (`feature/x` gives `feature-x_<hash>`, `_` gives `_<hash>`). Never empty, so no
 * branch gets the default branch's plain names; and never shared: a slug has no `_`, so a name
 * that needed changing cannot collide with one that did not, and two that did differ in the hash.
 */
export function branchSuffix(branch: string): string {
  const slug = branchSlug(branch);
  if (slug !== '' && slug === branch) return slug;
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 12);
  return `${slug.slice(0, 27).replace(/-+$/, '')}_${hash}`;
}

/** What of the run's event (shared/event.ts `CiEvent`) decides the names. */
interface RefFacts {
  refName?: string;
  refType?: 'branch' | 'tag';
  defaultBranch?: string;
  kind?: string;
}

/**
 * The scheme for this run. Off the default branch (a push to `feature/x`, a pull request) the
 * date becomes `<date>-<branch>` and extra tags get `-<branch>`, so the default branch's tags
 * never move; on the default branch, on tags, and where the default branch is unknown (a local
 * run), names are plain. A pull request always counts as off the default branch: its head may
 * be a fork's branch of the same name, and it must not move the default branch's tags.
 */
export function resolveTagScheme(
  options: {repository: Reference; naming: Naming; date?: string},
  event: RefFacts,
  now: Date,
): TagScheme {
  const date = options.date || utcDate(now);
  const branch = offDefaultBranch(event) ? branchSuffix(event.refName ?? '') : '';
  return {
    repository: options.repository,
    naming: options.naming,
    date: branch ? `${date}-${branch}` : date,
    ...(branch ? {branch} : {}),
  };
}

function offDefaultBranch(event: RefFacts): boolean {
  if (event.refName === undefined || event.refType === 'tag') return false;
  if (event.kind === 'pull_request') return true;
  return event.defaultBranch !== undefined && event.refName !== event.defaultBranch;
}
