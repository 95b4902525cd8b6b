import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from '../build-arch/monorepo.js';
import {manifestOf, registryContent, standInPorts, tagDigest} from './registry-reads.js';

// spin cannot run here: these tests run build-arch against test/stand-ins/spin, a STAND-IN that
// keeps spin's contract as its source states it (clap flags, `--insecure` as plain HTTP, the
// credentials spin reads and the ones it drops, "Pushed with digest") and pushes a real artifact
// built with buildah into a real registry with Basic auth.

const date = '20250101';
const SOURCE = 'https://git.example.com/team/mono,with,commas';
let registry: TestRegistry;
let storage: Record<string, string>;
let root: string;

function inputs(overrides: Partial<BuildArchInputs> = {}): BuildArchInputs {
  return buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    date,
    root,
    outputDir: tempDir('hephy-out-'),
    dirs: 'wasm',
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
  root = writeTree({
    'wasm/build-config.yaml': [
      'build_backend: spin',
      'use_local_context: true',
      'platforms: [linux/amd64]',
      'spin_config:',
      '  manifest: app/spin.toml',
      '',
    ].join('\n'),
    'wasm/app/spin.toml': 'spin_manifest_version = 2\n\n[application]\nname = "hello"\n',
  });
}, 120_000);

describe('spin (through its stand-in) in build-arch', () => {
  let result: Awaited<ReturnType<typeof runBuildArch>>;
  let given: BuildArchInputs;
  let ports: ReturnType<typeof standInPorts>;

  beforeAll(async () => {
    ports = standInPorts(storage);
    given = inputs({cache: 'true'});
    result = await runBuildArch(given, ports, {event});
  }, 300_000);

  it('pushes the app with the inputs credentials and records the digest spin printed', async () => {
    expect(result.images.map((b) => [b.image, b.status, b.backend])).toEqual([['wasm', 'pushed', 'spin']]);
    const [tag, digest] = readFileSync(path.join(given.outputDir, 'wasm-amd64.tag'), 'utf8').split('\n');
    expect(tag).toBe(`wasm-${date}-amd64`);
    expect(digest).toBe(await tagDigest(registry, 'hephy/images', tag!));
    expect(ports.standIn()).toMatchObject([
      {credential: true, manifest: path.join(root, 'wasm/app/spin.toml')},
    ]);
  });

  it('puts the labels, commas and all, on the manifest as annotations', async () => {
    const manifest = await manifestOf(registry, 'hephy/images', `wasm-${date}-amd64`);
    expect(manifest.annotations?.['org.opencontainers.image.source']).toBe(SOURCE);
    expect(manifest.annotations?.['org.opencontainers.image.revision']).toBe('c0ffee');
  });

  it('speaks plain HTTP to the loopback registry (--insecure) and writes no cache (spin has none)', async () => {
    expect(ports.standIn()[0]?.args).toContain('--insecure');
    expect(await registryContent(registry)).toEqual({'hephy/images': [`wasm-${date}-amd64`]});
  });
});

describe('spin (through its stand-in): what reaches the registry', () => {
  it('push: false runs spin build and leaves the registry untouched', async () => {
    const before = await registryContent(registry);
    const ports = standInPorts(storage);
    const given = inputs({push: false, date: '20250202'});
    const result = await runBuildArch(given, ports, {event});
    expect(result.images.map((b) => b.status)).toEqual(['built']);
    expect(ports.standIn()).toMatchObject([
      {args: ['build', '--from', path.join(root, 'wasm/app/spin.toml')], pushed: []},
    ]);
    expect(await registryContent(registry)).toEqual(before);
    expect(existsSync(path.join(given.outputDir, 'wasm-amd64.tag'))).toBe(false);
  }, 300_000);

  it('warns, naming the host and never the token, when the credential is an identity token spin drops', async () => {
    const token = `idtoken-${Math.random().toString(36).slice(2)}`;
    const dockerConfig = tempDir('hephy-docker-');
    writeFileSync(
      path.join(dockerConfig, 'config.json'),
      JSON.stringify({auths: {[registry.host]: {identitytoken: token}}}),
    );
    const ports = standInPorts(storage, {DOCKER_CONFIG: dockerConfig});
    const run = runBuildArch(inputs({username: '', password: '', date: '20250303'}), ports, {event});
    // Anonymous, as spin would be: the registry refuses the push.
    const error = await run.then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/401|unauthorized|authentication required/i);
    expect(ports.standIn()).toEqual([]);
    expect(ports.logged()).toMatch(
      new RegExp(
        `warning: spin: the credential for ${registry.host.replace(/\./g, '\\.')} is an identity token`,
      ),
    );
    expect(`${ports.logged()}\n${error?.message ?? ''}`).not.toContain(token);
  }, 300_000);
});
