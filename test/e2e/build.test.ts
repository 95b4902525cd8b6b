import {copyFileSync, cpSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCli} from '../../packages/cli/src/cli.js';
import {buildahStorageEnv} from '../helpers/buildah.js';
import {runGit, startGitDaemon} from '../helpers/git-daemon.js';
import {startRegistry, type TestRegistry} from '../helpers/registry.js';
import {repoRoot, runGitHubStep, runGitLabStep} from '../helpers/runner.js';
import {describeRepository} from '../helpers/skopeo.js';
import {tempDir} from '../helpers/tmp.js';

/**
 * examples/ built for real: by `hephy-builder build` in one process, and by the bundles one step
 * at a time as CI runs them; both must give the same indexes, tags and platforms.
 */
const DATE = '20250101';
let registry: TestRegistry;
let storage: Record<string, string>;
let examples: string;

/** examples/ as its own git repository, its upstream served by a git daemon of this test. */
async function examplesRepo(): Promise<string> {
  const daemon = await startGitDaemon();
  const upstream = daemon.repo('upstream-app');
  const source = path.join(repoRoot, 'examples', 'upstream-app', 'source');
  const files = Object.fromEntries(
    ['Dockerfile', 'app.txt'].map((f) => [f, readFileSync(path.join(source, f), 'utf8')]),
  );
  upstream.commit(files, 'upstream-app 1.0.0');
  upstream.tag('v1.0.0');
  upstream.commit({'NEXT.md': 'after 1.0.0\n'}, 'after 1.0.0');
  const root = tempDir('hephy-examples-');
  cpSync(path.join(repoRoot, 'examples'), root, {recursive: true});
  copyFileSync('/bin/busybox', path.join(root, 'busybox', 'busybox'));
  const config = path.join(root, 'upstream-app', 'build-config.yaml');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace('git://127.0.0.1:9418/upstream-app.git', upstream.url),
  );
  runGit(root, ['init', '--quiet', '--initial-branch=main']);
  runGit(root, ['add', '--all']);
  runGit(root, ['commit', '--quiet', '-m', 'examples']);
  return root;
}

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  examples = await examplesRepo();
});

async function cli(args: string[], cwd?: string): Promise<{code: number; stdout: string}> {
  let stdout = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await runCli(args, {...process.env, ...storage}, (t) => (stdout += t));
    return {code, stdout};
  } finally {
    process.chdir(before);
  }
}

const EXPECTED: Record<string, string> = {
  'arm-only-20250101': 'index linux/arm64',
  'busybox-20250101': 'index linux/amd64',
  'busybox-latest': 'index linux/amd64',
  'hello-20250101': 'index linux/amd64,linux/arm64',
  'hello-latest': 'index linux/amd64,linux/arm64',
  'greeter-20250101': 'index linux/amd64,linux/arm64',
  'greeter-latest': 'index linux/amd64,linux/arm64',
  'multi-slim-20250101': 'index linux/amd64,linux/arm64',
  'multi-full-20250101': 'index linux/amd64,linux/arm64',
  'multi-full-latest': 'index linux/amd64,linux/arm64',
  'toolbox-20250101': 'index linux/amd64',
  'toolbox-latest': 'index linux/amd64',
  'upstream-app-20250101': 'index linux/amd64,linux/arm64',
  'upstream-app-v1.0.0': 'index linux/amd64,linux/arm64',
};

