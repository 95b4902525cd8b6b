import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../packages/cli/src/cli.js';
import {buildahStorageEnv} from '../helpers/buildah.js';
import {createRepo, type TestRepo} from '../helpers/git.js';

/**
 * `hephy-builder build` into its default OCI layout (.hephy/images), run again: what the user
 * sees is each arch image's status in --json ("reused" or "pushed"), its digest, and the indexes.
 * base; top built on base (ARG BASE_TAG); other on nothing. All FROM scratch, amd64.
 */
const FILES = {
  'base/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'base/Dockerfile': 'FROM scratch\nCOPY base.txt /base.txt\n',
  'base/base.txt': 'base 1\n',
  'top/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'top/Dockerfile':
    'ARG ECR_REGISTRY\nARG BASE_TAG\nFROM ${ECR_REGISTRY}:${BASE_TAG}\nCOPY top.txt /top.txt\n',
  'top/top.txt': 'top 1\n',
  'other/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
  'other/Dockerfile': 'FROM scratch\nCOPY other.txt /other.txt\n',
  'other/other.txt': 'other\n',
};
const DATE = '20250101';

interface Run {
  /** image -> status of its amd64 image ("pushed": built now; "reused"). */
  status: Record<string, string>;
  /** image -> digest of its amd64 image. */
  digest: Record<string, string>;
  /** image -> digest of its `<image>-<date>` index. */
  index: Record<string, string>;
  stderr: string;
}

interface BuildJson {
  ok: boolean;
  images: {image: string; arch: string; status: string; digest?: string; fingerprint?: string}[];
  manifests: {image: string; digest: string}[];
}

/** `hephy-builder build --json [args]` in `cwd`, as a user runs it there. */
async function build(cwd: string, storage: Record<string, string>, args: string[] = []): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  const write = process.stderr.write.bind(process.stderr);
  process.chdir(cwd);
  // The CLI's notes and progress lines go to stderr: kept to check what the user reads.
  process.stderr.write = ((text: string) => ((stderr += text), true)) as typeof process.stderr.write;
  try {
    const code = await runCli(
      ['build', '--date', DATE, '--json', ...args],
      {...process.env, ...storage},
      (t) => (stdout += t),
    );
    expect(code, stdout + stderr).toBe(0);
  } finally {
    process.stderr.write = write;
    process.chdir(before);
  }
  const json = JSON.parse(stdout) as BuildJson;
  expect(json.ok).toBe(true);
  const amd64 = json.images.filter((i) => i.arch === 'amd64');
  return {
    status: Object.fromEntries(amd64.map((i) => [i.image, i.status])),
    digest: Object.fromEntries(amd64.map((i) => [i.image, i.digest ?? ''])),
    index: Object.fromEntries(json.manifests.map((m) => [m.image, m.digest])),
    stderr,
  };
}

/** The manifest's layer digests in the layout, by tag. */
function layers(root: string, tag: string): string[] {
  const layout = path.join(root, '.hephy', 'images');
  const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as {
    manifests: {digest: string; annotations?: Record<string, string>}[];
  };
  const entry = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag);
  const blob = (digest: string) => path.join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length));
  const manifest = JSON.parse(readFileSync(blob(entry?.digest ?? ''), 'utf8')) as {
    layers: {digest: string}[];
  };
  return manifest.layers.map((l) => l.digest);
}

