import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitHubPlatform} from '../../../packages/core/src/platform/github.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {detectPlatform} from '../../../packages/core/src/platform/index.js';
import {createLocalPlatform} from '../../../packages/core/src/platform/local.js';
import type {Plan} from '../../../packages/core/src/plan/types.js';
import type {Ports} from '../../../packages/core/src/ports.js';

/** What gitlab-ci-local gives every job: GITLAB_CI=false, and the rest of GitLab's variables. */
const gitlabCiLocal = {GITLAB_CI: 'false', CI: 'true', CI_PROJECT_URL: 'https://gitlab.example.com/g/p'};

describe('detectPlatform', () => {
  it('honours HEPHY_PLATFORM first: a component job under gitlab-ci-local is a GitLab job', () => {
    expect(detectPlatform(gitlabCiLocal)).toBe('local');
    expect(detectPlatform({...gitlabCiLocal, HEPHY_PLATFORM: 'gitlab'})).toBe('gitlab');
    expect(detectPlatform({GITHUB_ACTIONS: 'true', HEPHY_PLATFORM: 'local'})).toBe('local');
  });

  it('falls back to the runners own markers', () => {
    expect(detectPlatform({GITHUB_ACTIONS: 'true'})).toBe('github');
    expect(detectPlatform({GITLAB_CI: 'true'})).toBe('gitlab');
    expect(detectPlatform({})).toBe('local');
    expect(detectPlatform({HEPHY_PLATFORM: ''})).toBe('local');
  });

  it('refuses a HEPHY_PLATFORM it does not know, naming the variable', () => {
    const error = (() => {
      try {
        return detectPlatform({HEPHY_PLATFORM: 'gitlab-ci'});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(
      /variable HEPHY_PLATFORM: "gitlab-ci" names no platform.*github, gitlab, local/,
    );
  });
});

describe('publishPlan with a child-pipeline input', () => {
  const plan: Plan = {version: 1, mode: 'all', images: [], archs: []};
  const ports = {} as Ports;
  const asked = {INPUT_CHILD_PIPELINE: './hephy-child-pipeline.yml'};

  it('fails where no child pipeline can run, saying why and what to set', async () => {
    const local = createLocalPlatform({...gitlabCiLocal, ...asked}, () => {});
    await expect(local.publishPlan(plan, ports)).rejects.toThrow(
      /child-pipeline input asks for a GitLab child pipeline \("\.\/hephy-child-pipeline\.yml"\), but this job does not run as a GitLab job \(HEPHY_PLATFORM is not set and GITLAB_CI is "false".*set HEPHY_PLATFORM: gitlab on the job/,
    );
    const forced = createLocalPlatform({HEPHY_PLATFORM: 'local', ...asked}, () => {});
    await expect(forced.publishPlan(plan, ports)).rejects.toThrow(/HEPHY_PLATFORM is "local"/);
    const github = createGitHubPlatform({GITHUB_ACTIONS: 'true', ...asked});
    await expect(github.publishPlan(plan, ports)).rejects.toThrow(/GitHub Actions runs no child pipelines/);
  });

  it('does nothing without the input, on every platform', async () => {
    await expect(
      createLocalPlatform(gitlabCiLocal, () => {}).publishPlan(plan, ports),
    ).resolves.toBeUndefined();
    await expect(createGitHubPlatform({}).publishPlan(plan, ports)).resolves.toBeUndefined();
    await expect(createGitLabPlatform({}, () => {}).publishPlan(plan, ports)).resolves.toBeUndefined();
  });
});

describe('credentialInput', () => {
  const env = {REG_PASSWORD: 's3cret', INPUT_PASSWORD: '$REG_PASSWORD'};

  it("on GitLab reads a credential named as a CI/CD variable (pipeline.yml's unexpanded $NAME)", () => {
    const gitlab = createGitLabPlatform(env, () => {});
    expect(gitlab.credentialInput('$REG_PASSWORD')).toBe('s3cret');
    expect(gitlab.credentialInput('${REG_PASSWORD}')).toBe('s3cret');
    expect(gitlab.credentialInput('$UNSET_VARIABLE')).toBe('');
    expect(gitlab.credentialInput('plain-value')).toBe('plain-value');
  });

  it('elsewhere takes the input as the value, even when it looks like a variable', () => {
    expect(createGitHubPlatform(env).credentialInput('$REG_PASSWORD')).toBe('$REG_PASSWORD');
    expect(createLocalPlatform(env, () => {}).credentialInput('$REG_PASSWORD')).toBe('$REG_PASSWORD');
  });
});
