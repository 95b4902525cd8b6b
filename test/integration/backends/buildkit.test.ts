import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {connect, createServer, type Server} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gunzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Ports} from '../../../packages/core/src/ports.js';
import {parseTar} from '../../../packages/core/src/source/tar.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import {buildahStorageEnv, pushBusyboxBase} from '../../helpers/buildah.js';
import {runProcess} from '../../helpers/process.js';
import {recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from '../build-arch/monorepo.js';

/**
 * build-arch with the BuildKit backend, end to end, through the STAND-INS of `buildctl` and
 * `buildctl-daemonless.sh` in test/stand-ins/ (BuildKit cannot run here; their headers cite the
 * moby/buildkit source of every rule they keep). They build with the real buildah and push to a
 * real registry with Basic auth, using only the credentials buildctl reads from DOCKER_CONFIG.
 */
const STAND_INS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stand-ins');

let registry: TestRegistry;
let storage: Record<string, string>;
let root: string;

interface StandInCall {
  tool: string;
  addr: string;
  exports?: {ref: string}[];
  imports?: {ref: string; found: boolean}[];
  dockerConfig?: string;
}

function basic(r: TestRegistry): Record<string, string> {
  return {authorization: `Basic ${Buffer.from(`${r.username}:${r.password}`).toString('base64')}`};
}

/** Every repository and its tags: what a build may have written to the registry. */
async function registryContents(url = registry.url): Promise<Record<string, string[]>> {
  const catalog = (await (await fetch(`${url}/v2/_catalog`, {headers: basic(registry)})).json()) as {
    repositories: string[];
  };
  const contents: Record<string, string[]> = {};
  for (const repository of catalog.repositories) {
    const list = (await (
      await fetch(`${url}/v2/${repository}/tags/list`, {headers: basic(registry)})
    ).json()) as {
      tags: string[] | null;
    };
    contents[repository] = (list.tags ?? []).sort();
  }
  return contents;
}

async function build(
  overrides: Partial<BuildArchInputs>,
  env: Record<string, string> = {},
): Promise<{
  result: Awaited<ReturnType<typeof runBuildArch>>;
  calls: StandInCall[];
  log: string;
  out: string;
}> {
  const out = tempDir('hephy-out-');
  const standInLog = path.join(tempDir('hephy-standin-'), 'calls.jsonl');
  writeFileSync(standInLog, '');
  const ports: Ports & {logged: () => string} = recordingPorts({
    ...storage,
    PATH: `${STAND_INS}:${process.env.PATH}`,
    HEPHY_STANDIN_LOG: standInLog,
    RUNNER_TEMP: tempDir(),
    ...env,
  });
  const inputs = buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    root,
    outputDir: out,
    dirs: 'app',
    backend: 'buildkit',
    username: registry.username,
    password: registry.password,
    cache: 'false',
    ...overrides,
  });
  const result = await runBuildArch(inputs, ports);
  const calls = readFileSync(standInLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StandInCall);
  return {result, calls, log: ports.logged(), out};
}

