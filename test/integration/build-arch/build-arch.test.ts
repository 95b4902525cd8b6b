import {createHash} from 'node:crypto';
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Ports} from '../../../packages/core/src/ports.js';
import {parseTar} from '../../../packages/core/src/source/tar.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {runCloneUpstream} from '../../../packages/core/src/steps/clone-upstream/run.js';
import {buildahStorageEnv, pushBusyboxBase} from '../../helpers/buildah.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {makeTarGz} from '../../unit/source/make-tar.js';
import {startGitDaemon, type UpstreamRepo} from '../../helpers/git-daemon.js';
import {recordingPorts, skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {seedShapedMonorepo, writeTree} from './monorepo.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';

interface Manifest {
  config: {digest: string};
  layers: {digest: string}[];
}

let registry: TestRegistry;
let storage: Record<string, string>;
let upstream: UpstreamRepo;
let upstreamCommit: string;
let root: string;
let outputDir: string;
const date = '20250101';

function inputs(overrides: Partial<BuildArchInputs> = {}): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    date,
    root,
    outputDir,
    // curl's GREETING=${HEPHY_TEST_GREETING}: the owner lets build args read that variable.
    buildArgEnv: ['HEPHY_TEST_GREETING'],
    ...overrides,
  });
}

function ports(): Ports & {logged: () => string} {
  return recordingPorts({...storage, HEPHY_TEST_GREETING: 'from-env', RUNNER_TEMP: tempDir()});
}

async function manifest(tag: string): Promise<Manifest> {
  return JSON.parse(await skopeoRaw(registry, `${registry.host}/hephy/images:${tag}`)) as Manifest;
}

async function blob(digest: string): Promise<Buffer> {
  const response = await fetch(`${registry.url}/v2/hephy/images/blobs/${digest}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The files of one layer, as the image would have them. */
async function layerFiles(digest: string): Promise<Record<string, string>> {
  let bytes = await blob(digest);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const entries = parseTar(bytes).entries.filter((e) => e.kind === 'file');
  return Object.fromEntries(entries.map((e) => [e.path.replace(/^\.?\//, ''), e.data.toString()]));
}

async function imageConfig(
  tag: string,
): Promise<{architecture: string; config: {Labels?: Record<string, string>}}> {
  return JSON.parse((await blob((await manifest(tag)).config.digest)).toString());
}

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  await pushBusyboxBase(`${registry.host}/hephy/base:busybox`, storage);
  const daemon = await startGitDaemon();
  upstream = daemon.repo('app');
  upstreamCommit = upstream.commit({Dockerfile: 'FROM scratch\nCOPY VERSION /VERSION\n', VERSION: '1.0.0\n'});
  upstream.tag('v1.0.0');
  upstream.commit({VERSION: '2.0.0-later\n'});
  root = writeTree(seedShapedMonorepo(`${registry.host}/hephy/base:busybox`, upstream.url));
  outputDir = tempDir('hephy-out-');
  writeTree({'dirs.txt': 'tool\ncurl\nstatic\narmonly\nmulti\napp\n'}, outputDir);
  await runCloneUpstream(
    {dirs: '', root, allowProtocols: ['https', 'ssh', 'git'], outputDir, artifactName: 'hephy-sources'},
    ports(),
  );
}, 300_000);

describe('build-arch with buildah into a real registry', () => {
  let amd64: Awaited<ReturnType<typeof runBuildArch>>;
  let log: string;

  beforeAll(async () => {
    const p = ports();
    amd64 = await runBuildArch(inputs(), p);
    log = p.logged();
  }, 600_000);

  it('builds every amd64 image of dirs, dependencies first', () => {
    expect(amd64.images.map((b) => b.image)).toEqual([
      'curl',
      'tool',
      'static',
      'multi-alpha',
      'multi-beta',
      'app',
    ]);
    expect(amd64.images.every((b) => b.status === 'pushed' && /^sha256:[0-9a-f]{64}$/.test(b.digest))).toBe(
      true,
    );
  });

  it('writes <image>-<arch>.tag with the tag and the digest the registry reports', async () => {
    for (const build of amd64.images) {
      const [tag, digest] = readFileSync(path.join(outputDir, `${build.image}-amd64.tag`), 'utf8').split(
        '\n',
      );
      expect(tag).toBe(`${build.image}-${date}-amd64`);
      expect(digest).toBe(build.digest);
      const head = await skopeoRaw(registry, `${registry.host}/hephy/images:${tag}`);
      expect(`sha256:${createHash('sha256').update(head).digest('hex')}`).toBe(digest);
    }
  });

  it('runs RUN steps on the busybox base, with build args expanded by us and never by a shell', async () => {
    const layers = (await manifest(`curl-${date}-amd64`)).layers;
    const files = await layerFiles(layers[layers.length - 1]!.digest);
    expect(files['curl.txt']).toBe('curl from-env\n');
    expect(files['literal.txt']).toBe('$(not run) ; `nor this`\n');
  });

  it('builds the dependent image on the image this run built (its layers)', async () => {
    const curl = (await manifest(`curl-${date}-amd64`)).layers.map((l) => l.digest);
    const tool = (await manifest(`tool-${date}-amd64`)).layers.map((l) => l.digest);
    expect(tool.slice(0, curl.length)).toEqual(curl);
    expect(tool.length).toBe(curl.length + 1);
    const files = await layerFiles(tool[tool.length - 1]!);
    expect(files['tool.txt']).toBe('curl from-env\n');
    expect(amd64.images.find((b) => b.image === 'tool')?.dependencies).toEqual([
      expect.objectContaining({image: 'curl', fromThisRun: true, tag: `curl-${date}-amd64`}),
    ]);
    expect(log).toMatch(new RegExp(`CURL_TAG=curl-${date}-amd64`));
  });

  it('builds each target of a multi-target directory from its stage', async () => {
    const alpha = await layerFiles((await manifest(`multi-alpha-${date}-amd64`)).layers[0]!.digest);
    const beta = await layerFiles((await manifest(`multi-beta-${date}-amd64`)).layers[0]!.digest);
    expect(alpha).toEqual({'a.txt': 'a\n'});
    expect(beta).toEqual({'b.txt': 'b\n'});
  });

  it('builds the upstream image from the pinned tag, labelled with its source and commit', async () => {
    expect(await layerFiles((await manifest(`app-${date}-amd64`)).layers[0]!.digest)).toEqual({
      VERSION: '1.0.0\n',
    });
    const labels = (await imageConfig(`app-${date}-amd64`)).config.Labels ?? {};
    expect(labels['org.opencontainers.image.source']).toBe(upstream.url);
    expect(labels['org.opencontainers.image.revision']).toBe(upstreamCommit);
    expect(labels['org.opencontainers.image.version']).toBe('v1.0.0');
    expect(labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('logs one group per image with the exact command', () => {
    expect(log).toContain(`curl (amd64)`);
    expect(log).toContain(
      `$ buildah --storage-driver vfs build --isolation chroot --platform linux/amd64 --file`,
    );
    expect(log).toContain(`--build-arg GREETING=from-env`);
  });

  it('builds arm64 images (no RUN) with the arm64 architecture, and only those', async () => {
    const arm64 = await runBuildArch(inputs({arch: 'arm64'}), ports());
    expect(arm64.images.map((b) => b.image)).toEqual(['static', 'armonly']);
    expect((await imageConfig(`static-${date}-arm64`)).architecture).toBe('arm64');
    expect((await imageConfig(`armonly-${date}-arm64`)).architecture).toBe('arm64');
    expect((await imageConfig(`static-${date}-amd64`)).architecture).toBe('amd64');
  });
});

function skopeoCopy(from: string, to: string): void {
  const result = spawnSync(
    'skopeo',
    ['copy', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${from}`, `docker://${to}`],
    {encoding: 'utf8'},
  );
  expect(result.status, result.stderr).toBe(0);
}

