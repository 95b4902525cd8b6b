import {describe, expect, it} from 'vitest';
import {readBuildArchInputs} from '../../../../packages/core/src/steps/build-arch/inputs.js';
import {readCloneUpstreamInputs} from '../../../../packages/core/src/steps/clone-upstream/inputs.js';
import {githubRunner} from '../../../helpers/github-runner.js';

const github = (env: Record<string, string>) => githubRunner({GITHUB_ACTIONS: 'true', ...env});

describe('artifact-name of clone-upstream and build-arch', () => {
  it('is hephy-sources when the input is not set at all', () => {
    expect(readCloneUpstreamInputs(github({})).artifactName).toBe('hephy-sources');
    expect(readBuildArchInputs(github({INPUT_REPOSITORY: 'r.example/x'})).artifactName).toBe('hephy-sources');
  });

  it('stays empty when given empty (the one-job action turns the artifact service off)', () => {
    expect(readCloneUpstreamInputs(github({INPUT_ARTIFACT_NAME: ''})).artifactName).toBe('');
    expect(
      readBuildArchInputs(github({INPUT_REPOSITORY: 'r.example/x', INPUT_ARTIFACT_NAME: '  '})).artifactName,
    ).toBe('');
  });

  it('is the name given', () => {
    expect(readCloneUpstreamInputs(github({'INPUT_ARTIFACT-NAME': 'mine'})).artifactName).toBe('mine');
  });
});
