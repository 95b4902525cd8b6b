import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  createGitHubPlatform,
  githubRunnerArch,
  readGitHubEvent,
} from '../../../packages/core/src/platform/github.js';
import {createGitLabPlatform, readGitLabEvent} from '../../../packages/core/src/platform/gitlab.js';
import {createLocalPlatform} from '../../../packages/core/src/platform/local.js';
import {nodeArchLabel} from '../../../packages/core/src/platform/platform.js';
import {tempDir} from '../../helpers/tmp.js';

const dir = tempDir();

async function payload(name: string, body: object): Promise<string> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(body));
  return file;
}

describe('readGitHubEvent', () => {
  const repo = {GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'sha1'};

  it('reads a branch push: branch name, default branch, repository address', async () => {
    const event = await readGitHubEvent({
      ...repo,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: await payload('push', {after: 'sha1', repository: {default_branch: 'main'}}),
      GITHUB_REF: 'refs/heads/feature/x',
      GITHUB_REF_NAME: 'feature/x',
      GITHUB_REF_TYPE: 'branch',
    });
    expect(event).toMatchObject({
      kind: 'push',
      refName: 'feature/x',
      refType: 'branch',
      defaultBranch: 'main',
      headSha: 'sha1',
      sourceUrl: 'https://github.com/o/r',
    });
  });

  it('reads a tag push as a tag, from GITHUB_REF_TYPE or from GITHUB_REF alone', async () => {
    const env = {...repo, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'v1.2.3'};
    expect(await readGitHubEvent({...env, GITHUB_REF_TYPE: 'tag'})).toMatchObject({
      refName: 'v1.2.3',
      refType: 'tag',
    });
    expect(await readGitHubEvent({...env, GITHUB_REF: 'refs/tags/v1.2.3'})).toMatchObject({refType: 'tag'});
  });

  it('reads a pull request as its head branch and head commit', async () => {
    const event = await readGitHubEvent({
      ...repo,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: await payload('pr', {
        pull_request: {head: {sha: 'head1'}, base: {sha: 'base1', ref: 'main'}},
        repository: {default_branch: 'main'},
      }),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'fix',
    });
    expect(event).toMatchObject({kind: 'pull_request', refName: 'fix', refType: 'branch', headSha: 'head1'});
  });

  it('defaults the server to github.com and leaves unknown facts out', async () => {
    expect((await readGitHubEvent({GITHUB_REPOSITORY: 'o/r'})).sourceUrl).toBe('https://github.com/o/r');
    const bare = await readGitHubEvent({});
    expect(bare.sourceUrl).toBeUndefined();
    expect(bare.refType).toBeUndefined();
  });
});

describe('readGitLabEvent', () => {
  const project = {
    CI_PROJECT_URL: 'https://gitlab.example.com/g/p',
    CI_COMMIT_SHA: 'sha1',
    CI_DEFAULT_BRANCH: 'main',
  };

  it('reads a branch pipeline', () => {
    expect(
      readGitLabEvent({
        ...project,
        CI_PIPELINE_SOURCE: 'push',
        CI_COMMIT_BRANCH: 'feature/x',
        CI_COMMIT_REF_NAME: 'feature/x',
      }),
    ).toMatchObject({
      kind: 'push',
      refName: 'feature/x',
      refType: 'branch',
      defaultBranch: 'main',
      headSha: 'sha1',
      sourceUrl: 'https://gitlab.example.com/g/p',
    });
  });

  it("reads a merge request's child pipeline (parent_pipeline) as the merge request", () => {
    expect(
      readGitLabEvent({
        ...project,
        CI_PIPELINE_SOURCE: 'parent_pipeline',
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'main',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      }),
    ).toMatchObject({kind: 'pull_request', baseRef: 'main'});
    expect(readGitLabEvent({...project, CI_PIPELINE_SOURCE: 'parent_pipeline'}).kind).toBe('manual');
  });

  it('reads a tag pipeline (CI_COMMIT_TAG) as the tag', () => {
    expect(
      readGitLabEvent({
        ...project,
        CI_PIPELINE_SOURCE: 'push',
        CI_COMMIT_TAG: 'v1.2.3',
        CI_COMMIT_REF_NAME: 'v1.2.3',
      }),
    ).toMatchObject({refName: 'v1.2.3', refType: 'tag'});
  });

  it('reads a merge request pipeline as its source branch', () => {
    expect(
      readGitLabEvent({
        ...project,
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'fix',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      }),
    ).toMatchObject({kind: 'pull_request', refName: 'fix', refType: 'branch', baseRef: 'main'});
  });

  it('leaves unknown facts out', () => {
    const event = readGitLabEvent({});
    expect(event.refType).toBeUndefined();
    expect(event.sourceUrl).toBeUndefined();
  });
});

describe('runnerArch', () => {
  it("maps a GitHub runner's RUNNER_ARCH to the arch labels", () => {
    expect(['X64', 'ARM64', 'ARM', 'X86'].map((a) => githubRunnerArch({RUNNER_ARCH: a}, 'x64'))).toEqual([
      'amd64',
      'arm64',
      'armv7',
      '386',
    ]);
    expect(githubRunnerArch({}, 'arm64')).toBe('arm64');
    expect(createGitHubPlatform({RUNNER_ARCH: 'ARM64'}).runnerArch()).toBe('arm64');
  });

  it("uses Node's process.arch elsewhere", () => {
    expect(['x64', 'arm64', 'arm', 'ia32', 'riscv64'].map((a) => nodeArchLabel(a))).toEqual([
      'amd64',
      'arm64',
      'armv7',
      '386',
      'riscv64',
    ]);
    // RUNNER_ARCH is GitHub's: a GitLab job or a terminal does not read it.
    expect(createGitLabPlatform({RUNNER_ARCH: 'ARM'}, () => {}).runnerArch()).toBe(nodeArchLabel());
    expect(createLocalPlatform({RUNNER_ARCH: 'ARM'}, () => {}).runnerArch()).toBe(nodeArchLabel());
  });
});
