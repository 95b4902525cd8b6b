import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {nodeArchLabel} from '../../../packages/core/src/platform/platform.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {runComposite} from '../../helpers/composite.js';
import {runGit, startGitDaemon} from '../../helpers/git-daemon.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {repoRoot} from '../../helpers/runner.js';
import {describeRepository} from '../../helpers/skopeo.js';
import {tempDir} from '../../helpers/tmp.js';

/**
 * The root action.yml (the whole pipeline in one job) run as the GitHub runner runs a composite
 * action: its steps get no ACTIONS_RUNTIME_TOKEN, so the artifact service is out of reach, and
 * the upstream archives clone-upstream writes must reach build-arch through output-dir alone.
 */
const DATE = '20250101';
/** The runner's own arch, the one `archs: native` builds. */
const ARCH = nodeArchLabel();
let registry: TestRegistry;

/** A monorepo with a local image and one built from an upstream repository its git daemon serves. */
async function monorepo(): Promise<string> {
  const daemon = await startGitDaemon();
  const upstream = daemon.repo('upstream-app');
  upstream.commit({Dockerfile: 'FROM scratch\nCOPY app.txt /srv/app.txt\n', 'app.txt': 'app 1.0.0\n'});
  upstream.tag('v1.0.0');
  upstream.commit({'app.txt': 'after 1.0.0\n'}, 'after 1.0.0');
  const root = tempDir('hephy-one-job-');
  const files: Record<string, string> = {
    'hello/build-config.yaml': [
      'use_local_context: true',
      'platforms: [linux/amd64, linux/arm64]',
      'additional_tags: [latest]',
      '',
    ].join('\n'),
    'hello/Dockerfile': 'FROM scratch\nCOPY hello.txt /etc/hello.txt\n',
    'hello/hello.txt': 'hello\n',
    'upstream-app/build-config.yaml': [
      `upstream_repo: ${upstream.url}`,
      'upstream_ref: v1.0.0',
      'platforms: [linux/amd64, linux/arm64]',
      'additional_tags: [v1.0.0]',
      '',
    ].join('\n'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), text);
  }
  runGit(root, ['init', '--quiet', '--initial-branch=main']);
  runGit(root, ['add', '--all']);
  runGit(root, ['commit', '--quiet', '-m', 'two images']);
  return root;
}

beforeAll(async () => {
  registry = await startRegistry('open');
});

describe('the one-job action (action.yml) as the runner runs a composite action', () => {
  it('builds a local and an upstream image, merges and tags them, and moves no artifact', async () => {
    const workspace = await monorepo();
    const run = await runComposite({
      actionDir: repoRoot,
      workspace,
      inputs: {repository: `${registry.host}/one-job`, mode: 'all', date: DATE, backend: 'buildah'},
      env: buildahStorageEnv(),
      eventName: 'workflow_dispatch',
    });
    expect(
      run.steps.map((s) => `${s.id}:${s.outcome}`),
      run.log,
    ).toEqual(['prepare:success', 'clone:success', 'build:success', 'merge:success', 'retag:success']);
    expect(run.ok).toBe(true);
    expect(run.outputs['has-builds']).toBe('true');
    expect(run.outputs.dirs?.split(' ').sort()).toEqual(['hello', 'upstream-app']);
    // Without ACTIONS_RUNTIME_TOKEN any call into the artifact service fails the step; none is made.
    expect(run.log).not.toMatch(/artifact/i);
    const indexes = Object.fromEntries(
      Object.entries(await describeRepository(`${registry.host}/one-job`)).filter(
        ([, what]) => what !== 'image',
      ),
    );
    expect(indexes).toEqual({
      [`hello-${DATE}`]: `index linux/${ARCH}`,
      'hello-latest': `index linux/${ARCH}`,
      [`upstream-app-${DATE}`]: `index linux/${ARCH}`,
      'upstream-app-v1.0.0': `index linux/${ARCH}`,
    });
    const tags = JSON.parse(run.outputs.tags ?? '[]') as unknown[];
    expect(tags.length).toBeGreaterThan(0);
  });
});
