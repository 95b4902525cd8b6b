import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildArchSummary, runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {FINGERPRINT_LABEL} from '../../../packages/core/src/steps/build-arch/fingerprint.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {buildCountingPorts} from './reuse-fixture.js';
import {createRepo, type TestRepo} from '../../helpers/git.js';
import {startGitDaemon} from '../../helpers/git-daemon.js';
import {runCloneUpstream} from '../../../packages/core/src/steps/clone-upstream/run.js';
import {recordingPorts, skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';

/** base, top (built on base: ARG BASE_TAG) and other (on nothing): all FROM scratch, amd64. */
const FILES = {
  'base/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'base/Dockerfile': 'FROM scratch\nCOPY base.txt /base.txt\n',
  'base/base.txt': 'base 1\n',
  'top/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'top/Dockerfile':
    'ARG ECR_REGISTRY\nARG BASE_TAG\nFROM ${ECR_REGISTRY}:${BASE_TAG}\nCOPY top.txt /top.txt\n',
  'top/top.txt': 'top\n',
  'other/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'other/Dockerfile': 'FROM scratch\nCOPY other.txt /other.txt\n',
  'other/other.txt': 'other\n',
};

let registry: TestRegistry;
let storage: Record<string, string>;
let repo: TestRepo;
let outputDir: string;

function inputs(overrides: Partial<BuildArchInputs>): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    root: repo.dir,
    outputDir,
    dirs: 'base\ntop\nother',
    ...overrides,
  });
}

async function cloneUpstream(): Promise<void> {
  await runCloneUpstream(
    {dirs: 'app', root: repo.dir, allowProtocols: ['git'], outputDir, artifactName: 'hephy-sources'},
    recordingPorts(),
  );
}

interface Run {
  result: Awaited<ReturnType<typeof runBuildArch>>;
  /** The images buildah built (one `buildah build` each). */
  builds: number;
  log: string;
}

/** One build-arch run, counting the `buildah build` processes it started. */
async function run(overrides: Partial<BuildArchInputs> = {}): Promise<Run> {
  const {ports, builds, logged} = buildCountingPorts({...storage, RUNNER_TEMP: tempDir()});
  const result = await runBuildArch(inputs(overrides), ports);
  return {result, builds: builds(), log: logged()};
}

function statusOf(r: Run): Record<string, string> {
  return Object.fromEntries(r.result.images.map((b) => [b.image, b.status]));
}

function digestOf(r: Run, image: string): string {
  return r.result.images.find((b) => b.image === image)?.digest ?? '';
}

function tagFile(image: string): string[] {
  return readFileSync(path.join(outputDir, `${image}-amd64.tag`), 'utf8')
    .trim()
    .split('\n');
}

async function configLabels(tag: string): Promise<Record<string, string>> {
  const manifest = JSON.parse(await skopeoRaw(registry, `${registry.host}/hephy/images:${tag}`)) as {
    config: {digest: string};
  };
  const response = await fetch(`${registry.url}/v2/hephy/images/blobs/${manifest.config.digest}`);
  return ((await response.json()) as {config: {Labels: Record<string, string>}}).config.Labels;
}

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  repo = createRepo(FILES);
  outputDir = tempDir('hephy-out-');
}, 60_000);

