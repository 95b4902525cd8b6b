import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  pathProbe,
  selectBackend,
  type BackendInput,
  type BuildHost,
} from '../../../packages/core/src/backends/select.js';
import {UserError} from '../../../packages/core/src/errors.js';
import type {Env} from '../../../packages/core/src/ports.js';
import {displayCommand} from '../../../packages/core/src/backends/run.js';
import {tempDir} from '../../helpers/tmp.js';

/** A machine with exactly `programs` installed, hephy-builder running from `ownFiles`. */
function host(programs: string[], options: {env?: Env; ownFiles?: string[]} = {}): BuildHost {
  return {
    probe: async (program) => programs.includes(program),
    env: options.env ?? {},
    ownFiles: options.ownFiles ?? ['/usr/local/bin/node', '/opt/hephy/dist/build-arch/index.js'],
  };
}

/** hephy-builder inside its kaniko runner image: node and the bundles under /kaniko. */
const inKanikoImage = (programs: string[] = []) =>
  host(['/kaniko/executor', ...programs], {
    ownFiles: ['/kaniko/hephy-builder/bin/node', '/kaniko/hephy-builder/dist/build-arch/index.js'],
  });

const name = async (backend: Promise<{name: string}>) => (await backend).name;

describe('selectBackend', () => {
  it('lets the config choose first, then the input', async () => {
    expect(await name(selectBackend('ko', 'buildah', host(['ko', 'buildah'])))).toBe('ko');
    expect(await name(selectBackend(undefined, 'buildkit', host(['buildctl-daemonless.sh'])))).toBe(
      'buildkit',
    );
  });

  it('auto: kaniko only inside a kaniko image with hephy-builder in it, else buildah, else buildx', async () => {
    expect(await name(selectBackend(undefined, 'auto', inKanikoImage(['buildah'])))).toBe('kaniko');
    expect(await name(selectBackend(undefined, 'auto', host(['buildah', 'docker'])))).toBe('buildah');
    expect(await name(selectBackend(undefined, 'auto', host(['docker'])))).toBe('buildx');
    await expect(selectBackend(undefined, 'auto', host([]))).rejects.toThrow(
      /found neither buildah nor docker/,
    );
  });

  it('auto never picks kaniko where the executor was merely copied in (the general runner image)', async () => {
    const runnerImage = host(['/kaniko/executor', 'buildah'], {
      ownFiles: ['/usr/local/bin/node', '/opt/hephy-builder/dist/build-arch/index.js'],
    });
    expect(await name(selectBackend(undefined, 'auto', runnerImage))).toBe('buildah');
  });

  it('backend kaniko outside its image: a UserError saying why and what to use', async () => {
    const runnerImage = host(['/kaniko/executor'], {
      ownFiles: ['/usr/local/bin/node', '/kaniko/hephy/index.js'],
    });
    const error = await selectBackend(undefined, 'kaniko', runnerImage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(/input backend: backend kaniko cannot run here/);
    expect(String(error)).toMatch(/runs from \/usr\/local\/bin\/node, outside \/kaniko/);
    expect(String(error)).toMatch(/kaniko runner image/);
    expect(String(error)).toMatch(/buildah, buildkit or buildx/);
    // From a build-config, the error names the file and the key.
    const fromConfig = await selectBackend('kaniko', 'auto', runnerImage, 'app/build-config.yaml').catch(
      (e: unknown) => e,
    );
    expect(String(fromConfig)).toMatch(
      /^app\/build-config\.yaml: build_backend: backend kaniko cannot run here/,
    );
  });

  it('KANIKO_DIR names the kaniko directory, where the executor and hephy-builder must be', async () => {
    const env = {KANIKO_DIR: '/opt/kaniko'};
    const files = [
      '/opt/kaniko/hephy-builder/bin/node',
      '/opt/kaniko/hephy-builder/dist/build-arch/index.js',
    ];
    expect(
      await name(selectBackend(undefined, 'auto', host(['/opt/kaniko/executor'], {env, ownFiles: files}))),
    ).toBe('kaniko');
    await expect(
      selectBackend(undefined, 'kaniko', host(['/kaniko/executor'], {env, ownFiles: files})),
    ).rejects.toThrow(/no kaniko executor at \/opt\/kaniko\/executor/);
  });

  it('follows symlinks: a node linked into the kaniko dir from elsewhere counts as inside', async () => {
    const dir = tempDir();
    const kaniko = path.join(dir, 'kaniko');
    mkdirSync(path.join(kaniko, 'hephy-builder', 'bin'), {recursive: true});
    writeFileSync(path.join(kaniko, 'hephy-builder', 'bin', 'node'), '');
    symlinkSync(path.join(kaniko, 'hephy-builder', 'bin', 'node'), path.join(dir, 'node'));
    const env = {KANIKO_DIR: kaniko};
    const files = [path.join(dir, 'node'), path.join(kaniko, 'hephy-builder/dist/build-arch/index.js')];
    const linked = host([path.join(kaniko, 'executor')], {env, ownFiles: files});
    expect(await name(selectBackend(undefined, 'kaniko', linked))).toBe('kaniko');
  });

  it('a missing tool is named with what provides it, on GitHub and on GitLab', async () => {
    const cases: [BackendInput, string, Env][] = [
      ['buildah', 'buildah', {}],
      ['buildx', 'docker', {}],
      ['buildkit', 'buildctl-daemonless.sh', {}],
      ['buildkit', 'buildctl', {BUILDKIT_HOST: 'tcp://buildkitd:1234'}],
      ['ko', 'ko', {}],
      ['spin', 'spin', {}],
    ];
    for (const [input, program, env] of cases) {
      const error = await selectBackend(undefined, input, host([], {env})).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toContain(`backend ${input} needs ${program}, which is not installed`);
      expect(String(error)).toMatch(/GitHub: .*GitLab: |GitLab: .*GitHub: /);
    }
    await expect(selectBackend(undefined, 'kaniko', host([]))).rejects.toThrow(
      /no kaniko executor at \/kaniko\/executor/,
    );
  });

  it('probes PATH for executables', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin', 'buildah'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'bin', 'buildah'), 0o755);
    writeFileSync(path.join(dir, 'bin', 'docker'), 'not executable');
    const probe = pathProbe({PATH: path.join(dir, 'bin')});
    expect(await probe('buildah')).toBe(true);
    expect(await probe('docker')).toBe(false);
    expect(await probe(path.join(dir, 'bin', 'buildah'))).toBe(true);
  });
});

describe('displayCommand', () => {
  it('quotes what a shell would split, so the logged command can be pasted', () => {
    expect(
      displayCommand({
        file: 'buildah',
        args: ['build', '--build-arg', "NOTE=it's two words"],
        env: {A: 'b c'},
      }),
    ).toBe(`A='b c' buildah build --build-arg 'NOTE=it'\\''s two words'`);
  });
});
