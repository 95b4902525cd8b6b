import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Ports} from '../../../packages/core/src/ports.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {recordingPorts, skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from './monorepo.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';

let registry: TestRegistry;
const storage = buildahStorageEnv();
const date = '20250303';

beforeAll(async () => {
  registry = await startRegistry('open');
});
afterAll(async () => registry?.stop());

function inputs(overrides: Partial<BuildArchInputs>): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/hephy/pinned`,
    date,
    root: '',
    outputDir: tempDir('hephy-out-'),
    ...overrides,
  });
}

function ports(): Ports & {logged: () => string} {
  return recordingPorts({...storage, RUNNER_TEMP: tempDir()});
}

async function layers(tag: string): Promise<string[]> {
  const manifest = JSON.parse(await skopeoRaw(registry, `${registry.host}/hephy/pinned:${tag}`)) as {
    layers: {digest: string}[];
  };
  return manifest.layers.map((layer) => layer.digest);
}

describe('build-arch: a Dockerfile declaring only ARG <DEP>_IMAGE', () => {
  it('builds the dependency first and passes its digest-pinned reference', async () => {
    // `app` sorts first and is listed first: only the dependency puts curl before it.
    const root = writeTree({
      'curl/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      'curl/Dockerfile': 'FROM scratch\nCOPY curl.txt /curl.txt\n',
      'curl/curl.txt': 'curl\n',
      'app/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      'app/Dockerfile': 'ARG CURL_IMAGE\nFROM ${CURL_IMAGE}\nCOPY app.txt /app.txt\n',
      'app/app.txt': 'app\n',
    });
    const p = ports();
    const result = await runBuildArch(inputs({root, dirs: 'app curl'}), p);
    expect(result.images.map((build) => build.image)).toEqual(['curl', 'app']);
    const curl = result.images[0]!;
    const pinned = `${registry.host}/hephy/pinned:curl-${date}-amd64@${curl.digest}`;
    expect(result.images[1]?.dependencies).toEqual([
      {image: 'curl', tag: `curl-${date}-amd64`, reference: pinned, fromThisRun: true},
    ]);
    expect(p.logged()).toContain(`CURL_IMAGE=${pinned}`);
    const base = await layers(`curl-${date}-amd64`);
    const app = await layers(`app-${date}-amd64`);
    expect(app.slice(0, base.length)).toEqual(base);
    expect(app).toHaveLength(base.length + 1);
  });
});
