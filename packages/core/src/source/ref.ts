import {UserError} from '../errors.js';
import type {SourceLocation} from '../ports.js';

/** A full commit id (SHA-1, or SHA-256 for repositories in that format). */
export function isFullCommitId(ref: string): boolean {
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(ref);
}

/**
 * Why `ref` is not a ref name by `git check-ref-format --allow-onelevel` rules, or undefined.
 * Checked in code rather than by running git, so that nothing runs on a hostile value.
 */
export function refNameProblem(ref: string): string | undefined {
  if (ref === '') return 'is empty';
  if (ref.startsWith('-')) return 'starts with "-", which git would read as an option';
  if (ref === '@') return 'is "@"';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(ref))
    return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (ref.includes('..')) return 'contains ".."';
  if (ref.includes('@{')) return 'contains "@{"';
  if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//')) return 'has an empty path component';
  if (ref.endsWith('.')) return 'ends with "."';
  for (const component of ref.split('/')) {
    if (component.startsWith('.')) return `has a component starting with "." (${component})`;
    if (component.endsWith('.lock')) return `has a component ending with ".lock" (${component})`;
  }
  return undefined;
}

/** Checks an `upstream_ref` (branch, tag, `refs/...` or full commit id) before git sees it. */
export function checkUpstreamRef(
  ref: string,
  where: {location?: SourceLocation; field?: string} = {},
): string {
  if (isFullCommitId(ref)) return ref;
  const problem = refNameProblem(ref);
  if (problem) {
    throw new UserError(
      `upstream_ref ${JSON.stringify(ref)} ${problem}: name a branch, a tag or a full 40-character commit id`,
      where,
    );
  }
  return ref;
}
