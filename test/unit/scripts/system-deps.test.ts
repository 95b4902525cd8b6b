import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  ensureSystemPackages,
  packagesFor,
  thisSystem,
  type SystemPorts,
} from '../../../scripts/system-deps.mjs';
import {tempDir} from '../../helpers/tmp.js';

const TEST_COMMANDS = [
  'git',
  'buildah',
  'docker-registry',
  'skopeo',
  'htpasswd',
  'rsync',
  'newuidmap',
  'cmark-gfm',
  'patchelf',
];
const FILES = ['/bin/busybox', '/etc/ssl/certs/ca-certificates.crt'];

/** A machine with `present` installed; apt-get installs what it is asked for (or fails). */
function machine(uid: number, present: string[], apt: {fails?: boolean} = {}) {
  const installed = new Set(present);
  const said: string[] = [];
  const runs: string[][] = [];
  const system: SystemPorts = {
    uid,
    probe: {onPath: (c) => installed.has(c), exists: (f) => installed.has(f)},
    run: (file, args) => {
      runs.push([file, ...args]);
      if (apt.fails) return 100;
      if (args[0] === 'install') {
        for (const pkg of args.slice(4)) {
          const entry = packagesFor('test').find((e) => e.package === pkg);
          installed.add((entry?.command ?? entry?.file) as string);
        }
      }
      return 0;
    },
    say: (text) => void said.push(text),
  };
  return {system, said, runs};
}

describe('scripts/system-deps.mjs', () => {
  it('needs nothing and runs nothing when every part is there', () => {
    const {system, said, runs} = machine(1000, [...TEST_COMMANDS, ...FILES]);
    expect(ensureSystemPackages('test', system)).toBe(0);
    expect(runs).toEqual([]);
    expect(said).toEqual([]);
  });

  it('the demo needs only its subset: buildah, git and busybox-static', () => {
    expect(packagesFor('demo').map((p) => p.package)).toEqual(['git', 'buildah', 'busybox-static']);
    const {system} = machine(1000, ['git', 'buildah', '/bin/busybox']);
    expect(ensureSystemPackages('demo', system)).toBe(0);
    expect(ensureSystemPackages('test', system)).toBe(1);
  });

  it('as another user, names each missing tool with its package and the apt-get line, exit 1', () => {
    const {system, said, runs} = machine(1000, ['git', 'buildah', '/bin/busybox', 'skopeo']);
    expect(ensureSystemPackages('test', system)).toBe(1);
    expect(runs).toEqual([]);
    expect(said.join('\n')).toBe(
      [
        'missing docker-registry (docker-registry), htpasswd (apache2-utils), rsync (rsync), newuidmap (uidmap), cmark-gfm (cmark-gfm), /etc/ssl/certs/ca-certificates.crt (ca-certificates), patchelf (patchelf): install them as root, then run again:',
        '  sudo apt-get update && sudo apt-get install -y --no-install-recommends docker-registry apache2-utils rsync uidmap cmark-gfm ca-certificates patchelf',
      ].join('\n'),
    );
  });

  it('as root, installs exactly the missing packages with apt-get and checks again', () => {
    const {system, runs} = machine(0, [
      'git',
      'buildah',
      '/bin/busybox',
      '/etc/ssl/certs/ca-certificates.crt',
    ]);
    expect(ensureSystemPackages('test', system)).toBe(0);
    expect(runs).toEqual([
      ['apt-get', 'update', '-q'],
      [
        'apt-get',
        'install',
        '-y',
        '-q',
        '--no-install-recommends',
        'docker-registry',
        'skopeo',
        'apache2-utils',
        'rsync',
        'uidmap',
        'cmark-gfm',
        'patchelf',
      ],
    ]);
  });

  it('as root, a failing apt-get fails the check with its exit status', () => {
    const {system, said} = machine(0, TEST_COMMANDS, {fails: true});
    expect(ensureSystemPackages('test', system)).toBe(1);
    expect(said.at(-1)).toBe('apt-get update -q exited with 100');
  });

  it('looks along PATH for executables only, without starting a process', () => {
    const dir = tempDir('hephy-path-');
    writeFileSync(path.join(dir, 'skopeo'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'skopeo'), 0o755);
    writeFileSync(path.join(dir, 'rsync'), 'not executable');
    const {probe} = thisSystem({PATH: dir});
    expect(probe.onPath('skopeo')).toBe(true);
    expect(probe.onPath('rsync')).toBe(false);
    expect(probe.onPath('git')).toBe(false);
  });
});