describe('hephy-builder build reuses what its OCI layout holds with the same fingerprint', () => {
  let repo: TestRepo;
  let storage: Record<string, string>;
  let first: Run;

  beforeAll(async () => {
    repo = createRepo(FILES);
    storage = buildahStorageEnv();
    first = await build(repo.dir, storage);
  }, 600_000);

  it('builds every image the first time', () => {
    expect(first.status).toEqual({base: 'pushed', top: 'pushed', other: 'pushed'});
  });

  it('builds nothing for the unchanged tree: same arch images, same indexes', async () => {
    const again = await build(repo.dir, storage);
    expect(again.status).toEqual({base: 'reused', top: 'reused', other: 'reused'});
    expect(again.digest).toEqual(first.digest);
    expect(again.index).toEqual(first.index);
    expect(again.stderr).toContain('reused 3 of 3 arch images');
  });

  it('rebuilds a changed image and the images built on it; the others keep their digests', async () => {
    repo.commit('base 2', {'base/base.txt': 'base 2\n'});
    const changed = await build(repo.dir, storage);
    expect(changed.status).toEqual({base: 'pushed', top: 'pushed', other: 'reused'});
    expect(changed.digest.base).not.toBe(first.digest.base);
    expect(changed.digest.top).not.toBe(first.digest.top);
    expect(changed.digest.other).toBe(first.digest.other);
    expect(changed.index.other).toBe(first.index.other);
    expect(layers(repo.dir, `top-${DATE}-amd64`)[0]).toBe(layers(repo.dir, `base-${DATE}-amd64`)[0]);
  });

  it('builds a changed image on the reused image of its base, not on a later build of that base', async () => {
    // base back to its first content (reused: its first image), top changed (built): top must be
    // built on that first image, which this buildah storage last knew as base 2.
    repo.commit('base 1 again, top 2', {'base/base.txt': 'base 1\n', 'top/top.txt': 'top 2\n'});
    const run = await build(repo.dir, storage);
    expect(run.status).toEqual({base: 'reused', top: 'pushed', other: 'reused'});
    expect(run.digest.base).toBe(first.digest.base);
    expect(layers(repo.dir, `top-${DATE}-amd64`)[0]).toBe(layers(repo.dir, `base-${DATE}-amd64`)[0]);
  });

  it('pulls a reused base from the layout into a buildah storage that never saw it', async () => {
    repo.commit('top 3', {'top/top.txt': 'top 3\n'});
    const run = await build(repo.dir, buildahStorageEnv());
    expect(run.status).toEqual({base: 'reused', top: 'pushed', other: 'reused'});
    expect(layers(repo.dir, `top-${DATE}-amd64`)[0]).toBe(layers(repo.dir, `base-${DATE}-amd64`)[0]);
  });

  it('builds an image again when a layer blob of its image is gone from the layout', async () => {
    const layer = layers(repo.dir, `other-${DATE}-amd64`)[0] ?? '';
    rmSync(path.join(repo.dir, '.hephy', 'images', 'blobs', 'sha256', layer.slice('sha256:'.length)));
    const run = await build(repo.dir, storage);
    expect(run.status).toEqual({base: 'reused', top: 'reused', other: 'pushed'});
    expect(existsSync(path.join(repo.dir, '.hephy', 'images', 'blobs', 'sha256', layer.slice(7)))).toBe(true);
  });

  it('--no-reuse builds every image', async () => {
    const before = await build(repo.dir, storage);
    expect(before.status).toEqual({base: 'reused', top: 'reused', other: 'reused'});
    const run = await build(repo.dir, storage, ['--no-reuse']);
    expect(run.status).toEqual({base: 'pushed', top: 'pushed', other: 'pushed'});
    // Built again: a new image (its created time), where a reuse kept the digest.
    expect(run.digest.other).not.toBe(before.digest.other);
    expect(run.stderr).not.toContain('reused');
  });
});

describe('hephy-builder build --naming repository into a layout', () => {
  it("finds the fingerprint tag in the image's own layout directory and reuses it", async () => {
    // With naming: repository an image is `<repository>/<image>:<tag>`: top names its base by BASE_IMAGE.
    const repo = createRepo({
      ...FILES,
      'top/Dockerfile': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY top.txt /top.txt\n',
    });
    const storage = buildahStorageEnv();
    const args = ['--naming', 'repository', '--repository', 'oci:.hephy/by-image'];
    const first = await build(repo.dir, storage, args);
    const again = await build(repo.dir, storage, args);
    expect(first.status).toEqual({base: 'pushed', top: 'pushed', other: 'pushed'});
    expect(again.status).toEqual({base: 'reused', top: 'reused', other: 'reused'});
    expect(again.index).toEqual(first.index);
    const tags = (
      JSON.parse(readFileSync(path.join(repo.dir, '.hephy', 'by-image', 'other', 'index.json'), 'utf8')) as {
        manifests: {annotations: Record<string, string>}[];
      }
    ).manifests.map((m) => m.annotations['org.opencontainers.image.ref.name']);
    expect(tags).toContain(`${DATE}-amd64`);
    expect(tags.filter((t) => /^fp-[0-9a-f]{16}-amd64$/.test(t ?? ''))).toHaveLength(1);
  });
});

describe('hephy-builder build of an image at the repository root', () => {
  it('reuses it: .hephy/ (its own output) does not count as an uncommitted change', async () => {
    const repo = createRepo({
      'build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      Dockerfile: 'FROM scratch\nCOPY hello.txt /hello.txt\n',
      'hello.txt': 'hello\n',
      '.dockerignore': '.hephy\n',
    });
    const storage = buildahStorageEnv();
    const first = await build(repo.dir, storage);
    const again = await build(repo.dir, storage);
    expect(Object.values(first.status)).toEqual(['pushed']);
    expect(Object.values(again.status)).toEqual(['reused']);
    expect(again.digest).toEqual(first.digest);
  });
});