describe('hephy-builder build against a registry, and the same examples through the CI bundles', () => {
  let local: Record<string, string>;

  it('builds every example for amd64 and arm64 in one process and pushes indexes and tags', async () => {
    const out = tempDir('hephy-work-');
    const run = await cli([
      'build',
      '--root',
      examples,
      '--repository',
      `${registry.host}/local`,
      '--date',
      DATE,
      '--output-dir',
      out,
      '--json',
    ]);
    expect(run.code, run.stdout).toBe(0);
    const result = JSON.parse(run.stdout) as {
      ok: boolean;
      images: {image: string; arch: string; status: string}[];
    };
    expect(result.ok).toBe(true);
    expect(result.images.filter((i) => i.status !== 'pushed')).toEqual([]);
    local = await describeRepository(`${registry.host}/local`);
    const indexes = Object.fromEntries(Object.entries(local).filter(([, what]) => what !== 'image'));
    expect(indexes).toEqual(EXPECTED);
    // The arch images a tag-prefix repository holds beside the indexes.
    expect(local['hello-20250101-arm64']).toBe('image');
    expect(local['toolbox-20250101-arm64']).toBeUndefined();
  });

  it('gives the same indexes, tags and platforms as the bundles run step by step', async () => {
    const out = tempDir('hephy-ci-');
    const common = {repository: `${registry.host}/ci`, date: DATE, 'output-dir': out, backend: 'buildah'};
    const github = (step: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
      runGitHubStep(step, {cwd: examples, inputs, env, eventName: 'workflow_dispatch'});
    const steps = [
      () => github('prepare-diff', {mode: 'all', 'output-dir': out}),
      // On GitHub the archives travel as an artifact, which needs the runner's artifact service;
      // GitLab keeps them in output-dir, which is what this machine can do.
      () => runGitLabStep('clone-upstream', {cwd: examples, inputs: {'output-dir': out}, outputDir: out}),
      () => github('build-arch', {...common, arch: 'amd64'}, storage),
      // Another runner, another store: as CI builds each arch on its own machine.
      () => github('build-arch', {...common, arch: 'arm64'}, buildahStorageEnv()),
      () => github('merge-manifest', common),
      () => github('retag', common),
    ];
    for (const step of steps) {
      const run = await step();
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    }
    // An image's fingerprint holds its dependencies' digests, and each digest the created time of
    // its own build: the two runs name the same fingerprint tags but for the hex of dependents.
    const anyFingerprint = (tags: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(tags).map(([tag, kind]) => [tag.replace(/-fp-[0-9a-f]{16}-/, '-fp-*-'), kind]),
      );
    expect(anyFingerprint(await describeRepository(`${registry.host}/ci`))).toEqual(anyFingerprint(local));
  });
});

describe('hephy-builder build into the default OCI layout', () => {
  it('needs no registry: .hephy/images holds the indexes, and ls shows them', async () => {
    const build = await cli(['build', '--date', DATE, '--jobs', '2'], examples);
    expect(build.code, build.stdout).toBe(0);
    expect(build.stdout).toMatch(/greeter\s+index\s+oci:\.hephy\/images:greeter-20250101\s+sha256:/);
    expect(build.stdout).toMatch(/upstream-app\s+tag\s+oci:\.hephy\/images:upstream-app-v1\.0\.0/);
    const ls = await cli(['ls', 'oci:.hephy/images', '--json'], examples);
    expect(ls.code).toBe(0);
    const tags = JSON.parse(ls.stdout) as {tag: string; kind: string; platforms: string[]}[];
    const indexes = Object.fromEntries(
      tags.filter((t) => t.kind === 'index').map((t) => [t.tag, `index ${t.platforms.join(',')}`]),
    );
    expect(indexes).toEqual(EXPECTED);
  });

  it('builds again on the images already there, and a failed build says what to do', async () => {
    writeFileSync(path.join(examples, 'greeter', 'greeting.txt'), 'changed\n');
    writeFileSync(path.join(examples, 'toolbox', 'Dockerfile'), 'FROM scratch\nRUN ["/bin/false"]\n');
    runGit(examples, ['commit', '--quiet', '-am', 'greeter and a broken toolbox']);
    const run = await cli(['build', '--base', 'HEAD~1', '--date', '20250102', '--json'], examples);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      images: {image: string; arch: string; status: string; error?: string; log?: string}[];
    };
    expect(
      result.images.map((i) => `${i.image}/${i.arch}:${i.status}`),
      run.stdout,
    ).toEqual(['greeter/amd64:pushed', 'greeter/arm64:pushed', 'toolbox/amd64:failed']);
    const failed = result.images.find((i) => i.status === 'failed');
    expect(failed?.log).toBe(path.join('.hephy', 'work', 'logs', 'toolbox-amd64.log'));
    expect(readFileSync(path.join(examples, failed?.log ?? ''), 'utf8')).toContain('$ buildah');
  });
});
