import {readdirSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {BuildArchFailed, runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {pushTestImage, recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from './monorepo.js';

let registry: TestRegistry;
const storage = buildahStorageEnv();
const date = '20250505';
const LOCAL = 'use_local_context: true\nplatforms: [linux/amd64]\n';
// base cannot be built (its COPY names a file that is not there); tool is built on it (ARG
// BASE_TAG); static has nothing to do with it. dirs.txt puts static last, after the failure.
const root = writeTree({
  'base/build-config.yaml': LOCAL,
  'base/Dockerfile': 'FROM scratch\nCOPY not-there.txt /x\n',
  'tool/build-config.yaml': LOCAL,
  'tool/Dockerfile': 'ARG ECR_REGISTRY\nARG BASE_TAG\nFROM ${ECR_REGISTRY}:${BASE_TAG}\nCOPY t.txt /t.txt\n',
  'tool/t.txt': 't\n',
  'static/build-config.yaml': LOCAL,
  'static/Dockerfile': 'FROM scratch\nCOPY hello.txt /hello.txt\n',
  'static/hello.txt': 'hello\n',
});

beforeAll(async () => {
  registry = await startRegistry('open');
});
afterAll(async () => registry?.stop());

async function tagExists(repository: string, tag: string): Promise<boolean> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {accept: 'application/vnd.oci.image.manifest.v1+json'},
  });
  return response.status === 200;
}

describe('build-arch keeps going when one image fails', () => {
  it.each([1, 2])(
    'jobs %i: builds the independent image, skips the dependent, fails at the end',
    async (jobs) => {
      const repository = `hephy/keep-going-${jobs}`;
      // An older base-latest is there: the dependent must not be built on it instead.
      const client = createRegistryClient({ports: recordingPorts(), credentials: {}});
      await pushTestImage(client, `${registry.host}/${repository}:base-latest`, {architecture: 'amd64'});
      const outputDir = tempDir('hephy-out-');
      writeTree({'dirs.txt': 'base\ntool\nstatic\n'}, outputDir);
      const p = recordingPorts({...storage, RUNNER_TEMP: tempDir()});
      const inputs = buildArchInputs({
        repository: `${registry.host}/${repository}`,
        date,
        root,
        outputDir,
        jobs,
      });

      const error = await runBuildArch(inputs, p).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(BuildArchFailed);
      expect(error).toBeInstanceOf(UserError);
      const {result} = error as BuildArchFailed;
      expect(result.images.map((b) => [b.image, b.status])).toEqual([['static', 'pushed']]);
      expect(result.failed.map((f) => f.image)).toEqual(['base']);
      expect(result.failed[0]?.reason).toMatch(/not-there\.txt/);
      expect(result.skipped).toEqual([{image: 'tool', arch: 'amd64', reason: 'base failed', cause: 'base'}]);
      const problems = (error as BuildArchFailed).errors.map(String);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^base \(amd64\) failed: .*not-there\.txt/s);
      expect(problems[1]).toBe('tool (amd64) was not built: base failed');

      expect(await tagExists(repository, `static-${date}-amd64`)).toBe(true);
      expect(await tagExists(repository, `base-${date}-amd64`)).toBe(false);
      expect(await tagExists(repository, `tool-${date}-amd64`)).toBe(false);
      expect(readdirSync(outputDir).filter((name) => name.endsWith('.tag'))).toEqual(['static-amd64.tag']);
      const log = p.logged();
      expect(log).toContain('tool (amd64): skipped: base failed');
      expect(log).not.toMatch(/buildah[^\n]*tool-/);
      if (jobs > 1) expect(log).toMatch(/^\[static\] /m);
    },
  );
});

describe('build-arch in a fan-out job whose dependency failed in another job', () => {
  it('skips the image built on it, naming it, and still builds the independent one', async () => {
    const repository = 'hephy/fan-out-skip';
    const client = createRegistryClient({ports: recordingPorts(), credentials: {}});
    await pushTestImage(client, `${registry.host}/${repository}:base-latest`, {architecture: 'amd64'});
    // base's job failed: it left no base-amd64.tag in the output-dir this job downloads into.
    const outputDir = tempDir('hephy-out-');
    writeTree({'dirs.txt': 'base\ntool\nstatic\n'}, outputDir);
    const p = recordingPorts({...storage, RUNNER_TEMP: tempDir()});
    const inputs = buildArchInputs({
      repository: `${registry.host}/${repository}`,
      date,
      root,
      outputDir,
      only: ['tool', 'static'],
    });

    const error = await runBuildArch(inputs, p).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BuildArchFailed);
    const {result} = error as BuildArchFailed;
    expect(result.images.map((b) => [b.image, b.status])).toEqual([['static', 'pushed']]);
    expect(result.failed).toEqual([]);
    expect(result.skipped).toEqual([
      {
        image: 'tool',
        arch: 'amd64',
        reason:
          'base is built for amd64 in this run but left no base-amd64.tag (its build failed or was skipped): not building on an older base-latest',
        cause: 'base',
      },
    ]);
    expect((error as BuildArchFailed).errors.map(String)).toEqual([
      expect.stringMatching(/^tool \(amd64\) was not built: base is built for amd64 in this run but left no/),
    ]);
    expect(await tagExists(repository, `tool-${date}-amd64`)).toBe(false);
  }, 300_000);
});
