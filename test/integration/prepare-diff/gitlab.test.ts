import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cloneRepo} from '../../helpers/git.js';
import {runGitLabStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo, readOutputFile, ZERO} from './fixture.js';

/** GitLab's own clone: a `--depth 20` fetch of the pipeline's branch (GIT_DEPTH default). */
async function run(cwd: string, ci: Record<string, string>, inputs: Record<string, string> = {}) {
  const outputDir = tempDir('hephy-gl-');
  const result = await runGitLabStep('prepare-diff', {
    cwd,
    outputDir,
    inputs: {'output-dir': outputDir, ...inputs},
    ci: {CI_DEFAULT_BRANCH: 'main', CI_COMMIT_BRANCH: 'main', CI_COMMIT_REF_NAME: 'main', ...ci},
  });
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return {...result, outputDir};
}

describe('prepare-diff on GitLab', () => {
  it('push: changes since CI_COMMIT_BEFORE_SHA, outputs in hephy.env', async () => {
    const repo = imageMonorepo();
    const before = repo.head();
    const sha = repo.commit('curl', {'curl/Dockerfile': 'FROM alpine:3.21\n'});
    const result = await run(cloneRepo(repo, {depth: 20}).dir, {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BEFORE_SHA: before,
      CI_COMMIT_SHA: sha,
    });
    expect(result.outputs).toMatchObject({
      HEPHY_DIRS_JSON: '["curl","manifest-tool","app"]',
      HEPHY_ARCHS: '["amd64","arm64"]',
      HEPHY_NEED_AMD64: 'true',
      HEPHY_NEED_ARM64: 'true',
      HEPHY_HAS_BUILDS: 'true',
    });
    expect(readFileSync(path.join(result.outputDir, 'dirs.txt'), 'utf8')).toBe('curl\nmanifest-tool\napp\n');
    // The summary is a collapsed section of the job log.
    expect(result.stdout).toMatch(/section_start:\d+:hephy_\d+\[collapsed=true\]\r.\[0Kprepare-diff/);
    expect(result.stdout).toContain(
      '| 1 | `curl` | `curl` | linux/amd64, linux/arm64 | modified curl/Dockerfile |',
    );
  });

  it('merge request: changes since CI_MERGE_REQUEST_DIFF_BASE_SHA', async () => {
    const repo = imageMonorepo();
    const diffBase = repo.head();
    repo.git('checkout', '--quiet', '-b', 'feature');
    const sha = repo.commit('pi', {'pi/Dockerfile': 'FROM busybox\n'});
    repo.git('checkout', '--quiet', 'main');
    repo.commit('main moves on', {'lonely/Dockerfile': 'FROM busybox\n'});
    const clone = cloneRepo(repo, {depth: 1, branch: 'feature'});
    const result = await run(clone.dir, {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_COMMIT_SHA: sha,
      CI_COMMIT_BRANCH: '',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: diffBase,
      CI_COMMIT_BEFORE_SHA: ZERO,
    });
    expect(result.outputs).toMatchObject({
      HEPHY_DIRS: 'pi',
      HEPHY_NEED_ARMV7: 'true',
      HEPHY_NEED_AMD64: 'false',
    });
  });

  it('merge request without a diff base: the merge-base with the target branch', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'feature');
    const sha = repo.commit('pi', {'pi/Dockerfile': 'FROM busybox\n'});
    repo.git('checkout', '--quiet', 'main');
    repo.commit('main moves on', {'lonely/Dockerfile': 'FROM busybox\n'});
    const clone = cloneRepo(repo, {depth: 1, branch: 'feature'});
    const result = await run(clone.dir, {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_COMMIT_SHA: sha,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    });
    expect(result.outputs.HEPHY_DIRS).toBe('pi');
  });

  it('push of a new branch (CI_COMMIT_BEFORE_SHA all zeros): since it left CI_DEFAULT_BRANCH', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'topic');
    const sha = repo.commit('lonely', {'lonely/Dockerfile': 'FROM y\n'});
    const clone = cloneRepo(repo, {depth: 20, branch: 'topic'});
    const result = await run(clone.dir, {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BEFORE_SHA: ZERO,
      CI_COMMIT_SHA: sha,
      CI_COMMIT_BRANCH: 'topic',
      CI_COMMIT_REF_NAME: 'topic',
    });
    expect(result.outputs.HEPHY_DIRS).toBe('lonely');
  });

  it('force push (before not in the history): as a new branch', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'topic');
    const old = repo.commit('old', {'curl/Dockerfile': 'FROM old\n'});
    repo.git('reset', '--quiet', '--hard', 'main');
    const sha = repo.commit('new', {'pi/Dockerfile': 'FROM new\n'});
    repo.git('reflog', 'expire', '--expire=now', '--all');
    repo.git('gc', '--quiet', '--prune=now');
    const clone = cloneRepo(repo, {depth: 20, branch: 'topic'});
    const result = await run(clone.dir, {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BEFORE_SHA: old,
      CI_COMMIT_SHA: sha,
      CI_COMMIT_BRANCH: 'topic',
      CI_COMMIT_REF_NAME: 'topic',
    });
    expect(result.outputs.HEPHY_DIRS).toBe('pi');
  });

  it('schedule: the rebuild list; web: every image', async () => {
    const clone = cloneRepo(imageMonorepo(), {depth: 20});
    const scheduled = await run(clone.dir, {CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BEFORE_SHA: ZERO});
    expect(scheduled.outputs.HEPHY_DIRS_JSON).toBe('["curl","manifest-tool","app"]');
    expect(scheduled.stdout).toMatch(/WARNING: rebuild-weekly\.txt:4: kaniko has no build-config\.yaml/);
    const web = await run(clone.dir, {CI_PIPELINE_SOURCE: 'web', CI_COMMIT_BEFORE_SHA: ZERO});
    expect(JSON.parse(web.outputs.HEPHY_DIRS_JSON as string)).toHaveLength(5);
    expect(readOutputFile(web.outputDir, 'need_armv7.txt')).toBe('true\n');
  });

  it('an unknown mode fails clearly and writes nothing', async () => {
    const outputDir = tempDir('hephy-gl-');
    const result = await runGitLabStep('prepare-diff', {
      cwd: cloneRepo(imageMonorepo()).dir,
      outputDir,
      inputs: {mode: 'sometimes', 'output-dir': outputDir},
      ci: {CI_PIPELINE_SOURCE: 'push'},
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/ERROR: input mode: "sometimes" is not one of auto, changed, all, list/);
    expect(readOutputFile(outputDir, 'hephy.env')).toBeUndefined();
    expect(readOutputFile(outputDir, 'dirs.txt')).toBeUndefined();
  });
});
