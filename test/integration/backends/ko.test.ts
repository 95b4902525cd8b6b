import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from '../build-arch/monorepo.js';
import {imageFiles, imageLabels, registryContent, standInPorts, tagDigest} from './registry-reads.js';

// ko cannot run here (no Go toolchain): these tests run build-arch against test/stand-ins/ko, a
// STAND-IN that keeps ko's contract as its source states it (flags, .ko.yaml resolution and
// `builds[].dir`, KO_DOCKER_REPO, credentials, --image-refs) and builds and pushes a real image
// with buildah into a real registry with Basic auth.

const date = '20250101';
const SOURCE = 'https://git.example.com/team/mono,with,"commas"';
let registry: TestRegistry;
let storage: Record<string, string>;
let root: string;

function inputs(overrides: Partial<BuildArchInputs> = {}): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    date,
    root,
    outputDir: tempDir('hephy-out-'),
    dirs: 'server api',
    username: registry.username,
    password: registry.password,
    ...overrides,
  });
}

const event = {
  kind: 'push' as const,
  name: 'push',
  refName: 'main',
  refType: 'branch' as const,
  defaultBranch: 'main',
  sourceUrl: SOURCE,
  headSha: 'c0ffee',
};

beforeAll(async () => {
  registry = await startRegistry('htpasswd');
  storage = buildahStorageEnv();
  // One Go module for the whole repository, as a monorepo has it: its images are subdirectories.
  root = writeTree({
    'go.mod': 'module example.com/mono\n\ngo 1.22\n',
    'server/build-config.yaml': [
      'build_backend: ko',
      'use_local_context: true',
      'platforms: [linux/amd64]',
      'ko_config:',
      '  import_path: ./cmd/server',
      '  env: [CGO_ENABLED=0]',
      '  ldflags: ["-s", "-X main.version=1.0 beta"]',
      '',
    ].join('\n'),
    'server/cmd/server/main.go': 'package main\n\nfunc main() {}\n',
    'api/build-config.yaml': [
      'build_backend: ko',
      'use_local_context: true',
      'platforms: [linux/amd64]',
      'ko_config:',
      '  import_path: example.com/mono/api/cmd/api',
      '',
    ].join('\n'),
    'api/cmd/api/main.go': 'package main\n\nfunc main() {}\n',
  });
}, 120_000);

describe('ko (through its stand-in) in build-arch', () => {
  let result: Awaited<ReturnType<typeof runBuildArch>>;
  let given: BuildArchInputs;
  let ports: ReturnType<typeof standInPorts>;

  beforeAll(async () => {
    ports = standInPorts(storage);
    given = inputs({cache: 'true'});
    result = await runBuildArch(given, ports, {event});
  }, 300_000);

  it('builds ./cmd/server and a module import path from the context, and pushes both', () => {
    expect(result.images.map((b) => [b.image, b.status, b.backend])).toEqual([
      ['server', 'pushed', 'ko'],
      ['api', 'pushed', 'ko'],
    ]);
  });

  it('writes the digest the registry has for the tag into the .tag file', async () => {
    for (const build of result.images) {
      const [tag, digest] = readFileSync(
        path.join(given.outputDir, `${build.image}-amd64.tag`),
        'utf8',
      ).split('\n');
      expect(tag).toBe(`${build.image}-${date}-amd64`);
      expect(digest).toBe(await tagDigest(registry, 'hephy/images', tag!));
    }
  });

  it('gives ko_config.env and ldflags (one with a space) to the Go build of each import path', async () => {
    const server = JSON.parse(
      (await imageFiles(registry, 'hephy/images', `server-${date}-amd64`))['ko-app/server']!,
    );
    expect(server).toMatchObject({
      importPath: 'example.com/mono/server/cmd/server',
      platform: 'linux/amd64',
      env: ['CGO_ENABLED=0'],
      ldflags: ['-s', '-X main.version=1.0 beta'],
    });
    const api = JSON.parse((await imageFiles(registry, 'hephy/images', `api-${date}-amd64`))['ko-app/api']!);
    expect(api).toMatchObject({importPath: 'example.com/mono/api/cmd/api', env: [], ldflags: []});
  });

  it('keeps a label value with commas and quotes whole', async () => {
    const labels = await imageLabels(registry, 'hephy/images', `server-${date}-amd64`);
    expect(labels['org.opencontainers.image.source']).toBe(SOURCE);
    expect(labels['org.opencontainers.image.revision']).toBe('c0ffee');
  });

  it('pushes over plain HTTP to the loopback registry, and writes no cache (ko has none)', async () => {
    expect(ports.standIn().every((r) => (r.args as string[]).includes('--insecure-registry'))).toBe(true);
    expect(await registryContent(registry)).toEqual({
      'hephy/images': [`api-${date}-amd64`, `server-${date}-amd64`],
    });
  });
});

describe('ko (through its stand-in): what reaches the registry', () => {
  it('push: false builds both images and leaves the registry untouched', async () => {
    const before = await registryContent(registry);
    const ports = standInPorts(storage);
    const given = inputs({push: false, date: '20250202'});
    const result = await runBuildArch(given, ports, {event});
    expect(result.images.map((b) => b.status)).toEqual(['built', 'built']);
    expect(ports.standIn().map((r) => r.pushed)).toEqual([[], []]);
    expect(await registryContent(registry)).toEqual(before);
    expect(existsSync(path.join(given.outputDir, 'server-amd64.tag'))).toBe(false);
  }, 300_000);

  it('pushes with the inputs credentials only: without them the registry refuses ko', async () => {
    const ports = standInPorts(storage);
    await expect(
      runBuildArch(inputs({username: '', password: '', dirs: 'api', date: '20250303'}), ports, {event}),
    ).rejects.toThrow(/401|unauthorized|authentication required/i);
  }, 300_000);
});
