import {closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import {UserError} from './errors.js';

/**
 * The largest file hephy-builder reads from a repository. The biggest real config or Dockerfile
 * is a few KiB; a file above this is a mistake or an attack (`/dev/zero`, a generated file of a
 * million build args), refused before a byte is read.
 */
export const MAX_REPO_FILE_BYTES = 4 * 1024 * 1024;

/** Why a repository file was not read. */
export type RepoFileProblem = 'missing' | 'outside' | 'git' | 'not-file' | 'too-large' | 'unreadable';

/**
 * A repository file that was refused or could not be read. The message names the file (in the
 * location) and why; never a byte of what it holds or where a symlink points.
 */
export class RepoFileError extends UserError {
  constructor(
    readonly problem: RepoFileProblem,
    message: string,
    file: string,
  ) {
    super(message, {location: {file}});
    this.name = 'RepoFileError';
  }
}

export interface RepoFileOptions {
  /** The file as the user knows it, for errors; default `file` itself. */
  shown?: string;
  /** Default MAX_REPO_FILE_BYTES. */
  maxBytes?: number;
}

/**
 * Reads `file` (relative to `root`, the checkout or the images root inside it) the one way every
 * file of the repository being built is read: the repository is hostile, so a path that leaves
 * the root is refused before the disk is touched, and a symlink is followed only to see where it
 * leads. The file's real path must be inside the root's real path and not inside a `.git`
 * directory (the checkout's `.git/config` holds its token), it must be a regular file (not a
 * FIFO that never ends, not a device), and not over `maxBytes`, checked on the open descriptor
 * and again while reading (a file can grow between the two). Synchronous: prepare-diff reads
 * hundreds of small files, and a synchronous call costs microseconds where a promise round trip
 * costs ten times that.
 */
export function readRepoFile(root: string, file: string, options: RepoFileOptions = {}): string {
  const shown = options.shown ?? file.split(path.sep).join('/');
  const maxBytes = options.maxBytes ?? MAX_REPO_FILE_BYTES;
  const fail = (problem: RepoFileProblem, message: string): never => {
    throw new RepoFileError(problem, message, shown);
  };
  const normal = path.normalize(file);
  if (path.isAbsolute(file) || normal === '..' || normal.startsWith(`..${path.sep}`))
    fail('outside', 'the path leads out of the repository: give a path inside it');
  const realBase = realRoot(root);
  let real: string;
  try {
    real = realpathSync.native(path.join(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? fail('missing', 'the file does not exist')
      : fail('unreadable', `the file cannot be read (${code ?? 'unknown error'})`);
  }
  if (!isInside(realBase, real))
    fail(
      'outside',
      'the file leads out of the repository through a symbolic link: only files inside the checkout are read',
    );
  if (
    path
      .relative(realBase, real)
      .split(path.sep)
      .some((part) => part.toLowerCase() === '.git')
  )
    fail(
      'git',
      "the file leads into the repository's .git directory through a symbolic link: .git is never read",
    );
  const expected = statSync(real);
  if (!expected.isFile())
    fail(
      'not-file',
      'the file is not a regular file (a directory, device or FIFO): only regular files are read',
    );
  if (expected.size > maxBytes) fail('too-large', tooLarge(maxBytes));
  return readCapped(real, expected, maxBytes, fail);
}

/** Reads at most `maxBytes` of the file `real` was when it was checked, through its descriptor. */
function readCapped(
  real: string,
  expected: {dev: number; ino: number},
  maxBytes: number,
  fail: (problem: RepoFileProblem, message: string) => never,
): string {
  // O_NOFOLLOW and O_NONBLOCK: a path swapped for a symlink or a FIFO since the check neither
  // leads elsewhere nor blocks; the descriptor is then checked to be the very file checked.
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  let fd: number;
  try {
    fd = openSync(real, flags);
  } catch (error) {
    return fail(
      'unreadable',
      `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.dev !== expected.dev || opened.ino !== expected.ino)
      fail('not-file', 'the file changed while it was read');
    // One byte more than the cap: reading it means the file is too large, whatever fstat said.
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) fail('too-large', tooLarge(maxBytes));
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.toString('utf8', 0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

function tooLarge(maxBytes: number): string {
  const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`;
  return `the file is larger than ${limit}, the most hephy-builder reads of a repository file: a config, Dockerfile or list this large is a mistake`;
}

/** The root's real path, resolved once for all the files of a run. */
const realRoots = new Map<string, string>();
export function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync.native(root)));
  return real;
}

/** Whether `child` is `parent` or below it (both absolute, or both relative). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}
