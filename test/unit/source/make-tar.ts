import {gzipSync} from 'node:zlib';

/** One entry of a hand-made tar (for archives git would never write: devices, `../`, links out). */
export interface RawEntry {
  name: string;
  /** Type flag: '0' file, '5' dir, '2' symlink, '1' hardlink, '3' char device, '6' fifo. */
  type?: string;
  content?: string;
  linkName?: string;
  mode?: number;
}

function header(entry: RawEntry, size: number): Buffer {
  const block = Buffer.alloc(512);
  const put = (offset: number, length: number, value: string) => block.write(value, offset, length, 'utf8');
  const octal = (offset: number, length: number, value: number) =>
    put(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  put(0, 100, entry.name);
  octal(100, 8, entry.mode ?? 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, 0);
  block.fill(0x20, 148, 156);
  put(156, 1, entry.type ?? '0');
  put(157, 100, entry.linkName ?? '');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  let sum = 0;
  for (const byte of block) sum += byte;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

/** pax extended header records (`<length> <key>=<value>\n`), for a `g` or `x` entry's content. */
export function paxRecords(pax: Record<string, string>): string {
  return Object.entries(pax)
    .map(([k, v]) => {
      const record = ` ${k}=${v}\n`;
      let length = Buffer.byteLength(record) + 1;
      while (`${length}${record}`.length !== length) length++;
      return `${length}${record}`;
    })
    .join('');
}

/** A ustar archive of `entries` (with a pax header first when `pax` is given). */
export function makeTar(entries: RawEntry[], pax?: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  if (pax) {
    const body = Buffer.from(paxRecords(pax));
    blocks.push(header({name: 'pax_global_header', type: 'g'}, body.length), pad(body));
  }
  for (const entry of entries) {
    const data = Buffer.from(entry.content ?? '');
    blocks.push(header(entry, data.length), pad(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function makeTarGz(entries: RawEntry[], pax?: Record<string, string>): Buffer {
  return gzipSync(makeTar(entries, pax));
}
