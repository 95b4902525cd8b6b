import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {readChildPipelineOptions} from '../../../packages/core/src/platform/gitlab-pipeline-inputs.js';

describe('readChildPipelineOptions', () => {
  const now = new Date('2025-10-15T23:59:00Z');
  const env = {
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'push',
    CI_REGISTRY_IMAGE: 'registry.gitlab.com/group/project',
    HEPHY_RUNNER_IMAGE: 'registry.gitlab.com/kingdon-ci/hephy-builder/runner:0.1.0',
    INPUT_ARM64_RUNNER_TAG: 'saas-linux-small-arm64',
  };

  it('defaults to the project registry, today in UTC, the job image and /opt/hephy-builder/dist', async () => {
    const o = await readChildPipelineOptions(
      createGitLabPlatform(env, () => {}),
      now,
    );
    expect(o.inputs).toMatchObject({repository: 'registry.gitlab.com/group/project', date: '20251015'});
    expect(o).toMatchObject({
      image: env.HEPHY_RUNNER_IMAGE,
      distDir: '/opt/hephy-builder/dist',
      push: true,
      maxJobs: 200,
    });
    expect(o.runnerTags).toEqual({amd64: '', arm64: 'saas-linux-small-arm64'});
  });

  it('does not push from merge requests unless push-on-merge-requests is true', async () => {
    const mr = {...env, CI_PIPELINE_SOURCE: 'merge_request_event'};
    expect(
      (
        await readChildPipelineOptions(
          createGitLabPlatform(mr, () => {}),
          now,
        )
      ).push,
    ).toBe(false);
    const asked = {...mr, INPUT_PUSH_ON_MERGE_REQUESTS: 'true'};
    expect(
      (
        await readChildPipelineOptions(
          createGitLabPlatform(asked, () => {}),
          now,
        )
      ).push,
    ).toBe(true);
  });

  it('passes reuse on to the build jobs (false: every image is built, none reused)', async () => {
    const forced = {...env, INPUT_REUSE: 'false'};
    const o = await readChildPipelineOptions(
      createGitLabPlatform(forced, () => {}),
      now,
    );
    expect(o.buildInputs.reuse).toBe('false');
  });

  it('passes build-arg-env on to the build jobs, and refuses the name of a secret in it', async () => {
    const listed = {...env, INPUT_BUILD_ARG_ENV: 'VERSION, GIT_SHA'};
    const o = await readChildPipelineOptions(
      createGitLabPlatform(listed, () => {}),
      now,
    );
    expect(o.buildInputs['build-arg-env']).toBe('VERSION,GIT_SHA');
    const secret = {...env, INPUT_BUILD_ARG_ENV: 'VERSION CI_JOB_TOKEN'};
    const error = await readChildPipelineOptions(
      createGitLabPlatform(secret, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/^input build-arg-env: CI_JOB_TOKEN looks like a secret/);
  });

  it('refuses a password given as a value, without repeating it', async () => {
    const bad = {...env, INPUT_PASSWORD: 'hunter2'};
    const error = await readChildPipelineOptions(
      createGitLabPlatform(bad, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as Error).message)).toMatch(/CI\/CD variable/);
    expect(String((error as Error).message)).not.toMatch(/hunter2/);
  });

  it.each([
    ['INPUT_RUNNER_TAGS', 'armv7'],
    ['INPUT_MAX_CHILD_JOBS', 'lots'],
    ['INPUT_PUSH', 'yes please'],
  ])('rejects %s=%s naming the input', async (name, value) => {
    const error = await readChildPipelineOptions(
      createGitLabPlatform({...env, [name]: value}, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).field).toMatch(/^input /);
  });

  it('reads runner-tags for other archs', async () => {
    const o = await readChildPipelineOptions(
      createGitLabPlatform({...env, INPUT_RUNNER_TAGS: 'armv7=pi, riscv64=board'}, () => {}),
      now,
    );
    expect(o.runnerTags).toMatchObject({armv7: 'pi', riscv64: 'board'});
  });
});
