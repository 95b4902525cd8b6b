import {readdirSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {UNPACK_LIMITS, unpackSourceArchive} from '../../../packages/core/src/source/unpack.js';
import {tempDir} from '../../helpers/tmp.js';
import {makeTar, paxRecords, type RawEntry} from './make-tar.js';

/*
 * Archives built to make the reader spin, grow or work quadratically. Each must be refused with a
 * message saying what was wrong, before anything is written. The old reader looped forever on
 * some of them: the per-test timeout is the guard, so a hang fails instead of passing.
 */

/** A pax extended header (`x`) for the entry after it. */
const pax = (records: Record<string, string>): RawEntry => ({
  name: 'PaxHeader',
  type: 'x',
  content: paxRecords(records),
});

/** Unpacks into `<fresh dir>/src` and returns the error and what the fresh dir holds afterwards. */
async function refuse(archive: Buffer, limits = UNPACK_LIMITS) {
  const parent = tempDir('hephy-hostile-');
  const error = await unpackSourceArchive(archive, path.join(parent, 'src'), 'x-source.tar.gz', limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  return {error, written: readdirSync(parent)};
}

describe('unpackSourceArchive against archives built to spin or grow', () => {
  it('refuses a negative pax size that would send the reader back to the pax header (115 bytes gzipped)', async () => {
    // Header at 0, its data at 512, the second pax header at 1024: -1536 points back to 0, forever.
    const spin = gzipSync(makeTar([pax({size: '-1536'}), pax({path: 'x'}), {name: 'f', content: ''}]));
    const {error, written} = await refuse(spin);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'x-source.tar.gz: the pax header at byte 0 gives the size "-1536", not a byte count',
    );
    expect(written).toEqual([]);
  }, 10_000);

  it('refuses a negative pax size that would read the same entry again and again (memory growing)', async () => {
    const grow = gzipSync(makeTar([pax({size: '-1536'}), {name: 'f', content: ''}]));
    const {error, written} = await refuse(grow);
    expect((error as Error).message).toMatch(/gives the size "-1536", not a byte count$/);
    expect(written).toEqual([]);
  }, 10_000);

  it.each([
    [
      'a size past the archive',
      '99999999999999',
      /the entry at byte 1024 claims 99999999999999 bytes of data, but only 1536 follow: the archive is truncated$/,
    ],
    [
      'a size beyond any integer',
      '9'.repeat(400),
      /the pax header at byte 0 gives the size "9{40}…", not a byte count$/,
    ],
    ['a size in exponent form', '1e3', /gives the size "1e3", not a byte count$/],
    ['a size in hex', '0x200', /gives the size "0x200", not a byte count$/],
  ])(
    'refuses %s in a pax header',
    async (_what, size, message) => {
      const {error, written} = await refuse(gzipSync(makeTar([pax({size}), {name: 'f', content: 'x'}])));
      expect((error as Error).message).toMatch(message);
      expect(written).toEqual([]);
    },
    10_000,
  );

  it('refuses a 40,000-deep path (under 1 KB gzipped) by its length, before walking it', async () => {
    const deep = gzipSync(makeTar([pax({path: `${'a/'.repeat(40_000)}f`}), {name: 'f', content: 'x'}]));
    expect(deep.length).toBeLessThan(1024);
    const {error, written} = await refuse(deep);
    expect((error as Error).message).toBe(
      `x-source.tar.gz: entry "${'a/'.repeat(50)}…" has a path or link target of 80001 bytes, more than 4096; refusing to unpack any of it`,
    );
    expect(written).toEqual([]);
  }, 10_000);

  it('refuses a path too deep, a name too long and a link target too long, even when short overall', async () => {
    const cases: [RawEntry[], RegExp][] = [
      [
        [pax({path: `${'a/'.repeat(300)}f`}), {name: 'f', content: 'x'}],
        /is 300 directories deep, more than 256;/,
      ],
      [
        [pax({path: `d/${'n'.repeat(300)}`}), {name: 'f', content: 'x'}],
        /has a name of 300 bytes, more than 255;/,
      ],
      [
        [pax({linkpath: `${'l/'.repeat(2100)}x`}), {name: 'link', type: '2'}],
        /entry "link" has a path or link target of 4201 bytes, more than 4096;/,
      ],
    ];
    for (const [entries, message] of cases) {
      const {error, written} = await refuse(gzipSync(makeTar(entries)));
      expect((error as Error).message).toMatch(message);
      expect(written).toEqual([]);
    }
  }, 10_000);

  it('refuses more entries than the limit, counted while reading', async () => {
    const entries = Array.from({length: 101}, (_, i) => ({name: `f${i}`, content: ''}));
    const {error, written} = await refuse(gzipSync(makeTar(entries)), {...UNPACK_LIMITS, maxEntries: 100});
    expect((error as Error).message).toBe(
      'x-source.tar.gz: more than 100 entries (headers), more than a source tree holds',
    );
    expect(written).toEqual([]);
    // The same archive within the limit unpacks.
    const target = path.join(tempDir(), 'src');
    await unpackSourceArchive(gzipSync(makeTar(entries)), target, 'x-source.tar.gz', {
      ...UNPACK_LIMITS,
      maxEntries: 101,
    });
    expect(readdirSync(target)).toHaveLength(101);
  }, 10_000);

  it('stops inflating a gzip bomb at the byte limit (5 MB that would inflate to 5 GiB)', async () => {
    // gzip members concatenate: one 16 MiB member of zeros is 16 KB, 320 of them inflate to 5 GiB.
    const member = gzipSync(Buffer.alloc(16 * 1024 ** 2), {level: 9});
    const head = gzipSync(makeTar([{name: 'big', content: ''}]).subarray(0, 512));
    const bomb = Buffer.concat([head, ...Array<Buffer>(320).fill(member)]);
    expect(bomb.length).toBeLessThan(6 * 1024 ** 2);
    const {error, written} = await refuse(bomb, {...UNPACK_LIMITS, maxBytes: 64 * 1024 ** 2});
    expect((error as Error).message).toBe(
      `x-source.tar.gz: inflates to more than 64 MiB (${bomb.length} bytes compressed): a gzip bomb, or not a source tree`,
    );
    expect(written).toEqual([]);
  }, 60_000);
});
