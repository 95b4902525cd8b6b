import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {startGitDaemon} from '../../helpers/git-daemon.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {node24, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {STEPS, templatesDir} from './component-files.js';
import {DATE, expectProvenance, expectSeedImages} from './seed-images.js';

/**
 * The components as a user includes them (`include: component: $CI_SERVER_FQDN/<group>/<project>/
 * <name>@$CI_COMMIT_SHA`), run by gitlab-ci-local with the shell executor against a real
 * docker-registry, a real git daemon and buildah. gitlab-ci-local resolves such an include
 * locally (templates/<name>.yml of the checkout) when the project is the origin remote's
 * group/project and the ref is the checked-out commit.
 */
const GITLAB_CI_LOCAL = path.join(repoRoot, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');

for (const tool of ['git', 'buildah', 'skopeo', 'rsync', '/usr/bin/docker-registry']) {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  // gitlab-ci-local copies the tracked files with rsync; the others are the real parts.
  if (!found)
    throw new Error(
      `${tool} is missing: install it (apt-get install git buildah skopeo rsync docker-registry)`,
    );
}

let registry: TestRegistry;
let upstreamUrl: string;
const storage = buildahStorageEnv();

beforeAll(async () => {
  registry = await startRegistry('open');
  const daemon = await startGitDaemon();
  const upstream = daemon.repo('scratch-hello');
  upstream.commit({
    Dockerfile: 'FROM scratch\nCOPY hello.txt /hello.txt\n',
    'hello.txt': 'hello from upstream\n',
  });
  upstream.tag('v1');
  upstreamUrl = upstream.url;
});
afterAll(async () => registry?.stop());

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A seed-shaped monorepo (local images, one built on another, one from upstream) as a GitLab project. */
function fixtureProject(gitlabCi: string): string {
  const dir = tempDir('hephy-gcl-');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), text);
  };
  write(
    'curl/build-config.yaml',
    'use_local_context: true\ndockerfile_path: Dockerfile\ntarget: ""\ncontext_path: .\nbuild_args: []\nplatforms:\n  - linux/amd64\n  - linux/arm64\nadditional_tags:\n  - latest\n  - test\n',
  );
  write('curl/Dockerfile', 'FROM scratch\nCOPY curl.txt /curl.txt\n');
  write('curl/curl.txt', 'curl\n');
  write('curl/README.md', '# curl\n');
  write(
    'app/build-config.yaml',
    'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\nadditional_tags: [latest]\n',
  );
  // Built on curl (same arch): the seed's ARG <DEP>_TAG convention, and the digest-pinned image.
  write('app/Dockerfile', 'ARG CURL_TAG\nARG CURL_IMAGE\nFROM ${CURL_IMAGE}\nCOPY app.txt /app.txt\n');
  write('app/app.txt', 'app\n');
  write(
    'test-app/build-config.yaml',
    `upstream_repo: ${upstreamUrl}\nupstream_ref: v1\ndockerfile_path: Dockerfile\ncontext_path: .\nplatforms:\n  - linux/amd64\nadditional_tags:\n  - latest\n`,
  );
  write('rebuild-weekly.txt', '# weekly\ncurl\n');
  write('.gitlab-ci.yml', gitlabCi);
  cpSync(templatesDir, path.join(dir, 'templates'), {recursive: true});
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', 'git@gitlab.example.com:hephy/fixture.git');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'images');
  return dir;
}

/** Where gitlab-ci-local says the project is (CI_PROJECT_URL, from the origin remote), and its commit. */
function fixtureCommit(project: string): {url: string; commit: string} {
  return {url: 'https://gitlab.example.com/hephy/fixture', commit: git(project, 'rev-parse', 'HEAD')};
}

/** `gitlab-ci-local --force-shell-executor` under Node 24, as the docs tell users to run it. */
function gitlabCiLocal(cwd: string, args: string[] = []): Promise<{code: number; output: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      node24,
      [
        GITLAB_CI_LOCAL,
        '--force-shell-executor',
        '--no-color',
        // Nothing else: gitlab-ci-local's GITLAB_CI=false stays, as a user runs it. The
        // components and the child pipeline say HEPHY_PLATFORM=gitlab on their jobs themselves.
        ...args,
      ],
      {
        cwd,
        env: {
          ...process.env,
          ...storage,
          // The job scripts run `node`: the Node 24 the runner image has.
          PATH: `${path.dirname(node24)}:${process.env.PATH}`,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    // A failed job of a child pipeline does not fail gitlab-ci-local's own exit code.
    child.on('close', (code) => resolve({code: / FAIL /.test(output) ? 1 : (code ?? 1), output}));
  });
}

const commonInputs = (repository: string) => `
      image: registry.example.com/hephy-builder/runner:test   # the shell executor ignores it
      dist-dir: ${path.join(repoRoot, 'dist')}
      repository: ${repository}
      date: "${DATE}"`;