async function manifestOf(reference: string, url = registry.url): Promise<string> {
  const [repository, tag] = reference.slice(reference.indexOf('/') + 1).split(':');
  const response = await fetch(`${url}/v2/${repository}/manifests/${tag}`, {
    headers: {...basic(registry), accept: 'application/vnd.oci.image.manifest.v1+json'},
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function layerFiles(repository: string, digest: string): Promise<Record<string, string>> {
  const response = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`, {
    headers: basic(registry),
  });
  let bytes = Buffer.from(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const files = parseTar(bytes).entries.filter((e) => e.kind === 'file');
  return Object.fromEntries(files.map((e) => [e.path.replace(/^\.?\//, ''), e.data.toString()]));
}

/** A non-loopback address of this machine: BuildKit talks plain HTTP to loopback on its own. */
function nonLoopbackAddress(): string {
  for (const addresses of Object.values(os.networkInterfaces())) {
    const address = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (address) return address.address;
  }
  throw new Error('this machine has no non-loopback IPv4 address for the insecure-registry test');
}

/** A TCP relay on a non-loopback address to the registry: an insecure registry that is not loopback. */
async function relay(address: string): Promise<{host: string; server: Server}> {
  const [, port] = registry.host.split(':');
  const server = createServer((client) => {
    const upstream = connect(Number(port), '127.0.0.1');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const bound = server.address();
  return {host: `${address}:${typeof bound === 'object' && bound ? bound.port : 0}`, server};
}

beforeAll(async () => {
  registry = await startRegistry('htpasswd');
  const baseRegistry = await startRegistry('open');
  storage = buildahStorageEnv();
  const base = `${baseRegistry.host}/hephy/base:busybox`;
  await pushBusyboxBase(base, storage);
  root = writeTree({
    'app/build-config.yaml': [
      'use_local_context: true',
      'build_args: ["GREETING=hello, from args"]',
      'target: final',
      'platforms: [linux/amd64]',
      '',
    ].join('\n'),
    'app/Dockerfile': [
      `FROM ${base} AS builder`,
      'ARG GREETING',
      'RUN echo "$GREETING" > /greeting.txt',
      'FROM scratch AS final',
      'COPY --from=builder /greeting.txt /greeting.txt',
      'FROM final AS debug',
      'COPY --from=builder /bin/busybox /bin/busybox',
      '',
    ].join('\n'),
  });
}, 300_000);

describe('build-arch with BuildKit (buildctl stand-in) into a registry with Basic auth', () => {
  let first: Awaited<ReturnType<typeof build>>;

  const home = tempDir('hephy-home-');
  let userConfig: string;

  beforeAll(async () => {
    userConfig = JSON.stringify({
      auths: {[registry.host]: {auth: Buffer.from('wrong:wrong').toString('base64')}},
    });
    // The user's own Docker config holds wrong credentials for the registry: buildctl must not see it.
    writeTree({'.docker/config.json': userConfig}, home);
    first = await build({date: '20250101'}, {HOME: home});
  }, 300_000);

  it('runs buildctl-daemonless.sh without BUILDKIT_HOST, with the credentials from the inputs only', () => {
    expect(first.calls.map((c) => c.tool)).toEqual(['buildctl-daemonless.sh', 'buildctl']);
    expect(first.calls[1]?.addr).toBe(first.calls[0]?.addr);
    // DOCKER_CONFIG is the step's own auth file, not the user's ~/.docker.
    expect(first.calls[1]?.dockerConfig).toMatch(/\/app\/auth$/);
    expect(first.log).not.toContain(registry.password);
    expect(readFileSync(path.join(home, '.docker/config.json'), 'utf8')).toBe(userConfig);
  });

  it('pushes the target stage built with the build args, and writes the registry digest to the .tag file', async () => {
    const [build] = first.result.images;
    const [tag, digest] = readFileSync(path.join(first.out, 'app-amd64.tag'), 'utf8').split('\n');
    expect(tag).toBe('app-20250101-amd64');
    expect(digest).toBe(build?.digest);
    const manifest = await manifestOf(`${registry.host}/hephy/images:${tag}`);
    expect(`sha256:${createHash('sha256').update(manifest).digest('hex')}`).toBe(digest);
    const layers = (JSON.parse(manifest) as {layers: {digest: string}[]}).layers;
    expect(layers).toHaveLength(1);
    expect(await layerFiles('hephy/images', layers[0]!.digest)).toEqual({
      'greeting.txt': 'hello, from args\n',
    });
  });

  it('passes the OCI labels', async () => {
    const manifest = JSON.parse(await manifestOf(`${registry.host}/hephy/images:app-20250101-amd64`)) as {
      config: {digest: string};
    };
    const response = await fetch(`${registry.url}/v2/hephy/images/blobs/${manifest.config.digest}`, {
      headers: basic(registry),
    });
    const config = (await response.json()) as {config: {Labels: Record<string, string>}};
    expect(config.config.Labels['org.opencontainers.image.version']).toBe('20250101');
  });

  it('with cache off writes no cache', async () => {
    expect(first.calls[1]?.exports).toEqual([]);
    expect(first.calls[1]?.imports).toEqual([]);
    expect(Object.keys(await registryContents())).toEqual(['hephy/images']);
  });

  it('runs buildctl itself against BUILDKIT_HOST when it is set', async () => {
    const socket = path.join(tempDir('hephy-buildkitd-'), 'buildkitd.sock');
    const daemon = createServer((c) => c.end());
    await new Promise<void>((resolve) => daemon.listen(socket, resolve));
    try {
      const {calls} = await build({date: '20250105'}, {BUILDKIT_HOST: `unix://${socket}`});
      expect(calls.map((c) => [c.tool, c.addr])).toEqual([['buildctl', `unix://${socket}`]]);
    } finally {
      daemon.close();
    }
  }, 300_000);
});

