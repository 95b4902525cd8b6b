/**
 * The kaniko runner image's Node must start with nothing outside /kaniko: kaniko deletes the rest
 * of the file system between the stages of a multi-stage build. The Containerfile's relocation
 * step (stage `kaniko-node`) is run here on the Node the tests use (the same official build as
 * the node image's), under a temp prefix instead of /, and its result started by buildah in a
 * FROM scratch container that holds only that directory.
 */
import {cpSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {KANIKO_RUNNER_HOME} from '../../../packages/core/src/platform/gitlab-runner-images.js';
import {buildahStorageEnv, runBuildah} from '../../helpers/buildah.js';
import {runProcess} from '../../helpers/process.js';
import {node24, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {inStage, stage} from './containerfile-stages.js';

const relocation = inStage(stage('kaniko-node'), 'RUN').find((run) => run.includes('--set-interpreter'));

/** A FROM scratch container holding `dir` (at the same path) and nothing else; runs `argv` in it. */
async function inScratch(dir: string, argv: string[]) {
  const env = buildahStorageEnv();
  const container = await runBuildah(['from', 'scratch'], env);
  await runBuildah(['copy', container, dir, dir], env);
  return runProcess('buildah', ['run', container, '--', ...argv], {env: {...process.env, ...env}});
}

describe("the kaniko runner image's node", () => {
  const prefix = tempDir('hephy-kaniko-root-');
  const home = path.join(prefix, KANIKO_RUNNER_HOME);
  let relocated: Awaited<ReturnType<typeof runProcess>>;

  beforeAll(async () => {
    expect(relocation, 'the kaniko-node stage runs patchelf').toBeDefined();
    const script = (relocation as string)
      .replace(`home=${KANIKO_RUNNER_HOME};`, `home=${home};`)
      .replace('cp /usr/local/bin/node', `cp ${node24}`);
    expect(script).toContain(`home=${home};`);
    relocated = await runProcess('sh', ['-c', script]);
    cpSync(path.join(repoRoot, 'dist', 'build-arch'), path.join(home, 'dist', 'build-arch'), {
      recursive: true,
    });
  }, 120_000);

  it('starts, and runs the build-arch bundle, in a container that has nothing but its directory', async () => {
    expect(relocated.status, relocated.stderr).toBe(0);
    const version = await inScratch(prefix, [path.join(home, 'bin', 'node'), '-p', 'process.version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toMatch(/^v24\./);
    // Host names resolve without glibc's NSS modules in /lib (a registry is reached by name).
    const lookup = await inScratch(prefix, [
      path.join(home, 'bin', 'node'),
      '-e',
      "require('node:dns').lookup('localhost', {family: 4}, (e, a) => console.log(e ? e.code : a))",
    ]);
    expect(lookup.stdout.trim()).toBe('127.0.0.1');
    const step = await inScratch(prefix, [
      path.join(home, 'bin', 'node'),
      path.join(home, 'dist', 'build-arch', 'index.js'),
    ]);
    // It got as far as reading its inputs: every module and library was there.
    expect(step.stdout + step.stderr).toMatch(/input repository: is required/);
  }, 120_000);

  it('is needed: the node binary as shipped does not start there (its loader is in /lib64)', async () => {
    const plain = path.join(tempDir('hephy-kaniko-plain-'), 'kaniko');
    mkdirSync(plain, {recursive: true});
    cpSync(node24, path.join(plain, 'node'));
    const run = await inScratch(plain, [path.join(plain, 'node'), '--version']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).not.toMatch(/^v24\./);
  }, 120_000);
});
