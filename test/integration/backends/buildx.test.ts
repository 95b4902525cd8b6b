import {createHash} from 'node:crypto';
import {chmodSync, existsSync, lstatSync, readFileSync, readdirSync, readlinkSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {runProcess} from '../../helpers/process.js';
import {recordingPorts, skopeoRaw, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from '../build-arch/monorepo.js';

// build-arch with backend buildx against test/stand-ins/docker, a STAND-IN for `docker buildx`
// (Docker cannot run here): it keeps buildx's contract as docker/buildx and docker/cli state it
// (see its header), builds with the real buildah and pushes to the real registry with only the
// credentials buildx would see.
const standIns = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stand-ins');
const date = '20250101';

let registry: TestRegistry;
let storage: Record<string, string>;

const dockerfile = [
  'FROM scratch AS build',
  'ARG GREETING',
  'COPY hello.txt /built/hello.txt',
  '',
  'FROM scratch AS final',
  'ARG GREETING',
  'LABEL stage=final greeting=${GREETING}',
  'COPY --from=build /built/hello.txt /hello.txt',
  '',
  'FROM scratch AS later',
  'COPY hello.txt /later.txt',
  '',
].join('\n');

beforeAll(async () => {
  registry = await startRegistry('htpasswd');
  storage = buildahStorageEnv();
}, 120_000);

interface Home {
  home: string;
  docker: string;
}

/** A user's HOME whose ~/.docker has content of every kind buildx reads or writes. */
function userHome(options: {currentBuilder?: boolean; credsStore?: string} = {}): Home {
  const contextId = createHash('sha256').update('ci').digest('hex');
  const home = writeTree({
    '.docker/config.json': `${JSON.stringify(
      {
        auths: {'other.example.com': {auth: Buffer.from('someone:else').toString('base64')}},
        currentContext: 'ci',
        ...(options.credsStore ? {credsStore: options.credsStore} : {}),
      },
      null,
      '\t',
    )}\n`,
    [`.docker/contexts/meta/${contextId}/meta.json`]:
      '{"Name":"ci","Endpoints":{"docker":{"Host":"unix:///run/docker.sock"}}}',
    '.docker/cli-plugins/docker-buildx': '#!/bin/sh\n# where docker/setup-buildx-action installs buildx\n',
    '.docker/buildx/instances/user-builder': JSON.stringify({
      Name: 'user-builder',
      Driver: 'docker-container',
      Nodes: [{Name: 'user-builder0', Endpoint: 'ci', DriverOpts: {}, Files: {}}],
    }),
    ...(options.currentBuilder
      ? {'.docker/buildx/current': '{"Key":"ci","Name":"user-builder","Global":false}'}
      : {}),
  });
  chmodSync(path.join(home, '.docker/cli-plugins/docker-buildx'), 0o755);
  return {home, docker: path.join(home, '.docker')};
}

/** Every file and link under a directory, with its bytes (or target). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      const stat = lstatSync(file);
      const key = path.relative(dir, file);
      if (stat.isSymbolicLink()) out[key] = `-> ${readlinkSync(file)}`;
      else if (stat.isDirectory()) walk(file);
      else out[key] = `${stat.mode.toString(8)} ${readFileSync(file).toString('base64')}`;
    }
  };
  walk(dir);
  return out;
}

interface Run {
  error?: Error;
  logged: string;
  outputDir: string;
  daemon: string;
  standinLog: {tool: string; sub: string; [key: string]: unknown}[];
}

async function build(
  home: Home,
  repository: string,
  overrides: Partial<BuildArchInputs> = {},
  env: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<Run> {
  const root = writeTree({
    'app/build-config.yaml': [
      'use_local_context: true',
      'target: final',
      'build_args: ["GREETING=hello-from-args"]',
      'platforms: [linux/amd64]',
      '',
    ].join('\n'),
    'app/Dockerfile': dockerfile,
    'app/hello.txt': 'hello\n',
    ...files,
  });
  const outputDir = writeTree({'dirs.txt': 'app\n'}, tempDir('hephy-out-'));
  const daemon = tempDir('hephy-daemon-');
  const standinLog = path.join(tempDir('hephy-standin-'), 'log.jsonl');
  const ports = recordingPorts({
    ...storage,
    PATH: `${standIns}:${process.env.PATH}`,
    HOME: home.home,
    RUNNER_TEMP: tempDir(),
    HEPHY_STANDIN_DOCKER_DAEMON: daemon,
    HEPHY_STANDIN_LOG: standinLog,
    ...env,
  });
  const inputs = buildArchInputs({
    repository: `${registry.host}/${repository}`,
    date,
    root,
    outputDir,
    backend: 'buildx',
    username: registry.username,
    password: registry.password,
    cache: 'false',
    ...overrides,
  });
  const before = snapshot(home.docker);
  let error: Error | undefined;
  try {
    await runBuildArch(inputs, ports);
  } catch (e) {
    error = e as Error;
  }
  // After any build, failed or not: the user's Docker dir as it was, and no builder container.
  expect(snapshot(home.docker)).toEqual(before);
  expect(readdirSync(daemon)).toEqual([]);
  const records = existsSync(standinLog)
    ? readFileSync(standinLog, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Run['standinLog'][0])
    : [];
  return {...(error ? {error} : {}), logged: ports.logged(), outputDir, daemon, standinLog: records};
}

function basic(): string {
  return `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, {headers: {authorization: basic()}});
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function repositories(): Promise<string[]> {
  return (await getJson<{repositories: string[]}>(`${registry.url}/v2/_catalog`)).repositories;
}

async function expectPushed(run: Run, repository: string): Promise<void> {
  expect(run.error).toBeUndefined();
  const [tag, digest] = readFileSync(path.join(run.outputDir, 'app-amd64.tag'), 'utf8').split('\n');
  expect(tag).toBe(`app-${date}-amd64`);
  const raw = await skopeoRaw(registry, `${registry.host}/${repository}:${tag}`);
  expect(digest).toBe(`sha256:${createHash('sha256').update(raw).digest('hex')}`);
  const manifest = JSON.parse(raw) as {config: {digest: string}; layers: unknown[]};
  const config = await getJson<{architecture: string; config: {Labels: Record<string, string>}}>(
    `${registry.url}/v2/${repository}/blobs/${manifest.config.digest}`,
  );
  // The target stage (not the last one), the build arg, hephy's OCI labels.
  expect(config.config.Labels).toMatchObject({stage: 'final', greeting: 'hello-from-args'});
  expect(config.config.Labels['org.opencontainers.image.created']).toMatch(/^\d{4}-/);
  expect(config.architecture).toBe('amd64');
  expect(manifest.layers).toHaveLength(1);
}

describe('build-arch with buildx (through the docker stand-in)', () => {
  it('pushes with the Basic auth of the step inputs, without a docker login', async () => {
    const home = userHome();
    const run = await build(home, 'auth/images');
    await expectPushed(run, 'auth/images');
    // The default builder of the user's current context: no builder created for a build without cache.
    expect(run.standinLog.map((r) => `${r.sub} ${String(r.driver ?? '')}`)).toEqual(['build docker']);
    expect(run.logged).not.toContain(registry.password);
  }, 120_000);

  it('writes the registry cache on a docker-container builder it creates and removes', async () => {
    const run = await build(userHome(), 'cached/images', {cache: 'true'});
    await expectPushed(run, 'cached/images');
    expect(run.standinLog.map((r) => `${r.sub} ${String(r.driver ?? '')}`)).toEqual([
      'create docker-container',
      'build docker-container',
      'rm ',
    ]);
    expect(run.standinLog[0]).toMatchObject({driverOpts: {network: 'host'}});
    const cache = await getJson<{tags: string[]}>(`${registry.url}/v2/cached/images/cache/tags/list`);
    expect(cache.tags).toEqual(['app-amd64']);
  }, 120_000);

  it('removes the builder it created when the build fails', async () => {
    const run = await build(
      userHome(),
      'failing/images',
      {cache: 'true'},
      {},
      {
        'app/Dockerfile': 'FROM scratch AS final\nCOPY missing.txt /missing.txt\n',
      },
    );
    expect(run.error).toBeDefined();
    expect(run.standinLog.map((r) => r.sub)).toEqual(['create', 'rm']);
    expect(run.logged).toMatch(/ docker buildx rm hephy-[0-9a-f]{12}\n/);
  }, 120_000);

  it('with push: false writes nothing to any registry, cache included', async () => {
    const run = await build(userHome(), 'nopush/images', {cache: 'true', push: false});
    expect(run.error).toBeUndefined();
    expect(existsSync(path.join(run.outputDir, 'app-amd64.tag'))).toBe(false);
    expect((await repositories()).filter((r) => r.startsWith('nopush/'))).toEqual([]);
  }, 120_000);

  it('reaches an insecure registry, cache included, over plain HTTP', async () => {
    const run = await build(userHome(), 'insecure/images', {
      cache: 'true',
      insecureRegistries: [registry.host],
    });
    await expectPushed(run, 'insecure/images');
    expect(run.standinLog[0]?.files).toEqual({
      'buildkitd.toml': `[registry."${registry.host}"]\n  http = true\n  insecure = true\n`,
    });
    expect(run.logged).toContain(',push=true,registry.insecure=true');
  }, 120_000);

  it("ignores the user's own current builder and BUILDX_BUILDER, and leaves their state as it was", async () => {
    const run = await build(
      userHome({currentBuilder: true}),
      'current/images',
      {},
      {
        BUILDX_BUILDER: 'user-builder',
      },
    );
    await expectPushed(run, 'current/images');
    expect(run.standinLog[0]).toMatchObject({builder: 'ci', driver: 'docker'});
  }, 120_000);

  it("uses the inputs' credential over the user's credsStore and the job's DOCKER_AUTH_CONFIG", async () => {
    const wrong = {auths: {[registry.host]: {auth: Buffer.from('hephy-user:wrong').toString('base64')}}};
    const run = await build(
      userHome({credsStore: 'hephy-absent'}),
      'helpers/images',
      {},
      {
        DOCKER_AUTH_CONFIG: JSON.stringify(wrong),
      },
    );
    await expectPushed(run, 'helpers/images');
  }, 120_000);
});

describe('the docker stand-in keeps the CLI contract', () => {
  async function docker(args: string[], home: Home, env: Record<string, string> = {}) {
    return runProcess(path.join(standIns, 'docker'), args, {
      env: {PATH: process.env.PATH, HOME: home.home, ...env},
    });
  }

  it('fails on commands and flags the real CLI lacks, and finds buildx only where docker looks', async () => {
    const home = userHome();
    expect((await docker(['ps'], home)).stderr).toContain('docker: unknown command: docker ps');
    expect((await docker(['buildx', 'build', '--no-such-flag', '.'], home)).stderr).toContain(
      'unknown flag: --no-such-flag',
    );
    const elsewhere = tempDir();
    const moved = await docker(['buildx', 'rm', 'x'], home, {DOCKER_CONFIG: elsewhere});
    expect(moved.stderr).toContain('docker: unknown command: docker buildx');
    expect((await docker(['buildx', 'create', '--name', 'default'], home)).stderr).toContain(
      'default is a reserved name',
    );
  });

  it("refuses a cache export on the docker driver with buildx's message", async () => {
    const result = await docker(
      ['buildx', 'build', '--cache-to', 'type=registry,ref=r/cache', tempDir()],
      userHome(),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.',
    );
  });
});
