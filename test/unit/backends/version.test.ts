import {describe, expect, it} from 'vitest';
import {buildah} from '../../../packages/core/src/backends/buildah.js';
import {buildkit} from '../../../packages/core/src/backends/buildkit.js';
import {buildx} from '../../../packages/core/src/backends/buildx.js';
import {kaniko} from '../../../packages/core/src/backends/kaniko.js';
import {ko} from '../../../packages/core/src/backends/ko.js';
import {spin} from '../../../packages/core/src/backends/spin.js';
import type {Backend} from '../../../packages/core/src/backends/types.js';
import {backendVersions, readBackendVersion} from '../../../packages/core/src/backends/version.js';
import type {Env, ExecOptions, ExecResult, Ports} from '../../../packages/core/src/ports.js';
import {plainRequest} from './request.js';

/** Ports whose exec answers every program with `answer` (or throws it) and records each start. */
function fakePorts(
  answer: Partial<ExecResult> | Error,
  env: Env = {},
): Ports & {ran: {file: string; args: readonly string[]; options?: ExecOptions}[]; infos: string[]} {
  const ran: {file: string; args: readonly string[]; options?: ExecOptions}[] = [];
  const infos: string[] = [];
  return {
    ran,
    infos,
    env,
    now: () => new Date(0),
    fetch: globalThis.fetch,
    exec: {
      run: async (file, args, options) => {
        ran.push({file, args, ...(options ? {options} : {})});
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (answer instanceof Error) throw answer;
        return {exitCode: 0, stdout: '', stderr: '', ...answer};
      },
    },
    log: {
      info: (m) => void infos.push(m),
      warning: () => {},
      error: () => {},
      debug: () => {},
      group: (_t, fn) => fn(),
      addSecret: () => {},
      mask: (t) => t,
    },
  };
}

describe("each backend's version command", () => {
  it('is the real command of each tool', () => {
    expect(buildah.versionCommand({})).toEqual({file: 'buildah', args: ['--version']});
    expect(kaniko.versionCommand({})).toEqual({
      file: '/kaniko/executor',
      args: ['version'],
      unsetEnv: ['KANIKO_DIR'],
    });
    expect(buildkit.versionCommand({BUILDKIT_HOST: 'tcp://buildkitd:1234'})).toEqual({
      file: 'buildctl',
      args: ['--version'],
    });
    expect(buildx.versionCommand({})).toMatchObject({file: 'docker', args: ['buildx', 'version']});
    expect(ko.versionCommand({})).toEqual({file: 'ko', args: ['version']});
    expect(spin.versionCommand({})).toEqual({file: 'spin', args: ['--version']});
  });

  it("runs the build's program, resolved from the same environment", () => {
    const env = {KANIKO_DIR: '/opt/kaniko', BUILDKIT_HOST: 'unix:///run/b.sock'};
    for (const backend of [buildah, kaniko, buildkit, ko, spin, buildx]) {
      const build = backend.commands(plainRequest({env, ko: {importPath: './cmd/x', env: [], ldflags: []}}));
      expect(backend.versionCommand(env).file).toBe(build.at(-1)?.file);
    }
    // kaniko: the executor in KANIKO_DIR, run without KANIKO_DIR as the build is (no move).
    expect(kaniko.versionCommand(env).unsetEnv).toEqual(kaniko.commands(plainRequest({env}))[0]?.unsetEnv);
  });

  it('buildkit without BUILDKIT_HOST: the client buildctl-daemonless.sh runs ($BUILDCTL), no daemon started', () => {
    expect(buildkit.commands(plainRequest({env: {}}))[0]?.file).toBe('buildctl-daemonless.sh');
    expect(buildkit.versionCommand({}).file).toBe('buildctl');
    expect(buildkit.versionCommand({BUILDCTL: '/opt/bin/buildctl'}).file).toBe('/opt/bin/buildctl');
    // With a daemon named, the build runs `buildctl` itself, whatever BUILDCTL says.
    expect(buildkit.versionCommand({BUILDKIT_HOST: 'tcp://b:1', BUILDCTL: '/x'}).file).toBe('buildctl');
  });

  it("buildx: the user's builder and DOCKER_AUTH_CONFIG are left out, as in the build", () => {
    const build = buildx.commands(plainRequest()).at(-1)!;
    const version = buildx.versionCommand({});
    for (const name of ['DOCKER_AUTH_CONFIG', 'BUILDX_BUILDER'])
      expect(version.env?.[name]).toBe(build.env?.[name]);
  });
});

