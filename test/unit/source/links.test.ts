import path from 'node:path';
import {readdirSync, readlinkSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {linkResolver} from '../../../packages/core/src/source/links.js';
import {unpackSourceArchive} from '../../../packages/core/src/source/unpack.js';
import {tempDir} from '../../helpers/tmp.js';
import {makeTar, paxRecords, type RawEntry} from './make-tar.js';

/** Link `l<i>` climbs 120 directories down and back up, then names `l<i+1>`: a 40-link chain. */
function chain(length: number, last: string): Map<string, string> {
  const climb = `${'a/'.repeat(120)}${'../'.repeat(120)}`;
  const links = new Map<string, string>();
  for (let i = 0; i < length - 1; i++) links.set(`l${i}`, `${climb}l${i + 1}`);
  links.set(`l${length - 1}`, last);
  return links;
}

/** A Map that counts how often a link's target is read. */
class CountingMap extends Map<string, string> {
  reads = 0;
  override get(key: string): string | undefined {
    this.reads++;
    return super.get(key);
  }
}

describe('linkResolver', () => {
  it('reads each link once however many links go through the same chain (linear, not links x chain)', () => {
    const links = new CountingMap(chain(39, 'dir'));
    for (let j = 0; j < 5000; j++) links.set(`s${j}`, 'l0');
    const staysInside = linkResolver(links, 256);
    for (let j = 0; j < 5000; j++) expect(staysInside(`s${j}`)).toBe(true);
    expect(links.reads).toBe(5039);
  });

  it('follows the chain to its end: out at the 40th link is out, a loop is refused', () => {
    expect(linkResolver(chain(39, '..'), 256)('l0')).toBe(false);
    expect(linkResolver(chain(39, 'ok'), 256)('l0')).toBe(true);
    expect(linkResolver(chain(3, 'l0'), 256)('l0')).toBe(false);
    expect(linkResolver(chain(41, 'ok'), 256)('l0')).toBe(false);
    const escape = new Map([
      ['s', '.'],
      ['a', 's/..'],
    ]);
    expect(linkResolver(escape, 256)('a')).toBe(false);
    expect(linkResolver(new Map([['d/x', `${'y/'.repeat(300)}z`]]), 256)('d/x')).toBe(false);
  });
});

describe('unpackSourceArchive with many links through one chain', () => {
  it('unpacks 2,000 links through a 40-link chain, and refuses the same archive when the chain leaves', async () => {
    const build = (last: string) => {
      const entries: RawEntry[] = [];
      for (const [rel, target] of chain(39, last)) {
        entries.push({name: 'PaxHeader', type: 'x', content: paxRecords({linkpath: target})});
        entries.push({name: rel, type: '2'});
      }
      entries.push({name: 'dir/', type: '5'});
      for (let j = 0; j < 2000; j++) entries.push({name: `s${j}`, type: '2', linkName: 'l0'});
      return gzipSync(makeTar(entries));
    };
    const target = path.join(tempDir(), 'src');
    expect((await unpackSourceArchive(build('dir'), target, 'x-source.tar.gz')).entries).toBe(2040);
    expect(readlinkSync(path.join(target, 's1999'))).toBe('l0');
    const parent = tempDir();
    await expect(
      unpackSourceArchive(build('../..'), path.join(parent, 'src'), 'x-source.tar.gz'),
    ).rejects.toThrow(/entry "l0" is a symbolic link to .*, outside the target directory; refusing/);
    expect(readdirSync(parent)).toEqual([]);
  }, 20_000);
});
