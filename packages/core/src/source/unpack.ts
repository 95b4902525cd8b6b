import {link, mkdir, readdir, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gunzip} from 'node:zlib';
import {promisify} from 'node:util';
import {UserError} from '../errors.js';
import {parseTar, TarFormatError, type TarEntry} from './tar.js';

const gunzipAsync = promisify(gunzip);

/** An archive bigger than this unpacked is refused (a gzip bomb, or not a source tree). */
export const MAX_UNPACKED_BYTES = 4 * 1024 ** 3 - 1;
/** Symlinks followed while resolving one link inside the archive, as the kernel's limit. */
const MAX_LINK_HOPS = 40;

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
): Promise<UnpackResult> {
  let parsed;
  try {
    parsed = parseTar(await gunzipAsync(archive, {maxOutputLength: MAX_UNPACKED_BYTES}));
  } catch (error) {
    const why =
      error instanceof TarFormatError ? error.message : `not a gzip-compressed tar (${String(error)})`;
    throw new UserError(`${name}: ${why}`);
  }
  const plan = checkEntries(parsed.entries, name);
  await mkdir(target, {recursive: true});
  if ((await readdir(target)).length > 0)
    throw new UserError(
      `${target} must be empty to unpack ${name} into it: a leftover of an earlier run? Remove it (or empty RUNNER_TEMP) and run again`,
    );
  for (const entry of plan) await writeEntry(entry, target);
  return {...(parsed.comment ? {commit: parsed.comment} : {}), entries: plan.length};
}

interface Checked extends TarEntry {
  /** Normalised path relative to the target, without a trailing slash. */
  rel: string;
}

/** Validates every entry (see `unpackSourceArchive`) and returns them with normalised paths. */
export function checkEntries(entries: readonly TarEntry[], name: string): Checked[] {
  const fail = (entry: TarEntry, why: string) =>
    new UserError(`${name}: entry ${JSON.stringify(entry.path)} ${why}; refusing to unpack any of it`);
  const checked = entries.map((entry) => ({
    ...entry,
    rel: insidePath(entry.path, () => fail(entry, 'leaves the target directory')),
  }));
  const links = new Map(checked.filter((e) => e.kind === 'symlink').map((e) => [e.rel, e.linkName]));
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
    if (entry.kind === 'symlink' && !linkStaysInside(entry.rel, entry.linkName, links)) {
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

/**
 * Resolves a symlink the way the kernel would, substituting the archive's other symlinks on the
 * way (a lexical check alone is fooled by `s -> .` plus `a -> s/..`).
 */
export function linkStaysInside(rel: string, target: string, links: ReadonlyMap<string, string>): boolean {
  if (target.startsWith('/')) return false;
  const resolved = rel.split('/').slice(0, -1);
  const queue = target.split('/');
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (resolved.length === 0) return false;
      resolved.pop();
      continue;
    }
    resolved.push(part);
    const next = links.get(resolved.join('/'));
    if (next === undefined) continue;
    if (next.startsWith('/') || ++hops > MAX_LINK_HOPS) return false;
    resolved.pop();
    queue.unshift(...next.split('/'));
  }
  return true;
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
