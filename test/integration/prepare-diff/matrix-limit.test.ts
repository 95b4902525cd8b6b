import {describe, expect, it} from 'vitest';
import {createRepo, type FileChanges} from '../../helpers/git.js';
import {runGitHubStep, runGitLabStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';

/** `count` images for amd64 and arm64: a matrix of 2 x count jobs. */
function manyImages(count: number) {
  const files: FileChanges = {};
  for (let i = 0; i < count; i++) {
    files[`img-${i}/build-config.yaml`] = 'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n';
    files[`img-${i}/Dockerfile`] = 'FROM scratch\n';
  }
  return createRepo(files);
}

const LIMIT_WARNING = /more than the 256 jobs a GitHub matrix allows/;

describe('prepare-diff: advice about the GitHub matrix limit', () => {
  const over = manyImages(129);

  it('on GitHub, a matrix of 258 jobs is warned about in the log and the summary', async () => {
    const result = await runGitHubStep('prepare-diff', {
      cwd: over.dir,
      eventName: 'workflow_dispatch',
      inputs: {'output-dir': tempDir('hephy-out-')},
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^::warning::the matrix output has 258 entries, more than the 256 jobs/m);
    expect(result.summary).toMatch(LIMIT_WARNING);
  });

  it('on GitHub, a matrix within the limit has no such warning', async () => {
    const result = await runGitHubStep('prepare-diff', {
      cwd: manyImages(128).dir,
      eventName: 'workflow_dispatch',
      inputs: {'output-dir': tempDir('hephy-out-')},
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.outputs.matrix as string).include).toHaveLength(256);
    expect(`${result.stdout}${result.summary}`).not.toMatch(LIMIT_WARNING);
  });

  it('on GitLab, the same plan says nothing about GitHub', async () => {
    const outputDir = tempDir('hephy-gl-');
    const result = await runGitLabStep('prepare-diff', {
      cwd: over.dir,
      outputDir,
      inputs: {'output-dir': outputDir},
      ci: {CI_PIPELINE_SOURCE: 'web', CI_DEFAULT_BRANCH: 'main', CI_COMMIT_BRANCH: 'main'},
    });
    expect(result.exitCode, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('**129 images to build**');
    // 256 as a number of its own: a section marker's timestamp (section_start:1796225687) may hold the digits.
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/GitHub|\b256\b/);
  });
});
