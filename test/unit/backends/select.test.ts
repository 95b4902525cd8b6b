import {chmodSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pathProbe, selectBackend} from '../../../packages/core/src/backends/select.js';
import {displayCommand} from '../../../packages/core/src/backends/run.js';
import {tempDir} from '../../helpers/tmp.js';

const having =
  (...programs: string[]) =>
  async (program: string) =>
    programs.includes(program);

describe('selectBackend', () => {
  it('lets the config choose first, then the input', async () => {
    expect((await selectBackend('ko', 'buildah', having())).name).toBe('ko');
    expect((await selectBackend(undefined, 'buildkit', having())).name).toBe('buildkit');
  });

  it('auto: kaniko inside a kaniko image, else buildah, else buildx', async () => {
    expect((await selectBackend(undefined, 'auto', having('/kaniko/executor', 'buildah'))).name).toBe(
      'kaniko',
    );
    expect((await selectBackend(undefined, 'auto', having('buildah', 'docker'))).name).toBe('buildah');
    expect((await selectBackend(undefined, 'auto', having('docker'))).name).toBe('buildx');
    await expect(selectBackend(undefined, 'auto', having())).rejects.toThrow(/found none of/);
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
