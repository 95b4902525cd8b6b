import {existsSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {startGitDaemon, type UpstreamRepo} from '../../helpers/git-daemon.js';
import {createRepo, type TestRepo} from '../../helpers/git.js';
import {runLocalAction} from '../../helpers/local-action.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';

/**
 * Every step driven by GitHub's `@github/local-action` (the tool its docs give for debugging an
 * action on a workstation), one after the other as a pipeline runs them: prepare-diff on a small
 * monorepo, clone-upstream from a git daemon, build-arch with buildah into a real registry,
 * merge-manifest and retag there. local-action sees an output only when the step sets it through
 * @actions/core, and starts a step only through the `run()` its `src/main.ts` exports.
 */
let registry: TestRegistry;
let upstream: UpstreamRepo;
let upstreamCommit: string;
let repo: TestRepo;
let storage: Record<string, string>;
const out = tempDir('hephy-local-action-out-');

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  const daemon = await startGitDaemon();
  upstream = daemon.repo('app');
  upstreamCommit = upstream.commit({Dockerfile: 'FROM scratch\nCOPY VERSION /VERSION\n', VERSION: '1\n'});
  upstream.tag('v1');
  repo = createRepo({
    'static/build-config.yaml':
      'use_local_context: true\nplatforms: [linux/amd64]\nadditional_tags: [latest]\n',
    'static/Dockerfile': 'FROM scratch\nCOPY hello.txt /hello.txt\n',
    'static/hello.txt': 'hello\n',
    'app/build-config.yaml': `upstream_repo: ${upstream.url}\nupstream_ref: v1\nplatforms: [linux/amd64]\n`,
  });
});

/** A step through local-action, as a workflow_dispatch run in the repository's checkout. */
async function step(name: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const run = await runLocalAction(name, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKSPACE: repo.dir,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  expect(run.exitCode, run.log).toBe(0);
  return run;
}

const common = () => ({
  root: repo.dir,
  'output-dir': out,
  repository: `${registry.host}/mono`,
  date: '20250404',
  dirs: 'static app',
});

describe('each step run by @github/local-action reports its outputs', () => {
  const indexes: Record<string, string> = {};

  it('prepare-diff: the plan', async () => {
    const run = await step('prepare-diff', {mode: 'all', root: repo.dir, 'output-dir': out});
    const {levels, ...outputs} = run.outputs;
    // The fanned-out workflow's job graph: both built on nothing, so each its own job in level 1.
    const fanOut = JSON.parse(levels ?? '') as {matrices: {include: {dirs: string; arch: string}[]}[][]};
    expect(
      fanOut.matrices.map((level) => level.flatMap((m) => m.include.map((e) => `${e.dirs}/${e.arch}`))),
    ).toEqual([['app/amd64', 'static/amd64']]);
    expect(outputs).toEqual({
      dirs: 'app static',
      'dirs-json': '["app","static"]',
      matrix: JSON.stringify({
        include: [
          {dir: 'app', image: 'app', arch: 'amd64', platform: 'linux/amd64'},
          {dir: 'static', image: 'static', arch: 'amd64', platform: 'linux/amd64'},
        ],
      }),
      archs: '["amd64"]',
      'need-amd64': 'true',
      'need-arm64': 'false',
      'has-builds': 'true',
    });
  });

  it('clone-upstream: the sources it packed', async () => {
    // local-action reads a blank input as unset and gives the action.yml default (the runner
    // keeps it blank), so the archives go to the workflow artifact: local-action's own, on disk.
    const run = await step('clone-upstream', common(), {
      ACTIONS_RUNTIME_TOKEN: 'local-action',
      LOCAL_ACTION_ARTIFACT_PATH: tempDir('hephy-local-action-artifacts-'),
      LOCAL_ACTION_WORKSPACE: repo.dir,
    });
    expect(JSON.parse(run.outputs.sources ?? '')).toEqual([
      {
        dir: 'app',
        repository: upstream.url,
        ref: 'v1',
        commit: upstreamCommit,
        archive: path.join(out, 'app-source.tar.gz'),
      },
    ]);
    expect(existsSync(path.join(out, 'app-source.tar.gz'))).toBe(true);
    expect(run.log).toContain('uploaded artifact hephy-sources (1 files');
  });

  it('build-arch: the images it pushed', async () => {
    const built = await step(
      'build-arch',
      {...common(), arch: 'amd64', backend: 'buildah', 'artifact-name': ''},
      storage,
    );
    expect(JSON.parse(built.outputs.images ?? '')).toEqual(
      ['static', 'app'].map((image) => ({
        image,
        arch: 'amd64',
        reference: `${registry.host}/mono:${image}-20250404-amd64`,
        digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      })),
    );
  });

  it('merge-manifest: the indexes', async () => {
    const run = await step('merge-manifest', common());
    const manifests = JSON.parse(run.outputs.manifests ?? '') as {image: string; digest: string}[];
    expect(manifests).toEqual(
      ['static', 'app'].map((image) => ({
        image,
        reference: `${registry.host}/mono:${image}-20250404`,
        digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        platforms: ['linux/amd64'],
      })),
    );
    for (const {image, digest} of manifests) indexes[image] = digest;
  });

  it('retag: the tags it added, each on its index', async () => {
    const run = await step('retag', {...common(), tags: 'stable'});
    const tag = (image: string, name: string) => ({
      image,
      tag: `${image}-${name}`,
      reference: `${registry.host}/mono:${image}-${name}`,
      digest: indexes[image],
      status: 'created',
    });
    expect(JSON.parse(run.outputs.tags ?? '')).toEqual([
      tag('static', 'latest'),
      tag('static', 'stable'),
      tag('app', 'stable'),
    ]);
  });
});
