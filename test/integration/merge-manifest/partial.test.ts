import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadPlannedImages} from '../../../packages/core/src/plan/load.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {StepIncomplete} from '../../../packages/core/src/steps/common/partial.js';
import {
  runMergeManifest,
  type MergeManifestResult,
} from '../../../packages/core/src/steps/merge-manifest/run.js';
import {runRetag, type RetagResult} from '../../../packages/core/src/steps/retag/run.js';
import {withParsedTarget} from '../../helpers/registry-inputs.js';
import {pushTestImage, recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {writeTree} from '../build-arch/monorepo.js';

const DATE = '20250606';
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry('open');
});
afterAll(async () => registry?.stop());

const config = (platforms: string) =>
  `use_local_context: true\nplatforms: [${platforms}]\nadditional_tags: [latest]\n`;

/**
 * curl is built for amd64 and arm64 but only amd64 made it (arm64 failed); web has its one arch.
 * An older curl-latest (amd64 and arm64) is there and must stay.
 */
async function partialSet(repo: string) {
  const root = writeTree({
    'curl/build-config.yaml': config('linux/amd64, linux/arm64'),
    'curl/Dockerfile': 'FROM scratch\n',
    'web/build-config.yaml': config('linux/amd64'),
    'web/Dockerfile': 'FROM scratch\n',
    'dirs.txt': 'curl\nweb\n',
  });
  const client = createRegistryClient({ports: recordingPorts()});
  const repository = `${registry.host}/${repo}`;
  for (const [image, arch] of [
    ['curl', 'amd64'],
    ['web', 'amd64'],
  ] as const) {
    const tag = `${image}-${DATE}-${arch}`;
    const pushed = await pushTestImage(client, `${repository}:${tag}`, {architecture: arch});
    writeFileSync(path.join(root, `${image}-${arch}.tag`), `${tag}\n${pushed.digest}\n`);
  }
  const oldLatest = await pushTestImage(client, `${repository}:curl-latest`, {architecture: 'amd64'});
  const inputs = withParsedTarget({
    repository,
    naming: 'tag-prefix' as const,
    date: DATE,
    dirs: '',
    root,
    insecureRegistries: [],
    outputDir: root,
    username: '',
    password: '',
    verifyPlatforms: true,
    indexArchs: [],
    sourceUrl: '',
    revision: '',
    tags: [],
  });
  const images = await loadPlannedImages(root, ['curl', 'web']);
  return {client, repository, inputs, images, oldLatest, root};
}

describe('merge-manifest and retag given a partial set (real registry)', () => {
  it('index and tag the complete image, leave the incomplete one without an index, and fail at the end', async () => {
    const t = await partialSet('hephy/partial');
    const ports = recordingPorts();

    const merge = await runMergeManifest(t.inputs, ports, {images: t.images}).catch((e: unknown) => e);
    expect(merge).toBeInstanceOf(StepIncomplete);
    const merged = (merge as StepIncomplete<MergeManifestResult>).result;
    expect(merged.manifests.map((m) => [m.image, m.platforms])).toEqual([['web', ['linux/amd64']]]);
    expect(merged.incomplete).toEqual([
      {image: 'curl', missing: ['arm64'], reason: expect.stringContaining('curl: no index: arm64 missing')},
    ]);
    expect(String(merge)).toMatch(
      /^curl\/build-config\.yaml: curl: no index: arm64 missing \(curl-arm64\.tag not in .*; only amd64 was built\)/,
    );
    expect(await t.client.headManifest(`${t.repository}:curl-${DATE}`)).toBeUndefined();
    expect(await t.client.headManifest(`${t.repository}:web-${DATE}`)).toMatchObject({
      digest: merged.manifests[0]?.digest,
    });

    const retag = await runRetag(t.inputs, ports, {images: t.images, sleep: async () => {}}).catch(
      (e: unknown) => e,
    );
    expect(retag).toBeInstanceOf(StepIncomplete);
    const tagged = (retag as StepIncomplete<RetagResult>).result;
    expect(tagged.tags.map((x) => [x.tag, x.status])).toEqual([['web-latest', 'created']]);
    expect(tagged.untagged).toEqual([
      {image: 'curl', reason: expect.stringMatching(/curl-20250606 does not exist: .*not tagging curl/)},
    ]);
    expect((await t.client.headManifest(`${t.repository}:curl-latest`))?.digest).toBe(t.oldLatest.digest);
    expect(readdirSync(t.root).filter((f) => f.endsWith('.tag'))).toHaveLength(2);
  });

  it('retag refuses an index that lacks an arch the config asks for (made by an older merge)', async () => {
    const t = await partialSet('hephy/partial-old');
    // What merge-manifest made before: an index of the arches present, curl's without arm64.
    const curlOnly = t.images.filter((image) => image.image === 'curl');
    await runMergeManifest(t.inputs, recordingPorts(), {images: curlOnly, archsOf: () => ['amd64']});
    const retag = await runRetag(t.inputs, recordingPorts(), {images: t.images, sleep: async () => {}}).catch(
      (e: unknown) => e,
    );
    expect(retag).toBeInstanceOf(StepIncomplete);
    expect((retag as StepIncomplete<RetagResult>).result.untagged).toEqual([
      {
        image: 'curl',
        reason: expect.stringMatching(/curl-20250606 lacks arm64 \(it holds amd64\): not tagging curl/),
      },
      {image: 'web', reason: expect.stringContaining('web-20250606 does not exist')},
    ]);
    expect((await t.client.headManifest(`${t.repository}:curl-latest`))?.digest).toBe(t.oldLatest.digest);
  });
});
