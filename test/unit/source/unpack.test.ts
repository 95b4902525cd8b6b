import {existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {parseTar} from '../../../packages/core/src/source/tar.js';
import {unpackSourceArchive} from '../../../packages/core/src/source/unpack.js';
import {tempDir} from '../../helpers/tmp.js';
import {makeTar, makeTarGz, type RawEntry} from './make-tar.js';

const good: RawEntry[] = [
  {name: 'src/', type: '5'},
  {name: 'src/main.go', content: 'package main\n'},
  {name: 'run.sh', content: '#!/bin/sh\n', mode: 0o755},
  {name: 'docs/', type: '5'},
  {name: 'docs/readme', type: '2', linkName: '../src/main.go'},
  {name: 'copy.go', type: '1', linkName: 'src/main.go'},
];

describe('unpackSourceArchive', () => {
  it('unpacks files, modes, in-tree symlinks and hard links, and reads the commit from the pax header', async () => {
    const target = path.join(tempDir(), 'src');
    const commit = 'c'.repeat(40);
    const result = await unpackSourceArchive(makeTarGz(good, {comment: commit}), target, 'x-source.tar.gz');
    expect(result).toEqual({commit, entries: good.length});
    expect(readFileSync(path.join(target, 'src/main.go'), 'utf8')).toBe('package main\n');
    expect(statSync(path.join(target, 'run.sh')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(path.join(target, 'docs/readme'))).toBe('../src/main.go');
    expect(readFileSync(path.join(target, 'copy.go'), 'utf8')).toBe('package main\n');
  });

  const hostile: [string, RawEntry[]][] = [
    ['a path climbing out with ../', [{name: '../evil', content: 'x'}]],
    ['a path climbing out in the middle', [{name: 'a/../../evil', content: 'x'}]],
    ['an absolute path', [{name: '/tmp/evil', content: 'x'}]],
    ['a symlink to an absolute path', [{name: 'link', type: '2', linkName: '/etc/passwd'}]],
    ['a symlink climbing out', [{name: 'a/link', type: '2', linkName: '../../etc'}]],
    [
      'a symlink escaping through another symlink',
      [
        {name: 's', type: '2', linkName: '.'},
        {name: 'a', type: '2', linkName: 's/..'},
      ],
    ],
    [
      'a file written through a symlink',
      [
        {name: 'dir', type: '2', linkName: 'sub'},
        {name: 'dir/file', content: 'x'},
      ],
    ],
    ['a hard link to a path outside', [{name: 'h', type: '1', linkName: '../../etc/passwd'}]],
    ['a hard link to an absolute path', [{name: 'h', type: '1', linkName: '/etc/shadow'}]],
    ['a hard link to nothing before it', [{name: 'h', type: '1', linkName: 'later'}]],
    ['a character device', [{name: 'null', type: '3'}]],
    ['a block device', [{name: 'sda', type: '4'}]],
    ['a fifo', [{name: 'pipe', type: '6'}]],
    ['an unknown entry type', [{name: 'weird', type: 'S'}]],
    [
      'a path twice',
      [
        {name: 'f', content: 'a'},
        {name: 'f', content: 'b'},
      ],
    ],
  ];

  it.each(hostile)('refuses %s and writes nothing at all', async (_why, entries) => {
    const target = path.join(tempDir(), 'src');
    const archive = makeTarGz([{name: 'first.txt', content: 'written first?'}, ...entries]);
    await expect(unpackSourceArchive(archive, target, 'x-source.tar.gz')).rejects.toThrow(UserError);
    await expect(unpackSourceArchive(archive, target, 'x-source.tar.gz')).rejects.toThrow(
      /x-source.tar.gz: entry .* refusing to unpack any of it/,
    );
    expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
    expect(existsSync(path.join(target, '..', 'evil'))).toBe(false);
  });

  it('refuses what is not a gzip tar, and a corrupt header', async () => {
    const target = path.join(tempDir(), 'src');
    await expect(unpackSourceArchive(Buffer.from('hello'), target, 'a.tar.gz')).rejects.toThrow(/not a gzip/);
    const tar = makeTar([{name: 'f', content: 'x'}]);
    tar[0] = 0x41; // the checksum no longer matches
    const {gzipSync} = await import('node:zlib');
    await expect(unpackSourceArchive(gzipSync(tar), target, 'a.tar.gz')).rejects.toThrow(/checksum/);
  });

  it('refuses a target that is not empty', async () => {
    const target = tempDir();
    await unpackSourceArchive(makeTarGz([{name: 'f', content: 'x'}]), target, 'a.tar.gz');
    await expect(
      unpackSourceArchive(makeTarGz([{name: 'g', content: 'y'}]), target, 'a.tar.gz'),
    ).rejects.toThrow(/must be empty/);
    expect(lstatSync(path.join(target, 'g'), {throwIfNoEntry: false})).toBeUndefined();
  });
});

describe('parseTar', () => {
  it('reads pax and GNU long names', () => {
    const long = `${'d'.repeat(120)}/file.txt`;
    const gnu = makeTar([
      {name: '././@LongLink', type: 'L', content: `${long}\0`},
      {name: 'short', content: 'x'},
    ]);
    expect(parseTar(gnu).entries.map((e) => e.path)).toEqual([long]);
  });
});
