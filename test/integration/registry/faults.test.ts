import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadPlannedImages} from '../../../packages/core/src/plan/load.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {runMergeManifest} from '../../../packages/core/src/steps/merge-manifest/run.js';
import {runRetag} from '../../../packages/core/src/steps/retag/run.js';
import {startFaultProxy} from '../../helpers/fault-proxy.js';
import {pushTestImage, recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {withParsedTarget} from '../../helpers/registry-inputs.js';

/** One image `app` for amd64 and arm64, pushed under `date`, with its .tag files in `root`. */
async function prepare(registry: TestRegistry, root: string, date: string, extraTags: string[]) {
  mkdirSync(path.join(root, 'app'), {recursive: true});
  writeFileSync(
    path.join(root, 'app', 'build-config.yaml'),
    `use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\nadditional_tags: [${extraTags.join(', ')}]\n`,
  );
  writeFileSync(path.join(root, 'app', 'Dockerfile'), 'FROM scratch\n');
  const client = createRegistryClient({ports: recordingPorts()});
  for (const arch of ['amd64', 'arm64']) {
    const tag = `app-${date}-${arch}`;
    const image = await pushTestImage(client, `${registry.host}/team/images:${tag}`, {architecture: arch});
    writeFileSync(path.join(root, `app-${arch}.tag`), `${tag}\n${image.digest}\n`);
  }
  return loadPlannedImages(root, ['app']);
}

function inputs(repository: string, root: string, date: string) {
  return withParsedTarget({
    repository,
    naming: 'tag-prefix' as const,
    date,
    dirs: 'app',
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
}

describe('merge-manifest and retag through a fault-injecting proxy', () => {
  it('end with every tag correct after 503s, 429s with Retry-After, dropped connections and slow answers', async () => {
    const registry = await startRegistry('open');
    const proxy = await startFaultProxy(registry.host, {
      rate: 0.3,
      seed: 7,
      retryAfterSeconds: 1,
      slowMs: 200,
    });
    const direct = createRegistryClient({ports: recordingPorts()});
    const root = tempDir('hephy-faults-');
    for (let run = 0; run < 12; run++) {
      const date = `202501${String(run + 10)}`;
      const images = await prepare(registry, root, date, ['latest', `run-${run}`, `r${run}-b`]);
      const repository = `${proxy.host}/team/images`;
      const ports = recordingPorts();
      const {manifests} = await runMergeManifest(inputs(repository, root, date), ports, {images});
      const {tags} = await runRetag(inputs(repository, root, date), ports, {images});
      const index = await direct.getManifest(`${registry.host}/team/images:app-${date}`);
      expect(index?.digest, `run ${run}`).toBe(manifests[0]?.digest);
      for (const tag of tags) {
        const head = await direct.headManifest(`${registry.host}/team/images:${tag.tag}`);
        expect(head?.digest, `run ${run} ${tag.tag}`).toBe(index?.digest);
      }
    }
    const faults = proxy.requests.filter((r) => r.fault !== 'pass').map((r) => r.fault);
    for (const kind of ['503', '429', 'drop-before', 'drop-after', 'slow']) expect(faults).toContain(kind);
  });

  it('cost one HEAD per child and one PUT per index, and GET + PUT per tag (counted at the proxy)', async () => {
    const registry = await startRegistry('open');
    const proxy = await startFaultProxy(registry.host);
    const root = tempDir('hephy-count-');
    const date = '20250301';
    const images = await prepare(registry, root, date, ['latest']);
    const repository = `${proxy.host}/team/images`;
    const ports = recordingPorts();
    // The operations the registry answered. A real registry under load now and then answers 500
    // (distribution's filesystem driver); retrying that is right, and is not a request of the floor.
    const answered = () =>
      proxy.requests.filter((r) => r.fault === 'pass' && typeof r.status === 'number' && r.status < 500);
    const methods = () => answered().map((r) => r.method);
    const count = (method: string) => answered().filter((r) => r.method === method).length;
    await runMergeManifest({...inputs(repository, root, date), verifyPlatforms: false}, ports, {images});
    // 2 HEAD children + HEAD of the index tag (nothing there yet) + PUT.
    expect(methods()).toEqual(['HEAD', 'HEAD', 'HEAD', 'PUT']);
    proxy.reset();
    await runRetag(inputs(repository, root, date), ports, {images});
    expect(methods()).toEqual(['GET', 'HEAD', 'PUT']);
    proxy.reset();
    const many = Array.from({length: 100}, (_, i) => `t${i}`);
    await runRetag({...inputs(repository, root, date), tags: many}, ports, {images});
    // One GET of the index, one tag listing, one PUT per new tag; `latest` is already there.
    expect(count('GET')).toBe(2);
    expect(count('PUT')).toBe(100);
    expect(count('HEAD'), JSON.stringify(proxy.requests.filter((r) => r.method === 'HEAD'))).toBe(1);
    proxy.reset();
    await runMergeManifest({...inputs(repository, root, date), verifyPlatforms: false}, ports, {images});
    expect(proxy.forwarded('PUT'), 're-run writes nothing').toBe(0);
  });

  it('write nothing when one tag of many is invalid', async () => {
    const registry = await startRegistry('open');
    const proxy = await startFaultProxy(registry.host);
    const root = tempDir('hephy-bad-');
    const date = '20250401';
    const images = await prepare(registry, root, date, ['latest']);
    const repository = `${proxy.host}/team/images`;
    await runMergeManifest(inputs(repository, root, date), recordingPorts(), {images});
    proxy.reset();
    const run = runRetag({...inputs(repository, root, date), tags: ['good', 'bad tag!']}, recordingPorts(), {
      images,
    });
    const error = await run.catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /input tags: "bad tag!" becomes the tag "app-bad tag!", which is not a valid tag/,
    );
    expect(proxy.requests).toEqual([]);
  });
});