async function tagExists(repository: string, tag: string): Promise<boolean> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return response.status === 200;
}

describe('build-arch without the dependency in this run', () => {
  it('builds on <dep>-latest pinned by digest', async () => {
    skopeoCopy(
      `${registry.host}/hephy/images:curl-${date}-amd64`,
      `${registry.host}/hephy/images:curl-latest`,
    );
    const latest = await manifest('curl-latest');
    const out = tempDir('hephy-out-');
    const result = await runBuildArch(inputs({dirs: 'tool', outputDir: out, date: '20250202'}), ports());
    const digest = `sha256:${createHash('sha256')
      .update(await skopeoRaw(registry, `${registry.host}/hephy/images:curl-latest`))
      .digest('hex')}`;
    expect(result.images[0]?.dependencies).toEqual([
      {
        image: 'curl',
        tag: 'curl-latest',
        reference: `${registry.host}/hephy/images:curl-latest@${digest}`,
        fromThisRun: false,
      },
    ]);
    const tool = (await manifest('tool-20250202-amd64')).layers.map((l) => l.digest);
    expect(tool.slice(0, latest.layers.length)).toEqual(latest.layers.map((l) => l.digest));
  });

  it('stops before building when the dependency has neither a build nor a latest tag', async () => {
    const out = tempDir('hephy-out-');
    const run = runBuildArch(
      inputs({dirs: 'tool', outputDir: out, repository: `${registry.host}/hephy/empty`}),
      ports(),
    );
    await expect(run).rejects.toThrow(UserError);
    await expect(
      runBuildArch(
        inputs({dirs: 'tool', outputDir: out, repository: `${registry.host}/hephy/empty`}),
        ports(),
      ),
    ).rejects.toThrow(
      /curl was not built for amd64 in this run and .*hephy\/empty:curl-latest does not exist/,
    );
    expect(await tagExists('hephy/empty', `tool-${date}-amd64`)).toBe(false);
  });
});

describe('build-arch refuses a hostile source archive', () => {
  it.each([
    ['a path climbing out', [{name: '../../escaped.txt', content: 'x'}]],
    ['a symlink pointing out', [{name: 'passwd', type: '2', linkName: '/etc/passwd'}]],
    ['a device file', [{name: 'dev-null', type: '3'}]],
  ])('%s: nothing is unpacked, built or pushed', async (_why, entries) => {
    const out = tempDir('hephy-out-');
    writeFileSync(
      path.join(out, 'app-source.tar.gz'),
      makeTarGz([
        {name: 'Dockerfile', content: 'FROM scratch\nCOPY VERSION /VERSION\n'},
        {name: 'VERSION', content: '1\n'},
        ...entries,
      ]),
    );
    const p = ports();
    await expect(
      runBuildArch(inputs({dirs: 'app', outputDir: out, repository: `${registry.host}/hephy/hostile`}), p),
    ).rejects.toThrow(/app-source.tar.gz: entry .* refusing to unpack any of it/);
    expect(p.logged()).not.toContain('$ buildah');
    expect(await tagExists('hephy/hostile', `app-${date}-amd64`)).toBe(false);
    expect(() => readFileSync(path.join(out, 'app-amd64.tag'))).toThrow();
  });
});
