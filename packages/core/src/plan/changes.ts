import type {FileChange} from '../git/diff.js';

const VERBS: Record<FileChange['status'], string> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type changed',
  U: 'unmerged',
  X: 'changed',
};

export interface ChangeFilter {
  /** Whether a directory (relative to root) is an image directory now. */
  isImageDir: (dir: string) => boolean;
  /** Whether a path inside an image directory (`README.md`, `docs/a.md`) is ignored. */
  ignored: (pathInDir: string) => boolean;
}

export interface ChangedDirs {
  /** Image directories with the changes that picked them (`modified curl/Dockerfile`), in diff order. */
  changed: Map<string, string[]>;
  /** Image directories whose only changes were ignored (README-only), for the summary. */
  ignoredOnly: string[];
}

/**
 * Which image directories a diff touches. A file counts for the image directory it is in; a
 * rename counts at its new path, and also for the directory it left when that is still an image
 * (its build context lost a file). Files outside image directories, in a deleted image directory,
 * or matching the ignore globs change nothing, unless the root itself is an image (`.`): then
 * every file outside the other image directories is its.
 */
export function changedImageDirs(changes: readonly FileChange[], filter: ChangeFilter): ChangedDirs {
  const changed = new Map<string, string[]>();
  const ignoredDirs = new Set<string>();
  const isImage = memo(filter.isImageDir);
  const note = (file: string, reason: string) => {
    const slash = file.indexOf('/');
    const child = slash > 0 ? file.slice(0, slash) : '';
    const dir = child && isImage(child) ? child : isImage('.') ? '.' : '';
    if (!dir) return;
    if (filter.ignored(dir === '.' ? file : file.slice(slash + 1))) {
      ignoredDirs.add(dir);
      return;
    }
    const reasons = changed.get(dir);
    if (reasons) reasons.push(reason);
    else changed.set(dir, [reason]);
  };
  for (const change of changes) {
    if (change.from !== undefined) {
      note(change.path, `${VERBS[change.status]} ${change.from} -> ${change.path}`);
      if (change.status === 'R' && dirOf(change.from) !== dirOf(change.path)) {
        note(change.from, `moved out: ${change.from} -> ${change.path}`);
      }
    } else {
      note(change.path, `${VERBS[change.status]} ${change.path}`);
    }
  }
  return {changed, ignoredOnly: [...ignoredDirs].filter((dir) => !changed.has(dir)).sort()};
}

function dirOf(file: string): string {
  return file.slice(0, Math.max(0, file.indexOf('/')));
}

function memo(fn: (dir: string) => boolean): (dir: string) => boolean {
  const cache = new Map<string, boolean>();
  return (dir) => {
    let answer = cache.get(dir);
    if (answer === undefined) cache.set(dir, (answer = fn(dir)));
    return answer;
  };
}
