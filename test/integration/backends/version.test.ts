import {chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {buildah} from '../../../packages/core/src/backends/buildah.js';
import {buildkit} from '../../../packages/core/src/backends/buildkit.js';
import {buildx} from '../../../packages/core/src/backends/buildx.js';
import {kaniko} from '../../../packages/core/src/backends/kaniko.js';
import {ko} from '../../../packages/core/src/backends/ko.js';
import {spin} from '../../../packages/core/src/backends/spin.js';
import type {Backend} from '../../../packages/core/src/backends/types.js';
import {readBackendVersion} from '../../../packages/core/src/backends/version.js';
import {recordingPorts} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';

/**
 * Each backend's version command as build-arch runs it: the real buildah, and the STAND-INS of
 * the other tools (test/stand-ins/, each citing where its tool prints its version), whose output
 * the backend's parser must read as the real tool's. HEPHY_STANDIN_VERSION changes the version a
 * stand-in reports, and only that.
 */
const STAND_INS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stand-ins');

/** The environment each stand-in needs to be found: kaniko's dir, the docker CLI's buildx plugin. */
function hostEnv(extra: Record<string, string> = {}): Record<string, string> {
  const kanikoDir = tempDir('hephy-kaniko-');
  symlinkSync(path.join(STAND_INS, 'kaniko-executor'), path.join(kanikoDir, 'executor'));
  const home = tempDir('hephy-home-');
  mkdirSync(path.join(home, '.docker/cli-plugins'), {recursive: true});
  writeFileSync(path.join(home, '.docker/cli-plugins/docker-buildx'), '#!/bin/sh\n');
  chmodSync(path.join(home, '.docker/cli-plugins/docker-buildx'), 0o755);
  return {PATH: `${STAND_INS}:${process.env.PATH}`, KANIKO_DIR: kanikoDir, HOME: home, ...extra};
}

async function versionOf(backend: Backend, env: Record<string, string>) {
  return readBackendVersion(backend, recordingPorts(env));
}

describe('version commands through the tools (buildah real, the others stand-ins)', () => {
  it('the real buildah reports its version', async () => {
    const version = await versionOf(buildah, {PATH: process.env.PATH ?? ''});
    expect(version.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  const REV_KIT = '73ed6825c4b7569379ef89df0aedcdbe64473d31';
  const REV_X = '461836ba0fcb3e847dab6045a726889faa150bdb';
  it.each<[string, Backend, string, string]>([
    ['kaniko', kaniko, 'v1.28.3', 'v1.30.0'],
    ['buildkit', buildkit, `v0.32.0-57-g73ed6825c ${REV_KIT}`, `v1.30.0 ${REV_KIT}`],
    ['buildx', buildx, `v0.36.0-54-g461836ba0 ${REV_X}`, `v1.30.0 ${REV_X}`],
    ['ko', ko, '0.19.1', 'v1.30.0'],
    ['spin', spin, '4.1.0-pre0 (94a8fc8a 2026-08-21)', 'v1.30.0 (94a8fc8a 2026-08-21)'],
  ])(
    '%s: the stand-in answers as the tool, and its version can change',
    async (_name, backend, readAt, changed) => {
      expect(await versionOf(backend, hostEnv())).toEqual({version: readAt});
      expect(await versionOf(backend, hostEnv({HEPHY_STANDIN_VERSION: 'v1.30.0'}))).toEqual({
        version: changed,
      });
    },
  );

  it('buildkit without BUILDKIT_HOST asks buildctl itself: no throw-away daemon for a version', async () => {
    const log = path.join(tempDir('hephy-standin-'), 'calls.jsonl');
    writeFileSync(log, '');
    const ports = recordingPorts(hostEnv({HEPHY_STANDIN_LOG: log}));
    expect((await readBackendVersion(buildkit, ports)).version).toMatch(/^v0\.32/);
    expect(ports.logged()).toContain('`buildctl --version`');
    // buildctl-daemonless.sh records every daemon it starts: none was.
    expect(readFileSync(log, 'utf8')).toBe('');
  });

  it('an unstamped build (BuildKit from a worktree prints `dev dev`) gives no version, and why', async () => {
    const version = await versionOf(buildkit, hostEnv({HEPHY_STANDIN_VERSION: 'dev'}));
    expect(version).toEqual({
      why: expect.stringContaining(
        'the version of backend buildkit is unknown: `buildctl --version` printed "buildctl github.com/moby/buildkit dev',
      ),
    });
  });

  it('a tool that is not there gives no version, and why', async () => {
    const version = await versionOf(ko, {PATH: tempDir('hephy-empty-')});
    expect(version.version).toBeUndefined();
    expect(version).toMatchObject({why: expect.stringContaining('`ko version`')});
  });
});
