import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {createPorts} from '../../../packages/core/src/action.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {githubRunner} from '../../helpers/github-runner.js';
import type {Platform} from '../../../packages/core/src/platform/platform.js';
import {PR_PLAN_MARKER} from '../../../packages/core/src/plan/pr-plan.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {prepareDiffAction} from '../../../packages/core/src/steps/prepare-diff/action.js';
import {cloneRepo, type TestRepo} from '../../helpers/git.js';
import {startGitHubApiStandIn, type GitHubApiStandIn} from '../../helpers/github-api.js';
import {startGitLabApiStandIn} from '../../helpers/gitlab-api.js';
import {elementNames, renderGfm, tableRows} from '../../helpers/markdown.js';
import {pushTestImage, recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo} from './fixture.js';

/**
 * prepare-diff's pull request plan, run in-process as its bundle runs it: against a stand-in of
 * the GitHub API (and of GitLab's), reached through GITHUB_API_URL / CI_API_V4_URL, and a real
 * registry for the digests the tags point at now.
 */
const TOKEN = 'ghs_standin0123456789abcdefSECRET';
const HOSTILE_FILE = 'curl/<img src=x onerror=alert(1)>|[x](https:--evil.example) @here *b*.txt';
let registry: TestRegistry;
let origin: TestRepo;
let base: string;
/** The digest `curl-20250101-feature-x-amd64` points at before the run. */
let before: string;

beforeAll(async () => {
  registry = await startRegistry('open');
  origin = imageMonorepo();
  base = origin.head();
  origin.commit('curl', {'curl/Dockerfile': 'FROM alpine:3.20\n', [HOSTILE_FILE]: 'x\n'});
  const client = createRegistryClient({ports: recordingPorts()});
  before = (
    await pushTestImage(client, `${registry.host}/team/images:curl-20250101-feature-x-amd64`, {
      architecture: 'amd64',
    })
  ).digest;
}, 120_000);

interface Run {
  stdout: string;
  summary: string;
}

/** prepare-diff for the pull request's head, on the platform `create` makes, with the runner's files. */
async function prepareDiff(
  create: (env: Record<string, string>, write: (text: string) => void) => Platform,
  env: Record<string, string>,
  inputs: Record<string, string>,
): Promise<Run> {
  const clone = cloneRepo(origin);
  const runner = tempDir('hephy-plan-runner-');
  const summary = path.join(runner, 'summary');
  writeFileSync(summary, '');
  writeFileSync(path.join(runner, 'output'), '');
  const all = {
    root: clone.dir,
    'output-dir': tempDir('hephy-plan-out-'),
    repository: `${registry.host}/team/images`,
    date: '20250101',
    ...inputs,
  };
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STEP_SUMMARY: summary,
    ...env,
    ...Object.fromEntries(
      Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v]),
    ),
  };
  let stdout = '';
  const platform = create(fullEnv, (text) => (stdout += text));
  await prepareDiffAction(platform, createPorts(platform, fullEnv));
  return {stdout, summary: readFileSync(summary, 'utf8')};
}

function gitHubPullRequest(api: GitHubApiStandIn): Record<string, string> {
  const eventPath = path.join(tempDir('hephy-event-'), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      number: 7,
      pull_request: {number: 7, base: {sha: base, ref: 'main'}, head: {sha: origin.head(), ref: 'feature-x'}},
      repository: {default_branch: 'main'},
    }),
  );
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_HEAD_REF: 'feature-x',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_REPOSITORY: 'octo/images',
    GITHUB_API_URL: api.url,
  };
}

/** The tag table's rows as `tag → [now, after]`. */
function tagCells(markdown: string): Map<string, string[]> {
  const rows = tableRows(renderGfm(markdown)).filter((row) => row.length === 4);
  return new Map(rows.map(([, tag, now, after]) => [tag as string, [now as string, after as string]]));
}