describe("each backend's version parser, on what the tool prints", () => {
  it.each<[string, Backend, string, string | undefined]>([
    ['buildah', buildah, 'buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)\n', '1.28.2'],
    ['kaniko', kaniko, 'Kaniko version :  v1.28.3\n', 'v1.28.3'],
    ['kaniko unstamped', kaniko, 'Kaniko version :  unset\n', undefined],
    [
      'buildctl',
      buildkit,
      'buildctl github.com/moby/buildkit v0.32.2 0b8ba2a4d5b1e1b1f6b1d0e6a8e1ec34b8b1b7e8\n',
      'v0.32.2 0b8ba2a4d5b1e1b1f6b1d0e6a8e1ec34b8b1b7e8',
    ],
    ['buildctl unstamped', buildkit, 'buildctl github.com/moby/buildkit v0.0.0+unknown \n', undefined],
    ['buildctl from a worktree', buildkit, 'buildctl github.com/moby/buildkit dev dev\n', undefined],
    [
      'buildx',
      buildx,
      'github.com/docker/buildx v0.36.1 7f9a1b0d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a\n',
      'v0.36.1 7f9a1b0d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a',
    ],
    [
      'buildx (Docker Desktop)',
      buildx,
      'github.com/docker/buildx v0.36.1-desktop.1 abc\n',
      'v0.36.1-desktop.1 abc',
    ],
    ['buildx unstamped', buildx, 'github.com/docker/buildx v0.0.0+unknown \n', undefined],
    ['buildx, no plugin', buildx, 'docker: unknown command: docker buildx\n', undefined],
    ['ko release', ko, '0.19.1\n', '0.19.1'],
    ['ko go install', ko, 'v0.19.2-0.20260817205708-42978711adcb\n', 'v0.19.2-0.20260817205708-42978711adcb'],
    ['ko from a checkout', ko, '(devel)\n', undefined],
    ['ko without build info', ko, 'could not determine build information\n', undefined],
    ['spin', spin, 'spin 4.1.0-pre0 (94a8fc8a 2026-08-21)\n', '4.1.0-pre0 (94a8fc8a 2026-08-21)'],
    ['nothing', buildah, '', undefined],
  ])('%s', (_what, backend, stdout, version) => {
    expect(backend.parseVersion(stdout)).toBe(version);
  });
});

describe('readBackendVersion', () => {
  it('reads the version, with the environment the build gets', async () => {
    const ports = fakePorts({stdout: 'Kaniko version :  v1.28.3\n'}, {KANIKO_DIR: '/k', PATH: '/bin'});
    expect(await readBackendVersion(kaniko, ports)).toEqual({version: 'v1.28.3'});
    expect(ports.ran[0]?.file).toBe('/k/executor');
    expect(ports.ran[0]?.options?.env).toEqual({PATH: '/bin'});
    expect(ports.infos).toEqual([
      'backend kaniko: version v1.28.3 (`/k/executor version`), in every fingerprint',
    ]);
  });

  it.each<[string, Partial<ExecResult> | Error, string]>([
    [
      'a failed command',
      {exitCode: 127, stderr: 'spawn\nbuildctl: not found\n'},
      'the version of backend buildkit is unknown: `buildctl --version` exited with 127: buildctl: not found',
    ],
    [
      'an unversioned build',
      {stdout: 'buildctl github.com/moby/buildkit v0.0.0+unknown \n'},
      'the version of backend buildkit is unknown: `buildctl --version` printed "buildctl github.com/moby/buildkit v0.0.0+unknown", no version',
    ],
    [
      'no output',
      {stdout: ''},
      'the version of backend buildkit is unknown: `buildctl --version` printed nothing, no version',
    ],
    [
      'a program that cannot start',
      new Error('spawn buildctl ENOENT'),
      'the version of backend buildkit is unknown: `buildctl --version` could not be run: spawn buildctl ENOENT',
    ],
  ])('gives no version, and why, for %s', async (_what, answer, why) => {
    const ports = fakePorts(answer, {BUILDKIT_HOST: 'tcp://b:1'});
    expect(await readBackendVersion(buildkit, ports)).toEqual({why});
    expect(ports.infos).toEqual([]);
  });
});

describe('backendVersions', () => {
  it('asks each backend once, however many images ask at the same time', async () => {
    const ports = fakePorts({
      stdout: 'buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)\n',
    });
    const versionOf = backendVersions(ports);
    const answers = await Promise.all([versionOf(buildah), versionOf(buildah), versionOf(buildah)]);
    expect(answers).toEqual([{version: '1.28.2'}, {version: '1.28.2'}, {version: '1.28.2'}]);
    expect(await versionOf(buildah)).toEqual({version: '1.28.2'});
    expect(ports.ran.map((r) => r.file)).toEqual(['buildah']);
    await versionOf(ko);
    expect(ports.ran.map((r) => r.file)).toEqual(['buildah', 'ko']);
  });

  it('does not ask again after a failure: the whole run goes without fingerprints for that backend', async () => {
    const ports = fakePorts({exitCode: 1});
    const versionOf = backendVersions(ports);
    await Promise.all([versionOf(spin), versionOf(spin)]);
    await versionOf(spin);
    expect(ports.ran).toHaveLength(1);
  });
});