describe('build-arch reuses an image pushed with the same fingerprint (buildah, real registry)', () => {
  let first: Run;
  let again: Run;

  beforeAll(async () => {
    first = await run({date: '20250101'});
    // Another day, the same commit: a re-run or a scheduled run.
    again = await run({date: '20250102'});
  }, 600_000);

  it('builds every image the first time and labels each with its fingerprint', async () => {
    expect(first.builds).toBe(3);
    expect(statusOf(first)).toEqual({base: 'pushed', top: 'pushed', other: 'pushed'});
    for (const build of first.result.images) {
      expect(build.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      const labels = await configLabels(`${build.image}-20250101-amd64`);
      expect(labels[FINGERPRINT_LABEL]).toBe(build.fingerprint);
      const fpTag = `${build.image}-fp-${build.fingerprint!.slice(0, 16)}-amd64`;
      expect(await skopeoRaw(registry, `${registry.host}/hephy/images:${fpTag}`)).toBeTruthy();
    }
  });

  it('re-run of the same commit builds nothing: same digests under the new run tags, .tag files written', async () => {
    expect(again.builds).toBe(0);
    expect(statusOf(again)).toEqual({base: 'reused', top: 'reused', other: 'reused'});
    for (const image of ['base', 'top', 'other']) {
      expect(digestOf(again, image)).toBe(digestOf(first, image));
      expect(tagFile(image)).toEqual([`${image}-20250102-amd64`, digestOf(first, image)]);
      const head = await fetch(`${registry.url}/v2/hephy/images/manifests/${image}-20250102-amd64`, {
        method: 'HEAD',
        headers: {Accept: 'application/vnd.oci.image.manifest.v1+json'},
      });
      expect(head.headers.get('docker-content-digest')).toBe(digestOf(first, image));
    }
    const summary = buildArchSummary(again.result);
    expect(summary).toContain('reused (fingerprint');
    expect(summary).toContain(again.result.images[0]!.fingerprint);
  });

  it('rebuilds an image whose file changed and the images built on it; reuses the others', async () => {
    repo.commit('base changes', {'base/base.txt': 'base 2\n'});
    const changed = await run({date: '20250103'});
    expect(statusOf(changed)).toEqual({base: 'pushed', top: 'pushed', other: 'reused'});
    expect(changed.builds).toBe(2);
    expect(digestOf(changed, 'base')).not.toBe(digestOf(first, 'base'));
    expect(digestOf(changed, 'top')).not.toBe(digestOf(first, 'top'));
    expect(digestOf(changed, 'other')).toBe(digestOf(first, 'other'));
  }, 600_000);

  it('builds an image whose directory has files not committed', async () => {
    repo.write({'other/untracked.txt': 'x\n'});
    try {
      const dirty = await run({date: '20250104', dirs: 'other'});
      expect(statusOf(dirty)).toEqual({other: 'pushed'});
      expect(dirty.result.images[0]!.fingerprint).toBeUndefined();
      expect(dirty.log).toContain('other is not committed as is');
    } finally {
      repo.write({'other/untracked.txt': null});
    }
  }, 600_000);

  it('reuse: false builds every image', async () => {
    const forced = await run({date: '20250105', reuse: false});
    expect(forced.builds).toBe(3);
    expect(statusOf(forced)).toEqual({base: 'pushed', top: 'pushed', other: 'pushed'});
  }, 600_000);

  it('rebuilds an image whose fingerprint tag names a manifest with a blob deleted', async () => {
    const before = await run({date: '20250106', dirs: 'other'});
    expect(statusOf(before)).toEqual({other: 'reused'});
    const manifest = JSON.parse(
      await skopeoRaw(registry, `${registry.host}/hephy/images:other-20250106-amd64`),
    ) as {layers: {digest: string}[]};
    const layer = manifest.layers[0]!.digest;
    const deleted = await fetch(`${registry.url}/v2/hephy/images/blobs/${layer}`, {method: 'DELETE'});
    expect(deleted.status).toBe(202);
    const after = await run({date: '20250107', dirs: 'other'});
    expect(statusOf(after)).toEqual({other: 'pushed'});
    expect(after.builds).toBe(1);
    expect(after.log).toContain(`its layer blob ${layer} is missing`);
  }, 600_000);
});

describe('build-arch never reuses an image whose label is not the whole fingerprint', () => {
  it("builds when the fingerprint tag holds another image (another image's manifest put there)", async () => {
    const before = await run({date: '20250301', dirs: 'base\nother'});
    const other = before.result.images.find((b) => b.image === 'other')!;
    const base = before.result.images.find((b) => b.image === 'base')!;
    // Whoever can push puts base's manifest under other's fingerprint tag.
    const bytes = await skopeoRaw(registry, `${registry.host}/hephy/images@${base.digest}`);
    const fpTag = `other-fp-${other.fingerprint!.slice(0, 16)}-amd64`;
    const put = await fetch(`${registry.url}/v2/hephy/images/manifests/${fpTag}`, {
      method: 'PUT',
      headers: {'Content-Type': 'application/vnd.oci.image.manifest.v1+json'},
      body: bytes,
    });
    expect(put.status).toBe(201);
    const after = await run({date: '20250302', dirs: 'other'});
    expect(statusOf(after)).toEqual({other: 'pushed'});
    expect(after.builds).toBe(1);
    expect(after.log).toContain('label is not this fingerprint');
    expect(digestOf(after, 'other')).not.toBe(base.digest);
  }, 600_000);
});

describe('build-arch reuse of an upstream image', () => {
  it('reuses it while the upstream commit is the same, and builds it when its branch moves (same config)', async () => {
    const upstream = (await startGitDaemon()).repo('app');
    upstream.commit({Dockerfile: 'FROM scratch\nCOPY VERSION /VERSION\n', VERSION: '1\n'});
    repo.commit('app', {
      'app/build-config.yaml': `upstream_repo: ${upstream.url}\nupstream_ref: main\nplatforms: [linux/amd64]\n`,
    });
    await cloneUpstream();
    const first = await run({date: '20250201', dirs: 'app'});
    await cloneUpstream();
    const again = await run({date: '20250202', dirs: 'app'});
    expect([statusOf(first), statusOf(again)]).toEqual([{app: 'pushed'}, {app: 'reused'}]);
    expect(digestOf(again, 'app')).toBe(digestOf(first, 'app'));

    // Only the upstream moved: this repository's tree of app/ is the same.
    upstream.commit({VERSION: '2\n'});
    await cloneUpstream();
    const moved = await run({date: '20250203', dirs: 'app'});
    expect(statusOf(moved)).toEqual({app: 'pushed'});
    expect(moved.builds).toBe(1);
    expect(moved.result.images[0]!.fingerprint).not.toBe(first.result.images[0]!.fingerprint);
  }, 600_000);
});