describe('BuildKit registry cache (buildctl stand-in)', () => {
  it('keeps one cache tag per image and arch across dates (naming: repository), and reads it back', async () => {
    const day1 = await build({date: '20250201', naming: 'repository', cache: 'true'});
    const day2 = await build({date: '20250202', naming: 'repository', cache: 'true'});
    const ref = `${registry.host}/hephy/images/app/cache:amd64`;
    expect(day1.calls[1]?.exports?.map((e) => e.ref)).toEqual([ref]);
    expect(day2.calls[1]?.exports?.map((e) => e.ref)).toEqual([ref]);
    expect(day2.calls[1]?.imports).toEqual([{ref, found: true}]);
    expect((await registryContents())['hephy/images/app/cache']).toEqual(['amd64']);
  }, 600_000);

  it('push: false leaves the registry untouched, cache included, and says so', async () => {
    const before = await registryContents();
    const {result, calls, log} = await build({date: '20250301', push: false, cache: 'true'});
    expect(result.images.map((b) => b.status)).toEqual(['built']);
    expect(calls[1]?.exports).toEqual([]);
    expect(log).toContain('app: push is false: the cache in');
    expect(await registryContents()).toEqual(before);
  }, 300_000);

  it('reaches an insecure-registries host that is not loopback over plain HTTP, cache included', async () => {
    const {host, server} = await relay(nonLoopbackAddress());
    try {
      const {result, calls} = await build({
        repository: `${host}/hephy/insecure`,
        insecureRegistries: [host],
        date: '20250401',
        cache: 'true',
      });
      expect(result.images.map((b) => b.status)).toEqual(['pushed']);
      expect(calls[1]?.exports?.map((e) => e.ref)).toEqual([`${host}/hephy/insecure/cache:app-amd64`]);
      expect((await registryContents())['hephy/insecure/cache']).toEqual(['app-amd64']);
    } finally {
      server.close();
    }
  }, 300_000);
});

describe('the buildctl stand-in keeps buildctl’s contract', () => {
  const buildctl = path.join(STAND_INS, 'buildctl');
  const base = [
    'build',
    '--frontend',
    'dockerfile.v0',
    '--local',
    'context=/tmp',
    '--local',
    'dockerfile=/tmp',
  ];

  it.each([
    [['--no-such-flag'], 'unknown flag: --no-such-flag'],
    [['--output', 'type=image,name=r/x:1,push=maybe'], 'strconv.ParseBool'],
    [
      ['--output', 'type=image,name=r/x:1', '--export-cache', 'ref=r/x:c'],
      '--export-cache requires type=<type>',
    ],
    [
      ['--output', 'type=image,name=r/x:1', '--import-cache', 'type=registry,ref=r/x:c,insecure=true'],
      'insecure',
    ],
    [['--output', 'type=image,name=r/x:1', '--opt', 'build-args:A=1'], 'build-args:A'],
  ])('refuses %j', async (extra, message) => {
    const result = await runProcess(buildctl, [...base, ...extra], {env: {PATH: process.env.PATH}});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
