import {readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cloneRepo} from '../../helpers/git.js';
import {runGitHubStep, runGitLabStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo, pushPayload} from './fixture.js';

const SECRET = 'c2VjcmV0LXRva2VuLWk5OQ';

/**
 * A pull request's commit makes curl/build-config.yaml a symlink to the checkout's .git/config,
 * which holds the token actions/checkout persists as an `extraheader` line.
 */
function hostileCheckout() {
  const origin = imageMonorepo();
  const base = origin.head();
  rmSync(path.join(origin.dir, 'curl', 'build-config.yaml'));
  symlinkSync('../.git/config', path.join(origin.dir, 'curl', 'build-config.yaml'));
  const head = origin.commit('curl: config from .git/config');
  const clone = cloneRepo(origin);
  clone.git('config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${SECRET}`);
  expect(readFileSync(path.join(clone.dir, 'curl', 'build-config.yaml'), 'utf8')).toContain(SECRET);
  return {clone, base, head};
}

/** Everything the step left behind: its output files, outputs, summary, stdout and stderr. */
function everything(
  run: {stdout: string; stderr: string; summary: string; outputs: object},
  outputDir: string,
) {
  const files = readdirSync(outputDir).map((name) => readFileSync(path.join(outputDir, name), 'utf8'));
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files].join('\n');
}

describe('prepare-diff on a checkout whose config is a symlink to .git/config', () => {
  it('GitHub: fails naming the file, and the token appears nowhere', async () => {
    const {clone, base, head} = hostileCheckout();
    const outputDir = tempDir('hephy-out-');
    const run = await runGitHubStep('prepare-diff', {
      cwd: clone.dir,
      eventName: 'push',
      event: pushPayload(base, head),
      inputs: {'output-dir': outputDir},
      env: {GITHUB_REF_NAME: 'main'},
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error file=curl/build-config.yaml::curl/build-config.yaml: the file leads into the repository's .git directory through a symbolic link: .git is never read",
    );
    expect(everything(run, outputDir)).not.toContain(SECRET);
    expect(everything(run, outputDir)).not.toContain('extraheader');
  });

  it('GitLab: the same, in the job log', async () => {
    const {clone, base, head} = hostileCheckout();
    const outputDir = tempDir('hephy-out-');
    const run = await runGitLabStep('prepare-diff', {
      cwd: clone.dir,
      outputDir,
      inputs: {'output-dir': outputDir},
      ci: {
        CI_PIPELINE_SOURCE: 'push',
        CI_COMMIT_BEFORE_SHA: base,
        CI_COMMIT_SHA: head,
        CI_COMMIT_BRANCH: 'main',
        CI_COMMIT_REF_NAME: 'main',
        CI_DEFAULT_BRANCH: 'main',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(
      /curl\/build-config\.yaml: the file leads into the repository's \.git directory/,
    );
    expect(everything(run, outputDir)).not.toContain(SECRET);
  });

  it('a schedule: a rebuild list symlinked to .git/config is refused the same way', async () => {
    const origin = imageMonorepo();
    rmSync(path.join(origin.dir, 'rebuild-weekly.txt'));
    symlinkSync('.git/config', path.join(origin.dir, 'rebuild-weekly.txt'));
    origin.commit('rebuild list from .git/config');
    const clone = cloneRepo(origin);
    clone.git('config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${SECRET}`);
    const outputDir = tempDir('hephy-out-');
    const run = await runGitHubStep('prepare-diff', {
      cwd: clone.dir,
      eventName: 'schedule',
      event: {},
      inputs: {'output-dir': outputDir},
      env: {GITHUB_REF_NAME: 'main'},
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::input rebuild-list: the rebuild list rebuild-weekly.txt: the file leads into the repository's .git directory",
    );
    expect(everything(run, outputDir)).not.toContain(SECRET);
  });
});