describe('the pull request plan on GitHub', () => {
  it('is one comment per pull request: created on the first push, updated in place on the next', async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set(TOKEN, {login: 'github-actions[bot]', type: 'Bot', write: true});
    api.tokens.set('person', {login: 'mallory', type: 'User', write: true});
    // A person's comment that copies the marker is never taken for the plan.
    api.comments.push({
      id: 1,
      issue: 'octo/images#7',
      body: `${PR_PLAN_MARKER}\nfake plan`,
      user: {login: 'mallory', type: 'User'},
    });
    const env = gitHubPullRequest(api);

    const first = await prepareDiff(githubRunner, env, {'api-token': TOKEN});
    const ours = api.comments.filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    const comment = ours[0]!;
    expect(comment.body.startsWith(PR_PLAN_MARKER)).toBe(true);
    expect(api.comments[0]?.body).toBe(`${PR_PLAN_MARKER}\nfake plan`);
    // Every tag the run would move, with where it points now in the real registry.
    const tags = tagCells(comment.body);
    const ref = (tag: string) => `${registry.host}/team/images:${tag}`;
    expect(tags.get(ref('curl-20250101-feature-x-amd64'))).toEqual([
      before,
      'the amd64 image built by this run',
    ]);
    expect(tags.get(ref('curl-20250101-feature-x-arm64'))).toEqual([
      'new',
      'the arm64 image built by this run',
    ]);
    expect(tags.get(ref('curl-20250101-feature-x'))).toEqual(['new', 'the multi-arch index of this run']);
    expect(tags.get(ref('curl-latest-feature-x'))).toEqual([
      'new',
      `the index ${ref('curl-20250101-feature-x')}`,
    ]);
    expect(tags.get(ref('app-20250101-feature-x-amd64'))?.[0]).toBe('new');
    // Why each image is built, and on which platforms.
    expect(comment.body).toMatch(
      /\| 1 \| `curl` \| `curl` \| linux\/amd64, linux\/arm64 \| added .*<br>modified curl\/Dockerfile \|/,
    );
    expect(comment.body).toContain('built on curl, which is rebuilt');
    // The same table is the job summary.
    expect(first.summary).toContain(comment.body.slice(comment.body.indexOf('**')));
    expect(first.stdout).toContain(`plan created on pull request #7`);

    const second = await prepareDiff(githubRunner, env, {'api-token': TOKEN, date: '20250102'});
    expect(api.comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(api.comments.filter((c) => c.user.type === 'Bot')[0]?.id).toBe(comment.id);
    expect(api.comments.find((c) => c.id === comment.id)?.body).toContain('curl-20250102-feature-x');
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([
      `/repos/octo/images/issues/comments/${comment.id}`,
    ]);
    expect(second.stdout).toContain('plan updated on pull request #7');
    // The token went to the API only: never printed (the runner's mask command aside).
    for (const out of [first.stdout, second.stdout].map((s) => s.replace(/^::add-mask::.*$/gm, ''))) {
      expect(out).not.toContain(TOKEN);
    }
    expect(api.requests.every((r) => r.auth === 'token')).toBe(true);
  });

  it("on a fork's pull request (403 for the read-only token) writes the job summary and does not fail", async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set(TOKEN, {login: 'github-actions[bot]', type: 'Bot', write: false});
    const run = await prepareDiff(githubRunner, gitHubPullRequest(api), {'api-token': TOKEN});
    expect(api.comments).toEqual([]);
    expect(api.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /user',
      'GET /repos/octo/images/issues/7/comments',
      'POST /repos/octo/images/issues/7/comments',
    ]);
    expect(run.stdout).toMatch(
      /::warning::cannot post the plan on pull request #7 \(403 Resource not accessible by integration\): a fork's pull request/,
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(tagCells(run.summary).get(`${registry.host}/team/images:curl-20250101-feature-x-amd64`)?.[0]).toBe(
      before,
    );
  });

  it('finds its comment on a later page of the listing (Link rel="next")', async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set(TOKEN, {login: 'github-actions[bot]', type: 'Bot', write: true});
    for (let id = 1; id <= 130; id++)
      api.comments.push({id, issue: 'octo/images#7', body: 'lgtm', user: {login: 'reviewer', type: 'User'}});
    api.comments.push({
      id: 131,
      issue: 'octo/images#7',
      body: `${PR_PLAN_MARKER}\nold`,
      user: {login: 'github-actions[bot]', type: 'Bot'},
    });
    await prepareDiff(githubRunner, gitHubPullRequest(api), {'api-token': TOKEN});
    expect(api.comments).toHaveLength(131);
    expect(api.comments.at(-1)?.body).toContain('#### Tags');
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      'GET /repos/octo/images/issues/7/comments?per_page=100',
      'GET /repos/octo/images/issues/7/comments?per_page=100&page=2',
      'PATCH /repos/octo/images/issues/comments/131',
    ]);
  });

  it("with a person's token (a PAT) updates that person's comment, and no one else's", async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set('ghp_person', {login: 'release-bot-user', type: 'User', write: true});
    api.comments.push({
      id: 1,
      issue: 'octo/images#7',
      body: `${PR_PLAN_MARKER}\nforged`,
      user: {login: 'github-actions[bot]', type: 'Bot'},
    });
    const env = gitHubPullRequest(api);
    await prepareDiff(githubRunner, env, {'api-token': 'ghp_person'});
    await prepareDiff(githubRunner, env, {'api-token': 'ghp_person'});
    expect(api.comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'release-bot-user']);
    expect(api.comments[0]?.body).toContain('forged');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('an API that cannot be reached is a warning, not a failure', async () => {
    const api = await startGitHubApiStandIn();
    const run = await prepareDiff(
      githubRunner,
      {...gitHubPullRequest(api), GITHUB_API_URL: 'http://127.0.0.1:1'},
      {'api-token': TOKEN},
    );
    expect(run.stdout).toMatch(/::warning::cannot post the plan on pull request #7 \(/);
    expect(run.summary).toContain('#### Tags');
  });

  it("renders the repository's words inert: a file name cannot forge Markdown or HTML", async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set(TOKEN, {login: 'github-actions[bot]', type: 'Bot', write: true});
    await prepareDiff(githubRunner, gitHubPullRequest(api), {'api-token': TOKEN});
    const html = renderGfm(api.comments[0]?.body ?? '');
    expect(new Set(elementNames(html))).toEqual(
      new Set(['h3', 'p', 'strong', 'code', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'br', 'pre', 'h4']),
    );
    const curl = tableRows(html).find((row) => row[1] === 'curl');
    expect(curl?.[4]).toContain(`added ${HOSTILE_FILE}`.replace('@', '@\u200b'));
  });
});