describe('gitlab-ci-local runs the components as a user includes them', () => {
  it('pipeline: prepare-diff writes the child pipeline, which builds, merges and retags every image', async () => {
    for (const step of STEPS) expect(path.join(repoRoot, 'dist', step, 'index.js')).toSatisfy(existsFile);
    const repository = `${registry.host}/pipeline`;
    const project = fixtureProject(`include:
  - component: $CI_SERVER_FQDN/hephy/fixture/pipeline@$CI_COMMIT_SHA
    inputs:${commonInputs(repository)}
      mode: all
      tags: stable
`);
    const run = await gitlabCiLocal(project);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/hephy:build:app:arm64/);
    expect(run.output).toMatch(/hephy:retag:app/);
    expectSeedImages(repository);
    expectProvenance(repository, fixtureCommit(project), upstreamUrl);
  });

  it('each step component alone, in the default stages', async () => {
    for (const step of STEPS) expect(path.join(repoRoot, 'dist', step, 'index.js')).toSatisfy(existsFile);
    const repository = `${registry.host}/steps`;
    const inputs = commonInputs(repository);
    const project = fixtureProject(`include:
  - component: $CI_SERVER_FQDN/hephy/fixture/prepare-diff@$CI_COMMIT_SHA
    inputs:
      dist-dir: ${path.join(repoRoot, 'dist')}
      image: registry.example.com/hephy-builder/runner:test
      mode: all
  - component: $CI_SERVER_FQDN/hephy/fixture/clone-upstream@$CI_COMMIT_SHA
    inputs:
      dist-dir: ${path.join(repoRoot, 'dist')}
      image: registry.example.com/hephy-builder/runner:test
  - component: $CI_SERVER_FQDN/hephy/fixture/build-arch@$CI_COMMIT_SHA
    inputs:${inputs}
      arch: amd64
  - component: $CI_SERVER_FQDN/hephy/fixture/build-arch@$CI_COMMIT_SHA
    inputs:${inputs}
      arch: arm64
      runner-tag: saas-linux-small-arm64
  - component: $CI_SERVER_FQDN/hephy/fixture/merge-manifest@$CI_COMMIT_SHA
    inputs:${inputs}
  - component: $CI_SERVER_FQDN/hephy/fixture/retag@$CI_COMMIT_SHA
    inputs:${inputs}
      tags: stable
`);
    const run = await gitlabCiLocal(project);
    expect(run.code, run.output).toBe(0);
    expectSeedImages(repository);
    expectProvenance(repository, fixtureCommit(project), upstreamUrl);
  });

  it('nothing to build: the child pipeline is one no-op job, and the pipeline passes', async () => {
    expect(path.join(repoRoot, 'dist', 'prepare-diff', 'index.js')).toSatisfy(existsFile);
    const project = fixtureProject(`include:
  - component: $CI_SERVER_FQDN/hephy/fixture/pipeline@$CI_COMMIT_SHA
    inputs:${commonInputs(`${registry.host}/nothing`)}
      mode: list
      rebuild-list: empty-list.txt
`);
    writeFileSync(path.join(project, 'empty-list.txt'), '# nothing this week\n');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'empty list');
    const run = await gitlabCiLocal(project);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/nothing to build/);
  });
});

describe('gitlab-ci-local: one broken arch fails only what is built on it', () => {
  it('builds, merges and tags the others; the merge names what is missing', async () => {
    const repository = `${registry.host}/broken-arch`;
    const project = fixtureProject(`include:
  - component: $CI_SERVER_FQDN/hephy/fixture/pipeline@$CI_COMMIT_SHA
    inputs:${commonInputs(repository)}
      mode: all
`);
    // curl cannot be built for arm64 (its file for that arch is missing); app is built on curl.
    writeFileSync(
      path.join(project, 'curl', 'Dockerfile'),
      'FROM scratch\nARG TARGETARCH\nCOPY curl-${TARGETARCH}.txt /curl.txt\n',
    );
    writeFileSync(path.join(project, 'curl', 'curl-amd64.txt'), 'curl\n');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'curl for amd64 only');
    const run = await gitlabCiLocal(project);
    expect(run.code).not.toBe(0);
    // The jobs after the failed one still ran: app's arm64 build (skipped, naming curl) and both merges.
    expect(run.output).toMatch(
      /app \(arm64\) was not built: curl is built for arm64 in this run but left no curl-arm64\.tag/,
    );
    // Both merges ran and name the arch their image lacks.
    expect(run.output).toMatch(/curl: no index: arm64 missing/);
    expect(run.output).toMatch(/app: no index: arm64 missing/);
    // test-app has nothing to do with curl: merged and tagged.
    const head = await fetch(`${registry.url}/v2/broken-arch/manifests/test-app-latest`, {
      method: 'HEAD',
      headers: {accept: 'application/vnd.oci.image.index.v1+json'},
    });
    expect(head.status).toBe(200);
    const curl = await fetch(`${registry.url}/v2/broken-arch/manifests/curl-latest`, {method: 'HEAD'});
    expect(curl.status).toBe(404);
  }, 600_000);
});

describe('a child-pipeline request that cannot be honoured', () => {
  it('fails the job that was asked, saying why, and the pipeline with it', async () => {
    expect(path.join(repoRoot, 'dist', 'prepare-diff', 'index.js')).toSatisfy(existsFile);
    // A hand-written job (no component, so no HEPHY_PLATFORM) that asks prepare-diff for a
    // child pipeline: under gitlab-ci-local it is no GitLab job, and must not pass unbuilt.
    const project = fixtureProject(`stages: [build, test]
plan:
  stage: build
  variables:
    INPUT_MODE: all
    INPUT_CHILD_PIPELINE: child.yml
  script:
    - node "${path.join(repoRoot, 'dist', 'prepare-diff', 'index.js')}"
  artifacts:
    paths: [child.yml]
build:
  stage: test
  needs: [plan]
  trigger:
    include:
      - artifact: child.yml
        job: plan
    strategy: depend
`);
    const run = await gitlabCiLocal(project);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(
      /input child-pipeline: the child-pipeline input asks for a GitLab child pipeline \("child\.yml"\), but this job does not run as a GitLab job \(HEPHY_PLATFORM is not set and GITLAB_CI is "false"/,
    );
    expect(run.output).toMatch(/set HEPHY_PLATFORM: gitlab on the job/);
    expect(run.output).not.toMatch(/ PASS .*plan/);
  });
});

function existsFile(file: string): boolean {
  return spawnSync('test', ['-s', file]).status === 0;
}
