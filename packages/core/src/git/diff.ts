import type {Exec} from '../ports.js';
import {git} from './git.js';

/** One changed path between two commits, as `git diff --name-status` reports it. */
export interface FileChange {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed, U unmerged, X unknown. */
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';
  /** The path now (the new path of a rename or copy), relative to where git ran. */
  path: string;
  /** The path before a rename or copy. */
  from?: string;
}

/**
 * Parses `git diff --name-status -z`: `STATUS\0path\0`, or `R100\0old\0new\0` for a rename or
 * copy. NUL-separated, so names with tabs, newlines or non-ASCII characters arrive intact.
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] as string;
    if (code === '') continue;
    const status = code[0] as FileChange['status'];
    if (status === 'R' || status === 'C') {
      const from = fields[i++] as string;
      changes.push({status, path: fields[i++] as string, from});
    } else {
      changes.push({status, path: fields[i++] as string});
    }
  }
  return changes;
}

/**
 * Every file that differs between `base` and `head`, in ONE git call for the whole repository
 * however many image directories there are. Renames are detected (a moved file counts at its
 * new path). `--relative` makes paths relative to `cwd` and drops changes outside it, so an
 * images root below the repository's top works the same. No external diff or textconv drivers.
 */
export async function diffNameStatus(
  exec: Exec,
  cwd: string,
  base: string,
  head: string,
): Promise<FileChange[]> {
  const output = await git(exec, cwd, [
    'diff',
    '--name-status',
    '-z',
    '--find-renames',
    '--relative',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules=dirty',
    base,
    head,
    '--',
  ]);
  return parseNameStatus(output);
}