describe('the plan of a pull request that does not push', () => {
  it('says the run pushes nothing, lists the tags with no move, and asks no registry', async () => {
    const api = await startGitHubApiStandIn();
    api.tokens.set(TOKEN, {login: 'github-actions[bot]', type: 'Bot', write: true});
    // A registry that cannot be reached: a pushing run's plan warns for it and says "unknown".
    const run = await prepareDiff(githubRunner, gitHubPullRequest(api), {
      'api-token': TOKEN,
      push: 'false',
      repository: '127.0.0.1:1/team/images',
    });
    const comment = api.comments[0]?.body ?? '';
    const html = renderGfm(comment);
    expect(html).toContain('<h4>Tags: this run pushes nothing</h4>');
    expect(comment).toMatch(/\| 1 \| `curl` \| `curl` \| linux\/amd64, linux\/arm64 \|/);
    const [header, ...rows] = tableRows(html).filter((row) => row.length === 3);
    expect(header).toEqual(['image', 'tag', 'this run']);
    expect(rows).toContainEqual([
      'curl',
      '127.0.0.1:1/team/images:curl-20250101-feature-x-amd64',
      'not pushed',
    ]);
    expect(rows.filter((row) => row[2] !== 'not pushed')).toEqual([]);
    expect(comment).not.toMatch(/would move|after this run|unknown/);
    expect(run.stdout).not.toContain('cannot read');
  });

  it("on GitLab's pipeline follows push-on-merge-requests, as the child pipeline does", async () => {
    const api = await startGitLabApiStandIn();
    const mergeRequest = {
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '12',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature-x',
      CI_COMMIT_REF_NAME: 'feature-x',
      CI_COMMIT_SHA: origin.head(),
      CI_DEFAULT_BRANCH: 'main',
      CI_PROJECT_ID: '42',
      CI_API_V4_URL: api.url,
    };
    const pipeline = () => ({
      'child-pipeline': path.join(tempDir('hephy-child-'), 'child.yml'),
      image: 'registry.example/hephy-builder:1',
      push: 'true',
    });
    const held = await prepareDiff(createGitLabPlatform, mergeRequest, pipeline());
    expect(held.stdout).toContain('#### Tags: this run pushes nothing');
    expect(held.stdout).toContain('curl-20250101-feature-x-amd64` | not pushed |');
    const pushed = await prepareDiff(createGitLabPlatform, mergeRequest, {
      ...pipeline(),
      'push-on-merge-requests': 'true',
    });
    expect(pushed.stdout).not.toContain('pushes nothing');
    expect(pushed.stdout).toContain(`curl-20250101-feature-x-amd64\` | \`${before}\` |`);
  });
});

