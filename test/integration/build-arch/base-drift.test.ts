import {mkdirSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildCountingPorts, driftRepoFiles} from './reuse-fixture.js';
import {buildahStorageEnv, pushVersionedBase} from '../../helpers/buildah.js';
import {createRepo, type TestRepo} from '../../helpers/git.js';
import {skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';

let registry: TestRegistry;
let storage: Record<string, string>;
let repo: TestRepo;
let outputDir: string;
let base: string;

/** Pushes `base` with these texts for amd64 and arm64 (see pushVersionedBase). */
async function pushBase(versions: {amd64: string; arm64: string}): Promise<void> {
  await pushVersionedBase(base, versions, storage);
}

/** The digest `base` holds for linux/<arch> now, as an outside reader sees it. */
async function baseDigest(arch: string): Promise<string> {
  const index = JSON.parse(await skopeoRaw(registry, base)) as {
    manifests: {digest: string; platform: {architecture: string}}[];
  };
  return index.manifests.find((m) => m.platform.architecture === arch)!.digest;
}

interface Run {
  statuses: Record<string, string>;
  digests: Record<string, string>;
  fingerprints: Record<string, string | undefined>;
  builds: number;
  log: string;
}

async function run(date: string, overrides: Partial<BuildArchInputs> = {}): Promise<Run> {
  const {ports, builds, logged} = buildCountingPorts({...storage, RUNNER_TEMP: tempDir()});
  const inputs = buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    root: repo.dir,
    outputDir,
    dirs: 'ext\nontop\nplain',
    date,
    ...overrides,
  });
  const {images} = await runBuildArch(inputs, ports);
  return {
    statuses: Object.fromEntries(images.map((b) => [b.image, b.status])),
    digests: Object.fromEntries(images.map((b) => [b.image, b.digest])),
    fingerprints: Object.fromEntries(images.map((b) => [b.image, b.fingerprint])),
    builds: builds(),
    log: logged(),
  };
}

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  base = `${registry.host}/upstream/base:1`;
  outputDir = tempDir('hephy-out-');
  // ext is built FROM an external multi-arch base; ontop is built on ext; plain on nothing.
  repo = createRepo(driftRepoFiles(base));
  mkdirSync(outputDir, {recursive: true});
  await pushBase({amd64: 'one', arm64: 'one'});
}, 120_000);

describe('build-arch rebuilds an image whose external base moved, and only that (buildah, real registry)', () => {
  let first: Run;

  beforeAll(async () => {
    first = await run('20250101');
  }, 600_000);

  it('builds everything the first time, with the base digest of its platform in the fingerprint', () => {
    expect(first.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'pushed'});
    expect(first.builds).toBe(3);
  });

  it('reuses everything when the base did not move, and when only another platform of it moved', async () => {
    const again = await run('20250102');
    expect(again.statuses).toEqual({ext: 'reused', ontop: 'reused', plain: 'reused'});
    const amd64 = await baseDigest('amd64');
    const arm64 = await baseDigest('arm64');
    await pushBase({amd64: 'one', arm64: 'two'});
    expect(await baseDigest('amd64')).toBe(amd64);
    expect(await baseDigest('arm64')).not.toBe(arm64);
    const armMoved = await run('20250103');
    expect(armMoved.statuses).toEqual({ext: 'reused', ontop: 'reused', plain: 'reused'});
    expect(armMoved.builds).toBe(0);
    expect(armMoved.digests).toEqual(first.digests);
  }, 600_000);

  it('rebuilds the image on a moved base and the images built on it; reuses the others', async () => {
    const before = await baseDigest('amd64');
    await pushBase({amd64: 'two', arm64: 'two'});
    expect(await baseDigest('amd64')).not.toBe(before);
    const moved = await run('20250104');
    expect(moved.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'reused'});
    expect(moved.builds).toBe(2);
    expect(moved.digests.ext).not.toBe(first.digests.ext);
    expect(moved.digests.ontop).not.toBe(first.digests.ontop);
    expect(moved.digests.plain).toBe(first.digests.plain);
    expect(moved.fingerprints.ext).not.toBe(first.fingerprints.ext);
    // And the run after that finds the new build.
    const settled = await run('20250105');
    expect(settled.statuses).toEqual({ext: 'reused', ontop: 'reused', plain: 'reused'});
    expect(settled.digests).toEqual(moved.digests);
  }, 600_000);

  it('builds (no fingerprint, said why) when the base cannot be read now', async () => {
    const deleted = await fetch(`${registry.url}/v2/upstream/base/manifests/${await indexDigest()}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(202);
    const gone = await run('20250106', {dirs: 'plain\next'});
    // ext's base is gone: its build fails (buildah cannot pull it) instead of reusing a stale image.
    expect(gone.statuses.ext).not.toBe('reused');
    expect(gone.log).toContain(`${base} (line 2) is not in its registry: no fingerprint, always built`);
    expect(gone.statuses.plain).toBe('reused');
  }, 600_000);
});

async function indexDigest(): Promise<string> {
  const response = await fetch(`${registry.url}/v2/upstream/base/manifests/1`, {
    method: 'HEAD',
    headers: {Accept: 'application/vnd.oci.image.index.v1+json'},
  });
  return response.headers.get('docker-content-digest') ?? '';
}
