import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import type {Ports} from '../../../packages/core/src/ports.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from './monorepo.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';

let registry: TestRegistry;
const storage = buildahStorageEnv();
const date = '20250404';
const root = writeTree({
  'static/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'static/Dockerfile': 'FROM scratch\nCOPY hello.txt /hello.txt\n',
  'static/hello.txt': 'hello\n',
});

beforeAll(async () => {
  registry = await startRegistry('open');
});
afterAll(async () => registry?.stop());

function inputs(outputDir: string, repository: string): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/${repository}`,
    date,
    dirs: 'static',
    root,
    outputDir,
  });
}

function ports(): Ports & {logged: () => string} {
  return recordingPorts({...storage, RUNNER_TEMP: tempDir()});
}

async function tagExists(repository: string, tag: string): Promise<boolean> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {accept: 'application/vnd.oci.image.manifest.v1+json'},
  });
  return response.status === 200;
}

describe('build-arch: output-dir', () => {
  it('a missing output-dir is created, and the .tag file written in it', async () => {
    const outputDir = path.join(tempDir('hephy-out-'), 'not', 'yet');
    const result = await runBuildArch(inputs(outputDir, 'hephy/created'), ports());
    const [build] = result.images;
    expect(build?.status).toBe('pushed');
    expect(readFileSync(path.join(outputDir, 'static-amd64.tag'), 'utf8')).toBe(
      `static-${date}-amd64\n${build?.digest}\n`,
    );
  });

  it('an output-dir that cannot be created fails before anything is built or pushed', async () => {
    const file = path.join(tempDir('hephy-out-'), 'a-file');
    writeFileSync(file, 'not a directory\n');
    const outputDir = path.join(file, 'out');
    const p = ports();
    const run = runBuildArch(inputs(outputDir, 'hephy/uncreated'), p);
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(`output-dir ${outputDir} cannot be created or written (ENOTDIR)`);
    expect(p.logged()).not.toContain('buildah');
    expect(await tagExists('hephy/uncreated', `static-${date}-amd64`)).toBe(false);
    expect(existsSync(outputDir)).toBe(false);
  });
});
