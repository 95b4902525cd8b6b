/**
 * A tar reader for the archives we make and unpack (POSIX ustar, pax and GNU long names), over a
 * Buffer. Written here rather than taken from npm because build-arch must see every entry's type
 * and target before it writes a byte (source/unpack.ts), and that is all it needs.
 */

const BLOCK = 512;

export type TarEntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'device' | 'fifo' | 'other';

export interface TarEntry {
  path: string;
  kind: TarEntryKind;
  /** The raw type flag, for messages. */
  typeflag: string;
  mode: number;
  /** A link's target (symlink: as written; hardlink: an archive path). */
  linkName: string;
  data: Buffer;
}

export interface TarArchive {
  entries: TarEntry[];
  /** The pax global header's `comment`: `git archive` of a commit puts the commit id there. */
  comment?: string;
}

export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

const KINDS: Record<string, TarEntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
  '3': 'device',
  '4': 'device',
  '6': 'fifo',
};

function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return field.subarray(0, nul < 0 ? length : nul).toString('utf8');
}

function number(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  // GNU base-256 for values too big for octal: the high bit of the first byte is set.
  if (((field[0] as number) & 0x80) !== 0) {
    let value = (field[0] as number) & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (field[i] as number);
    return value;
  }
  const digits = text(block, offset, length).trim();
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarFormatError(`bad octal number "${digits}" in a tar header`);
  return parseInt(digits, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  return sum === number(block, 148, 8);
}

/** pax extended header records: `<length> <key>=<value>\n`. */
export function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (space < 0 || !Number.isInteger(length) || length <= 0 || at + length > data.length) {
      throw new TarFormatError('bad pax extended header record');
    }
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}

function isZeroBlock(block: Buffer): boolean {
  return block.every((byte) => byte === 0);
}

/** Where the archive's data ends: the offset of its first end-of-archive zero block. */
export function tarDataEnd(buf: Buffer): number {
  let at = 0;
  while (at + BLOCK <= buf.length) {
    const header = buf.subarray(at, at + BLOCK);
    if (isZeroBlock(header)) return at;
    at += BLOCK + Math.ceil(number(header, 124, 12) / BLOCK) * BLOCK;
  }
  return at;
}

interface Pending {
  path?: string;
  linkName?: string;
  size?: number;
}

/** A pax `size`: decimal digits only (`Number` would take `-512`, `1e9` and `0x10`). */
function paxSize(value: string, at: number): number {
  const size = /^[0-9]{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size)) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new TarFormatError(
      `the pax header at byte ${at} gives the size ${JSON.stringify(shown)}, not a byte count`,
    );
  }
  return size;
}

/**
 * Reads every entry of a tar archive; a malformed header throws `TarFormatError`. Every header
 * moves the reader forward by at least one block, so the work is linear in the archive's size;
 * `maxHeaders` bounds the entries (and their memory) an archive of small headers can create.
 */
export function parseTar(buf: Buffer, limits: {maxHeaders?: number} = {}): TarArchive {
  const archive: TarArchive = {entries: []};
  const maxHeaders = limits.maxHeaders ?? Infinity;
  let headers = 0;
  let pending: Pending = {};
  let at = 0;
  while (at + BLOCK <= buf.length) {
    const header = buf.subarray(at, at + BLOCK);
    if (isZeroBlock(header)) return archive;
    if (!checksumOk(header)) throw new TarFormatError(`bad tar header checksum at byte ${at}`);
    if (++headers > maxHeaders)
      throw new TarFormatError(`more than ${maxHeaders} entries (headers), more than a source tree holds`);
    const typeflag = String.fromCharCode(header[156] as number);
    const size = pending.size ?? number(header, 124, 12);
    const start = at + BLOCK;
    if (start + size > buf.length) {
      throw new TarFormatError(
        `the entry at byte ${at} claims ${size} bytes of data, but only ${buf.length - start} follow: the archive is truncated`,
      );
    }
    const data = buf.subarray(start, start + size);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'g') {
      archive.comment ??= parsePax(data).comment;
      continue;
    }
    if (typeflag === 'x') {
      const pax = parsePax(data);
      pending = {
        ...(pax.path !== undefined ? {path: pax.path} : {}),
        ...(pax.linkpath !== undefined ? {linkName: pax.linkpath} : {}),
        ...(pax.size !== undefined ? {size: paxSize(pax.size, start - BLOCK)} : {}),
      };
      continue;
    }
    if (typeflag === 'L' || typeflag === 'K') {
      const value = text(data, 0, data.length);
      pending = typeflag === 'L' ? {...pending, path: value} : {...pending, linkName: value};
      continue;
    }
    archive.entries.push(entryFrom(header, typeflag, data, pending));
    pending = {};
  }
  return archive;
}

function entryFrom(header: Buffer, typeflag: string, data: Buffer, pending: Pending): TarEntry {
  const isUstar = text(header, 257, 5) === 'ustar';
  const prefix = isUstar ? text(header, 345, 155) : '';
  const name = text(header, 0, 100);
  return {
    path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
    kind: KINDS[typeflag] ?? 'other',
    typeflag,
    mode: number(header, 100, 8),
    linkName: pending.linkName ?? text(header, 157, 100),
    data,
  };
}
