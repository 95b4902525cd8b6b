import {link, mkdir, readdir, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createGunzip} from 'node:zlib';
import {UserError} from '../errors.js';
import {linkResolver} from './links.js';
import {parseTar, TarFormatError, type TarEntry} from './tar.js';

/**
 * What an archive may hold before it is refused: a gzip bomb, a header storm or a path built to
 * make the checks quadratic is not a source tree. Every check below is linear in the archive.
 */
export interface UnpackLimits {
  /** Bytes of tar after inflation; zlib stops at this many, so memory stays bounded. */
  maxBytes: number;
  /** Tar headers (entries, pax and long-name headers). */
  maxEntries: number;
  /** Bytes of one entry's path or link target (Linux PATH_MAX). */
  maxPathBytes: number;
  /** Bytes of one path component (Linux NAME_MAX): longer cannot be written. */
  maxNameBytes: number;
  /** Directories one path goes down. */
  maxDepth: number;
}

export const UNPACK_LIMITS: UnpackLimits = {
  maxBytes: 1024 ** 3,
  maxEntries: 1_000_000,
  maxPathBytes: 4096,
  maxNameBytes: 255,
  maxDepth: 256,
};

export interface UnpackResult {
  /** The commit id `git archive` recorded in the archive, when present. */
  commit?: string;
  entries: number;
}

/**
 * Unpacks a `<dir>-source.tar.gz` into `target` (which must be missing or empty), after checking
 * every entry: nothing may land outside `target`, directly or through a link, and no device or
 * fifo is created. Nothing is written unless the whole archive passes.
 */
export async function unpackSourceArchive(
  archive: Buffer,
  target: string,
  name: string,
  limits: UnpackLimits = UNPACK_LIMITS,
): Promise<UnpackResult> {
  let parsed;
  try {
    parsed = parseTar(await inflate(archive, limits.maxBytes), {maxHeaders: limits.maxEntries});
  } catch (error) {
    throw new UserError(`${name}: ${error instanceof TarFormatError ? error.message : String(error)}`);
  }
  const plan = checkEntries(parsed.entries, name, limits);
  await mkdir(target, {recursive: true});
  if ((await readdir(target)).length > 0)
    throw new UserError(
      `${target} must be empty to unpack ${name} into it: a leftover of an earlier run? Remove it (or empty RUNNER_TEMP) and run again`,
    );
  for (const entry of plan) await writeEntry(entry, target);
  return {...(parsed.comment ? {commit: parsed.comment} : {}), entries: plan.length};
}

/** zlib's default 16 KiB output chunks cost five times the CPU of 1 MiB ones on a large archive. */
const INFLATE_CHUNK_BYTES = 1024 ** 2;

/** Inflates chunk by chunk and stops at `maxBytes`: a gzip bomb costs that much, never more. */
function inflate(archive: Buffer, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const gunzip = createGunzip({chunkSize: INFLATE_CHUNK_BYTES});
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) return void chunks.push(chunk);
      gunzip.destroy();
      reject(
        new TarFormatError(
          `inflates to more than ${formatBytes(maxBytes)} (${archive.length} bytes compressed): a gzip bomb, or not a source tree`,
        ),
      );
    });
    gunzip.on('error', (error) => reject(new TarFormatError(`not a gzip-compressed tar (${error.message})`)));
    gunzip.on('end', () => resolve(Buffer.concat(chunks, total)));
    gunzip.end(archive);
  });
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

interface Checked extends TarEntry {
  /** Normalised path relative to the target, without a trailing slash. */
  rel: string;
}

