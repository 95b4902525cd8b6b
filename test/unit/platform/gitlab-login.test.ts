import {describe, expect, it} from 'vitest';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {createGitHubPlatform} from '../../../packages/core/src/platform/github.js';

describe("the CI job's registry login", () => {
  it('is CI_REGISTRY_USER/CI_REGISTRY_PASSWORD for CI_REGISTRY on GitLab, with the password masked', () => {
    let printed = '';
    const platform = createGitLabPlatform(
      {
        CI_REGISTRY: 'registry.gitlab.com',
        CI_REGISTRY_USER: 'gitlab-ci-token',
        CI_REGISTRY_PASSWORD: 'glcbt-s3cret',
      },
      (text) => (printed += text),
    );
    expect(platform.registryLogin()).toEqual({
      host: 'registry.gitlab.com',
      username: 'gitlab-ci-token',
      password: 'glcbt-s3cret',
    });
    platform.log.info('logging in with glcbt-s3cret');
    expect(printed).toBe('logging in with ***\n');
  });

  it('is absent on GitLab without the variables, and on GitHub', () => {
    expect(
      createGitLabPlatform({CI_REGISTRY: 'registry.gitlab.com'}, () => {}).registryLogin(),
    ).toBeUndefined();
    expect(createGitHubPlatform({}).registryLogin()).toBeUndefined();
  });
});
