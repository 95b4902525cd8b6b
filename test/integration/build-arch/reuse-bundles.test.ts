import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {driftRepoFiles} from './reuse-fixture.js';
import {buildahStorageEnv, pushVersionedBase} from '../../helpers/buildah.js';
import {createRepo, type TestRepo} from '../../helpers/git.js';
import {skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {runGitHubStep, runGitLabStep, type BundleRun} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';

// Reuse as a user sees it: dist/build-arch/index.js started as a runner starts it, pushing into a
// real docker-registry, each case read from what the step reports (the `images` output, the
// summary's reference cell, the log's `reused` lines and buildah command lines) and the .tag files.

let registry: TestRegistry;
let storage: Record<string, string>;
let repo: TestRepo;
let repository: string;
let base: string;

const IMAGES = ['ext', 'ontop', 'plain'] as const;
type Image = (typeof IMAGES)[number];

interface StepRun {
  bundle: BundleRun;
  outputDir: string;
  /** From the summary's reference cell (GitHub) or the log's `<image>: reused` line (GitLab). */
  statuses: Record<string, 'pushed' | 'reused'>;
  /** From the `images` output. */
  digests: Record<string, string>;
  /** `buildah ... build` commands the step's log shows. */
  builds: number;
  /** `<image>: reused sha256:...` lines in the step's log. */
  reusedLines: number;
}

function inputs(date: string, outputDir: string, extra: Record<string, string>): Record<string, string> {
  return {
    arch: 'amd64',
    repository,
    dirs: IMAGES.join(' '),
    date,
    backend: 'buildah',
    'output-dir': outputDir,
    ...extra,
  };
}

/** build-arch as a GitHub runner runs it (node24 dist/build-arch/index.js, INPUT_*, GITHUB_*). */
async function github(date: string, extra: Record<string, string> = {}): Promise<StepRun> {
  const outputDir = tempDir('hephy-out-');
  const bundle = await runGitHubStep('build-arch', {
    cwd: repo.dir,
    inputs: inputs(date, outputDir, extra),
    env: storage,
  });
  expect(bundle.exitCode, bundle.stdout + bundle.stderr).toBe(0);
  const rows = summaryRows(bundle.summary);
  const statuses = Object.fromEntries(
    rows.map((r) => [r.image, r.reference.includes(' reused (fingerprint ') ? 'reused' : 'pushed'] as const),
  );
  return {...read(bundle, JSON.parse(bundle.outputs.images ?? '[]') as Output[], outputDir), statuses};
}

/** build-arch as a GitLab job's script runs it; outputs from hephy.env, no summary. */
async function gitlab(date: string): Promise<StepRun> {
  const outputDir = tempDir('hephy-out-');
  const bundle = await runGitLabStep('build-arch', {
    cwd: repo.dir,
    inputs: inputs(date, outputDir, {}),
    ci: storage,
    outputDir,
  });
  expect(bundle.exitCode, bundle.stdout + bundle.stderr).toBe(0);
  const run = read(bundle, JSON.parse(bundle.outputs.HEPHY_IMAGES ?? '[]') as Output[], outputDir);
  const statuses = Object.fromEntries(
    IMAGES.map((image) => [image, reusedLine(bundle.stdout, image) ? 'reused' : 'pushed'] as const),
  );
  return {...run, statuses};
}

interface Output {
  image: string;
  arch: string;
  reference: string;
  digest: string;
}

function read(bundle: BundleRun, images: Output[], outputDir: string): Omit<StepRun, 'statuses'> {
  return {
    bundle,
    outputDir,
    digests: Object.fromEntries(images.map((i) => [i.image, i.digest])),
    builds: bundle.stdout
      .split('\n')
      .filter((line) => /^(\[\S+\] )?\$ buildah --storage-driver vfs build /.test(line)).length,
    reusedLines: IMAGES.filter((image) => reusedLine(bundle.stdout, image)).length,
  };
}

function reusedLine(log: string, image: Image): boolean {
  // `[ext] ` when images run side by side.
  return new RegExp(
    `^(\\[${image}\\] )?${image}: reused sha256:[0-9a-f]{64} \\(fingerprint [0-9a-f]{64}\\)`,
    'm',
  ).test(log);
}

/** The summary table's rows: `| image | arch | reference | digest | backend | seconds |`. */
function summaryRows(summary: string): {image: string; reference: string; digest: string}[] {
  return summary
    .split('\n')
    .filter((line) => IMAGES.some((image) => line.startsWith(`| ${image} | amd64 |`)))
    .map((line) => {
      const cells = line.split(' | ');
      return {image: cells[0]!.slice(2), reference: cells[2]!, digest: cells[3]!.replace(/`/g, '')};
    });
}

/** A run's .tag file of `image`: its tag and digest. */
function tagFile(run: StepRun, image: string): string[] {
  return readFileSync(path.join(run.outputDir, `${image}-amd64.tag`), 'utf8')
    .trim()
    .split('\n');
}

/** Every image's .tag file names the run's tag and the digest of the `images` output. */
function expectTagFiles(run: StepRun, date: string): void {
  for (const image of IMAGES) {
    expect(tagFile(run, image)).toEqual([`${image}-${date}-amd64`, run.digests[image]]);
  }
}

async function baseDigest(arch: string): Promise<string> {
  const index = JSON.parse(await skopeoRaw(registry, base)) as {
    manifests: {digest: string; platform: {architecture: string}}[];
  };
  return index.manifests.find((m) => m.platform.architecture === arch)!.digest;
}

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  repository = `${registry.host}/hephy/images`;
  base = `${registry.host}/upstream/base:1`;
  // ext on an external multi-arch base; ontop built on ext (ARG EXT_TAG); plain on nothing.
  repo = createRepo(driftRepoFiles(base));
  await pushVersionedBase(base, {amd64: 'one', arm64: 'one'}, storage);
}, 120_000);

describe('build-arch reuse through the bundles, into a real registry (buildah)', () => {
  let first: StepRun;
  let again: StepRun;

  beforeAll(async () => {
    first = await github('20250101');
    // The same commit on another day: a retried pipeline, or a scheduled run.
    again = await github('20250102');
  }, 600_000);

  it('first run: builds and pushes every image', () => {
    expect(first.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'pushed'});
    expect(first.builds).toBe(3);
    expect(first.reusedLines).toBe(0);
    expect(Object.keys(first.digests)).toEqual([...IMAGES]);
    expectTagFiles(first, '20250101');
  });

  it('re-run of the same commit on another date: every image reused, same digests, no build', () => {
    expect(again.statuses).toEqual({ext: 'reused', ontop: 'reused', plain: 'reused'});
    expect(again.builds).toBe(0);
    expect(again.reusedLines).toBe(3);
    expect(again.digests).toEqual(first.digests);
    expectTagFiles(again, '20250102');
    // The summary shows the digest of the first build on the new run tag.
    for (const row of summaryRows(again.bundle.summary)) {
      expect(row.reference).toContain(`${repository}:${row.image}-20250102-amd64`);
      expect(row.digest).toBe(first.digests[row.image]);
    }
  });

  it('re-run as a GitLab job: every image reused, same digests, no build', async () => {
    const job = await gitlab('20250103');
    expect(job.statuses).toEqual({ext: 'reused', ontop: 'reused', plain: 'reused'});
    expect(job.builds).toBe(0);
    expect(job.digests).toEqual(first.digests);
    expectTagFiles(job, '20250103');
  }, 600_000);

  it('merge-manifest on the reused run: an index of the same manifests; only its created annotation is new', async () => {
    const merge = async (run: StepRun, date: string) => {
      const step = await runGitHubStep('merge-manifest', {
        cwd: repo.dir,
        inputs: {repository, dirs: IMAGES.join(' '), date, 'output-dir': run.outputDir},
      });
      expect(step.exitCode, step.stdout + step.stderr).toBe(0);
      const out = JSON.parse(step.outputs.manifests ?? '[]') as {image: string; digest: string}[];
      return Object.fromEntries(out.map((m) => [m.image, m.digest]));
    };
    const firstIndexes = await merge(first, '20250101');
    const againIndexes = await merge(again, '20250102');
    for (const image of IMAGES) {
      const before = JSON.parse(await skopeoRaw(registry, `${repository}@${firstIndexes[image]}`)) as Index;
      const after = JSON.parse(await skopeoRaw(registry, `${repository}:${image}-20250102`)) as Index;
      // What a pull resolves to for each platform is the first run's image.
      expect(after.manifests).toEqual(before.manifests);
      expect(after.manifests.map((m) => m.digest)).toEqual([first.digests[image]]);
      // merge-manifest stamps each index with the time it was written
      // (org.opencontainers.image.created): within the same second the index is the same digest,
      // later a new one around the same manifests; nothing else in it differs.
      const {[CREATED]: createdAfter, ...restAfter} = after.annotations;
      const {[CREATED]: createdBefore, ...restBefore} = before.annotations;
      expect(restAfter).toEqual(restBefore);
      expect(createdAfter === createdBefore).toBe(againIndexes[image] === firstIndexes[image]);
    }
  }, 600_000);

  it("one image's file changed and committed: it and the image built on it rebuilt, the other reused", async () => {
    repo.commit('ext changes', {'ext/ext.txt': 'ext 2\n'});
    const changed = await github('20250104');
    expect(changed.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'reused'});
    expect(changed.builds).toBe(2);
    expect(changed.reusedLines).toBe(1);
    expect(changed.digests.ext).not.toBe(first.digests.ext);
    expect(changed.digests.ontop).not.toBe(first.digests.ontop);
    expect(changed.digests.plain).toBe(first.digests.plain);
    expectTagFiles(changed, '20250104');

    // The external base moves for amd64: ext and ontop are rebuilt again, plain is still reused.
    const before = await baseDigest('amd64');
    await pushVersionedBase(base, {amd64: 'two', arm64: 'one'}, storage);
    expect(await baseDigest('amd64')).not.toBe(before);
    const moved = await github('20250105');
    expect(moved.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'reused'});
    expect(moved.builds).toBe(2);
    expect(moved.digests.ext).not.toBe(changed.digests.ext);
    expect(moved.digests.ontop).not.toBe(changed.digests.ontop);
    expect(moved.digests.plain).toBe(first.digests.plain);
    expectTagFiles(moved, '20250105');
  }, 900_000);

  it('reuse: false rebuilds every image', async () => {
    const forced = await github('20250106', {reuse: 'false'});
    expect(forced.statuses).toEqual({ext: 'pushed', ontop: 'pushed', plain: 'pushed'});
    expect(forced.builds).toBe(3);
    expect(forced.reusedLines).toBe(0);
    // A build stamps its time (the created label and history), so plain's digest is new.
    expect(forced.digests.plain).not.toBe(first.digests.plain);
    expectTagFiles(forced, '20250106');
  }, 600_000);
});

const CREATED = 'org.opencontainers.image.created';

interface Index {
  manifests: {digest: string; platform?: unknown}[];
  annotations: Record<string, string>;
}
