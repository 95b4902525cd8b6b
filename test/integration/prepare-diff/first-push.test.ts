import {describe, expect, it} from 'vitest';
import {cloneRepo, type TestRepo} from '../../helpers/git.js';
import {runGitHubStep, runGitLabStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo, pushPayload, readOutputFile, ZERO} from './fixture.js';

const EVERY_IMAGE = 'curl\nmanifest-tool\napp\nlonely\npi\n';

/** The push of `branch` as GitHub sends it when the branch is new (`before` all zeros). */
async function githubNewBranch(dir: string, tip: string, branch: string) {
  const outputDir = tempDir('hephy-out-');
  const result = await runGitHubStep('prepare-diff', {
    cwd: dir,
    eventName: 'push',
    event: pushPayload(ZERO, tip, {ref: `refs/heads/${branch}`, created: true}),
    inputs: {'output-dir': outputDir},
    env: {
      GITHUB_REF: `refs/heads/${branch}`,
      GITHUB_REF_NAME: branch,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SHA: tip,
    },
  });
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return {dirs: readOutputFile(outputDir, 'dirs.txt'), why: result.summary};
}

/** The same on GitLab: `CI_COMMIT_BEFORE_SHA` all zeros on a branch's first pipeline. */
async function gitlabNewBranch(dir: string, tip: string, branch: string) {
  const outputDir = tempDir('hephy-gl-');
  const result = await runGitLabStep('prepare-diff', {
    cwd: dir,
    outputDir,
    inputs: {'output-dir': outputDir},
    ci: {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BEFORE_SHA: ZERO,
      CI_COMMIT_SHA: tip,
      CI_DEFAULT_BRANCH: 'main',
      CI_COMMIT_BRANCH: branch,
      CI_COMMIT_REF_NAME: branch,
    },
  });
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return {dirs: readOutputFile(outputDir, 'dirs.txt'), why: result.stdout};
}

/** Where the step runs: the CI's own checkout of the pushed branch, or the repository itself (no remote). */
const CHECKOUTS: [string, (repo: TestRepo, branch: string) => TestRepo][] = [
  ['a clone', (repo, branch) => cloneRepo(repo, {depth: 20, branch})],
  ['the repository without a remote', (repo, branch) => (repo.git('checkout', '--quiet', branch), repo)],
];

describe('prepare-diff: the first push of a repository', () => {
  for (const [where, checkout] of CHECKOUTS) {
    it(`on the default branch builds every image (GitHub and GitLab, ${where})`, async () => {
      const repo = imageMonorepo();
      const dir = checkout(repo, 'main').dir;
      const github = await githubNewBranch(dir, repo.head(), 'main');
      expect(github.dirs).toBe(EVERY_IMAGE);
      expect(github.why).toMatch(/on the default branch main: every image/);
      const gitlab = await gitlabNewBranch(dir, repo.head(), 'main');
      expect(gitlab.dirs).toBe(EVERY_IMAGE);
      expect(gitlab.why).toMatch(/on the default branch main: every image/);
    });

    it(`a new branch still at the default branch's tip changes nothing (${where})`, async () => {
      const repo = imageMonorepo();
      repo.git('branch', 'feature');
      const dir = checkout(repo, 'feature').dir;
      const github = await githubNewBranch(dir, repo.head(), 'feature');
      expect(github.dirs).toBe('');
      expect(github.why).toMatch(/new branch: changes since it left main/);
      const gitlab = await gitlabNewBranch(dir, repo.head(), 'feature');
      expect(gitlab.dirs).toBe('');
    });
  }
});
