import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {pathProbe, type BuildHost} from '../../../packages/core/src/backends/select.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {buildahStorageEnv, pushBusyboxBase} from '../../helpers/buildah.js';
import {recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {runProcess} from '../../helpers/process.js';
import {repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from '../build-arch/monorepo.js';

/**
 * build-arch with the kaniko backend against test/stand-ins/kaniko-executor, a STAND-IN for
 * kaniko's executor that keeps its contract (flags, credentials, DOCKER_AUTH_CONFIG, the kaniko
 * dir, the deletion of the filesystem between stages) and builds with buildah into a real
 * registry with Basic auth. hephy-builder runs as in its kaniko runner image: KANIKO_DIR is a
 * temp dir holding the executor, and hephy-builder's own files are said to be under it.
 */

let base: TestRegistry;
let storage: Record<string, string>;
let kanikoDir: string;
let mountinfo: string;

/** The image directory: a two-stage build (RUN with a build arg, then FROM scratch), a later unused stage. */
function monorepo(): string {
  return writeTree({
    'kapp/build-config.yaml': [
      'use_local_context: true',
      'platforms: [linux/amd64]',
      'build_args: ["GREETING=hello-kaniko"]',
      'targets: [{name: final, target: final}]',
      '',
    ].join('\n'),
    'kapp/Dockerfile': [
      `FROM ${base.host}/hephy/base:busybox AS build`,
      'ARG GREETING',
      'COPY greeting.txt /src/greeting.txt',
      'RUN echo "$GREETING" > /src/out.txt',
      'FROM scratch AS final',
      'ARG GREETING',
      'LABEL greeting=$GREETING',
      'COPY --from=build /src/out.txt /out.txt',
      'FROM final AS debug',
      'COPY --from=build /src/greeting.txt /greeting.txt',
      '',
    ].join('\n'),
    'kapp/greeting.txt': 'hi\n',
    // One stage: nothing is deleted, so only the credentials decide the push.
    'solo/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'solo/Dockerfile': 'FROM scratch\nCOPY greeting.txt /greeting.txt\n',
    'solo/greeting.txt': 'hi\n',
  });
}

interface Setup {
  registry: TestRegistry;
  root: string;
  outputDir: string;
  log: string;
  env: Record<string, string>;
}

async function setup(dirs = 'kapp'): Promise<Setup> {
  const registry = await startRegistry('htpasswd');
  const outputDir = writeTree({'dirs.txt': `${dirs}\n`}, tempDir('hephy-out-'));
  const log = path.join(tempDir('hephy-standin-log-'), 'log.jsonl');
  return {
    registry,
    root: monorepo(),
    outputDir,
    log,
    env: {
      ...storage,
      RUNNER_TEMP: tempDir(),
      KANIKO_DIR: kanikoDir,
      HEPHY_STANDIN_LOG: log,
      HEPHY_STANDIN_MOUNTINFO: mountinfo,
    },
  };
}

function inputs(s: Setup, overrides: Partial<BuildArchInputs> = {}): BuildArchInputs {
  return buildArchInputs({
    repository: `${s.registry.host}/hephy/images`,
    root: s.root,
    outputDir: s.outputDir,
    backend: 'kaniko',
    username: s.registry.username,
    password: s.registry.password,
    ...overrides,
  });
}

/** hephy-builder inside its kaniko runner image: node and the bundle under the kaniko dir. */
function insideKanikoImage(env: Record<string, string>): BuildHost {
  return {
    probe: pathProbe(env),
    env,
    ownFiles: [
      path.join(kanikoDir, 'hephy-builder/bin/node'),
      path.join(kanikoDir, 'hephy-builder/dist/build-arch/index.js'),
    ],
  };
}

async function build(s: Setup, overrides: Partial<BuildArchInputs> = {}, host = insideKanikoImage(s.env)) {
  const ports = recordingPorts(s.env);
  const result = await runBuildArch(inputs(s, overrides), ports, {host});
  return {result, logged: ports.logged()};
}

interface StandInRun {
  argv: string[];
  stages: number;
  deletedBeforePush: boolean;
  ignorePaths: string[];
  dockerAuthConfig: boolean;
  pushedWith: Record<string, string>;
  cachePushed: boolean;
}

function standInRuns(s: Setup): StandInRun[] {
  if (!existsSync(s.log)) return [];
  return readFileSync(s.log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as StandInRun);
}

async function registryGet(registry: TestRegistry, url: string, accept = ''): Promise<Response> {
  const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
  return fetch(`${registry.url}${url}`, {
    headers: {Authorization: `Basic ${auth}`, ...(accept ? {Accept: accept} : {})},
  });
}

async function catalog(registry: TestRegistry): Promise<string[]> {
  return ((await (await registryGet(registry, '/v2/_catalog')).json()) as {repositories: string[]})
    .repositories;
}

async function tags(registry: TestRegistry, repository: string): Promise<string[]> {
  const response = await registryGet(registry, `/v2/${repository}/tags/list`);
  return response.status === 200 ? (((await response.json()) as {tags: string[] | null}).tags ?? []) : [];
}

const MANIFESTS = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

beforeAll(async () => {
  base = await startRegistry('open');
  storage = buildahStorageEnv();
  await pushBusyboxBase(`${base.host}/hephy/base:busybox`, storage);
  kanikoDir = tempDir('hephy-kaniko-dir-');
  symlinkSync(path.join(repoRoot, 'test/stand-ins/kaniko-executor'), path.join(kanikoDir, 'executor'));
  mkdirSync(path.join(kanikoDir, 'hephy-builder'));
  // The mount points of a kaniko job's container: /tmp and the scratch dirs are not among them.
  mountinfo = path.join(tempDir('hephy-mountinfo-'), 'mountinfo');
  writeFileSync(
    mountinfo,
    [
      '1 0 0:1 / / rw - overlay overlay rw',
      '2 1 0:2 / /proc rw - proc proc rw',
      '3 1 0:3 / /dev rw - tmpfs tmpfs rw',
      '4 1 0:4 / /sys ro - sysfs sysfs ro',
      '',
    ].join('\n'),
  );
}, 300_000);

describe('build-arch with kaniko (through a stand-in of its executor)', () => {
  it('builds a multi-stage Dockerfile, pushes with the inputs credentials, records the digest', async () => {
    const s = await setup();
    const {result} = await build(s, {insecureRegistries: [s.registry.host]});
    const [image] = result.images;
    expect(image?.backend).toBe('kaniko');
    const [tag, digest] = readFileSync(path.join(s.outputDir, 'kapp-final-amd64.tag'), 'utf8').split('\n');
    expect(tag).toBe('kapp-final-20250101-amd64');
    const head = await registryGet(s.registry, `/v2/hephy/images/manifests/${tag}`, MANIFESTS);
    expect(head.status).toBe(200);
    expect(digest).toBe(head.headers.get('docker-content-digest'));
    expect(image?.digest).toBe(digest);
    // The build args and the target reached the image: the final stage's label, no debug stage.
    const manifest = (await head.json()) as {config: {digest: string}; layers: unknown[]};
    const config = (await (
      await registryGet(s.registry, `/v2/hephy/images/blobs/${manifest.config.digest}`)
    ).json()) as {
      config: {Labels: Record<string, string>};
    };
    expect(config.config.Labels.greeting).toBe('hello-kaniko');
    expect(config.config.Labels['org.opencontainers.image.created']).toBeTruthy();
    expect(manifest.layers).toHaveLength(1);
    const [run] = standInRuns(s);
    // Two stages: kaniko cleared the filesystem in between, and the auth file was still there.
    expect(run?.stages).toBe(2);
    expect(run?.deletedBeforePush).toBe(true);
    expect(Object.values(run?.pushedWith ?? {})).toEqual(['credentials']);
    expect(run?.argv).toContain(`--insecure-registry=${s.registry.host}`);
    expect(run?.argv).toContain('--target=final');
    expect(run?.ignorePaths).toEqual(expect.arrayContaining([s.root, s.outputDir]));
    expect(run?.cachePushed).toBe(false);
  }, 300_000);

  it('with cache on, fills the cache repository', async () => {
    const s = await setup();
    await build(s, {cache: 'true'});
    expect(standInRuns(s)[0]?.cachePushed).toBe(true);
    expect(await tags(s.registry, 'hephy/images/cache')).toEqual(['standin-cache']);
    expect(await tags(s.registry, 'hephy/images')).toEqual(['kapp-final-20250101-amd64']);
  }, 300_000);

  it('push: false with cache on leaves the registry untouched', async () => {
    const s = await setup();
    const {result, logged} = await build(s, {push: false, cache: 'true'});
    expect(result.images[0]?.status).toBe('built');
    expect(standInRuns(s)[0]?.argv).toEqual(expect.arrayContaining(['--no-push', '--no-push-cache']));
    expect(logged).toMatch(/--no-push-cache/);
    expect(await catalog(s.registry)).toEqual([]);
    expect(existsSync(path.join(s.outputDir, 'kapp-final-amd64.tag'))).toBe(false);
  }, 300_000);

  it("a DOCKER_AUTH_CONFIG in the job's environment does not shadow the credentials it writes", async () => {
    const wrong = Buffer.from('hephy-user:not-the-password').toString('base64');
    const s = await setup('solo');
    s.env.DOCKER_AUTH_CONFIG = JSON.stringify({auths: {[s.registry.host]: {auth: wrong}}});
    await build(s);
    const [run] = standInRuns(s);
    expect(run?.stages).toBe(1);
    expect(run?.dockerAuthConfig).toBe(false);
    expect(await tags(s.registry, 'hephy/images')).toEqual(['solo-20250101-amd64']);
  }, 300_000);

  it('refuses kaniko where hephy-builder runs outside the kaniko dir, before anything is pushed', async () => {
    const s = await setup();
    const outside: BuildHost = {
      probe: pathProbe(s.env),
      env: s.env,
      ownFiles: [process.execPath, __filename],
    };
    const error = await build(s, {}, outside).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(/backend kaniko cannot run here: hephy-builder runs from .* outside /);
    expect(standInRuns(s)).toEqual([]);
    expect(await catalog(s.registry)).toEqual([]);
  }, 300_000);
});

describe('the kaniko executor stand-in itself', () => {
  const executor = () => path.join(kanikoDir, 'executor');
  const env = () => ({...process.env, ...storage, HEPHY_STANDIN_MOUNTINFO: mountinfo});

  it('fails on a flag kaniko lacks, as pflag does', async () => {
    const result = await runProcess(executor(), ['--no-such-flag', '--no-push'], {env: env()});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown flag: --no-such-flag/);
  });

  it('refuses a KANIKO_DIR other than its own directory, which kaniko would move there', async () => {
    const context = writeTree({Dockerfile: 'FROM scratch\n'});
    const result = await runProcess(executor(), [`--context=dir://${context}`, '--no-push'], {
      env: {...env(), KANIKO_DIR: tempDir()},
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/would move .* moveKanikoDir/);
  });
});