describe('the merge request plan on GitLab', () => {
  const gitLabMergeRequest = (url: string) => ({
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: '12',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature-x',
    CI_COMMIT_REF_NAME: 'feature-x',
    CI_COMMIT_SHA: origin.head(),
    CI_DEFAULT_BRANCH: 'main',
    CI_PROJECT_ID: '42',
    CI_API_V4_URL: url,
  });

  it('with a token is one note, updated in place', async () => {
    const api = await startGitLabApiStandIn();
    api.tokens.set('glpat-standin-SECRET', {id: 9, username: 'project_42_bot'});
    const env = gitLabMergeRequest(api.url);
    const first = await prepareDiff(createGitLabPlatform, env, {'api-token': 'glpat-standin-SECRET'});
    expect(api.notes).toHaveLength(1);
    const note = api.notes[0]!;
    expect(note.mergeRequest).toBe('42!12');
    expect(tagCells(note.body).get(`${registry.host}/team/images:curl-20250101-feature-x-amd64`)?.[0]).toBe(
      before,
    );
    await prepareDiff(createGitLabPlatform, env, {'api-token': 'glpat-standin-SECRET', date: '20250102'});
    expect(api.notes).toHaveLength(1);
    expect(api.notes[0]?.body).toContain('curl-20250102-feature-x');
    expect(api.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
      `/api/v4/projects/42/merge_requests/12/notes/${note.id}`,
    ]);
    expect(first.stdout).not.toContain('glpat-standin-SECRET');
  });

  it("reads the digests with the pipeline's credentials, which pipeline.yml hands over as variable names", async () => {
    const locked = await startRegistry('htpasswd');
    const client = createRegistryClient({
      ports: recordingPorts(),
      credentials: {username: locked.username, password: locked.password, host: locked.host},
    });
    const pushed = await pushTestImage(client, `${locked.host}/team/images:curl-20250101-feature-x-amd64`, {
      architecture: 'amd64',
    });
    const run = await prepareDiff(
      createGitLabPlatform,
      {
        ...gitLabMergeRequest('http://127.0.0.1:1/api/v4'),
        REG_USER: locked.username,
        REG_PASSWORD: locked.password,
      },
      {repository: `${locked.host}/team/images`, username: '$REG_USER', password: '${REG_PASSWORD}'},
    );
    expect(run.stdout).toContain(`| \`${pushed.digest}\` |`);
    expect(run.stdout).not.toContain(locked.password);
  });

  it('without a token is in the job log section only, and asks the API nothing', async () => {
    const api = await startGitLabApiStandIn();
    const run = await prepareDiff(createGitLabPlatform, gitLabMergeRequest(api.url), {});
    expect(api.requests).toEqual([]);
    expect(run.stdout).toContain('no api-token: the plan of merge request !12 is in the job summary only');
    expect(run.stdout).toContain(
      `| \`curl\` | \`${registry.host}/team/images:curl-20250101-feature-x-amd64\` | \`${before}\` |`,
    );
  });

  it('a token the API refuses (CI_JOB_TOKEN) is a warning, not a failure', async () => {
    const api = await startGitLabApiStandIn();
    const run = await prepareDiff(createGitLabPlatform, gitLabMergeRequest(api.url), {
      'api-token': 'job-token',
    });
    expect(api.notes).toEqual([]);
    expect(run.stdout).toContain('cannot post the plan on merge request !12 (401 401 Unauthorized)');
  });
});