/** Validates every entry (see `unpackSourceArchive`) and returns them with normalised paths. */
function checkEntries(
  entries: readonly TarEntry[],
  name: string,
  limits: UnpackLimits = UNPACK_LIMITS,
): Checked[] {
  const fail = (entry: TarEntry, why: string) =>
    new UserError(
      `${name}: entry ${JSON.stringify(shorten(entry.path))} ${why}; refusing to unpack any of it`,
    );
  const checked = entries.map((entry) => {
    const tooBig = pathProblem(entry.path, limits) ?? pathProblem(entry.linkName, limits);
    if (tooBig) throw fail(entry, tooBig);
    return {...entry, rel: insidePath(entry.path, () => fail(entry, 'leaves the target directory'))};
  });
  const links = new Map(checked.filter((e) => e.kind === 'symlink').map((e) => [e.rel, e.linkName]));
  const staysInside = linkResolver(links, limits.maxDepth);
  const files = new Set<string>();
  const seen = new Set<string>();
  for (const entry of checked) {
    if (entry.kind === 'device' || entry.kind === 'fifo' || entry.kind === 'other') {
      throw fail(
        entry,
        `is a ${entry.kind === 'other' ? `type ${JSON.stringify(entry.typeflag)} entry` : entry.kind}`,
      );
    }
    if (entry.rel === '' && entry.kind !== 'directory') throw fail(entry, 'has no name');
    if (throughLink(entry.rel, links)) throw fail(entry, 'would be written through a symbolic link');
    if (entry.kind !== 'directory' && seen.has(entry.rel)) throw fail(entry, 'appears twice');
    seen.add(entry.rel);
    if (entry.kind === 'symlink' && !staysInside(entry.rel)) {
      throw fail(
        entry,
        `is a symbolic link to ${JSON.stringify(entry.linkName)}, outside the target directory`,
      );
    }
    if (entry.kind === 'hardlink') {
      const to = insidePath(entry.linkName, () =>
        fail(entry, 'is a hard link to a path outside the target directory'),
      );
      if (!files.has(to))
        throw fail(
          entry,
          `is a hard link to ${JSON.stringify(entry.linkName)}, which is not a file before it`,
        );
    }
    if (entry.kind === 'file') files.add(entry.rel);
  }
  return checked;
}

/** What makes a path (or link target) too long or too deep to be checked and written, if anything. */
function pathProblem(entryPath: string, limits: UnpackLimits): string | undefined {
  const bytes = Buffer.byteLength(entryPath);
  if (bytes > limits.maxPathBytes)
    return `has a path or link target of ${bytes} bytes, more than ${limits.maxPathBytes}`;
  const parts = entryPath.split('/');
  if (parts.length - 1 > limits.maxDepth)
    return `is ${parts.length - 1} directories deep, more than ${limits.maxDepth}`;
  const long = parts.find((part) => Buffer.byteLength(part) > limits.maxNameBytes);
  if (long !== undefined)
    return `has a name of ${Buffer.byteLength(long)} bytes, more than ${limits.maxNameBytes}`;
  return undefined;
}

/** A path for a message: a hostile one can be megabytes long. */
function shorten(entryPath: string): string {
  return entryPath.length > 100 ? `${entryPath.slice(0, 100)}…` : entryPath;
}

/** `a/./b/` -> `a/b`; an absolute path or one climbing above the root calls `fail`. */
function insidePath(entryPath: string, fail: () => Error): string {
  if (entryPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entryPath) || entryPath.includes('\\'))
    throw fail();
  const parts: string[] = [];
  for (const part of entryPath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') throw fail();
    parts.push(part);
  }
  return parts.join('/');
}

/** True when a proper ancestor of `rel` is a symlink of the archive. */
function throughLink(rel: string, links: ReadonlyMap<string, string>): boolean {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) if (links.has(parts.slice(0, i).join('/'))) return true;
  return false;
}

async function writeEntry(entry: Checked, target: string): Promise<void> {
  const file = path.join(target, entry.rel);
  if (entry.kind === 'directory') {
    await mkdir(file, {recursive: true});
    return;
  }
  await mkdir(path.dirname(file), {recursive: true});
  if (entry.kind === 'symlink') await symlink(entry.linkName, file);
  else if (entry.kind === 'hardlink')
    await link(path.join(target, path.posix.normalize(entry.linkName)), file);
  // 'wx': never write through whatever might already be there.
  else await writeFile(file, entry.data, {mode: entry.mode & 0o111 ? 0o755 : 0o644, flag: 'wx'});
}
