import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';
import {runGit} from '../../helpers/git.js';
import {parseGitHubOutput, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';

type Step = {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
};
type Job = {
  needs?: string[];
  permissions?: Record<string, string>;
  strategy?: {matrix: {include: Record<string, string>[]}};
  steps: Step[];
};
type Workflow = {on: unknown; permissions: unknown; env: Record<string, string>; jobs: Record<string, Job>};

const workflow = parse(
  readFileSync(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8'),
) as Workflow;

function step(job: string, find: (s: Step) => boolean): string {
  const found = workflow.jobs[job]?.steps.find(find)?.run;
  expect(found, `${job} has the step`).toBeDefined();
  return found as string;
}

/** Runs a workflow step's script with bash, as the runner does, with its env and `GITHUB_OUTPUT`. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  const dir = tempDir('hephy-step-');
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: output,
      ...workflow.env,
      ...env,
    },
  });
  return {...result, outputs: parseGitHubOutput(readFileSync(output, 'utf8'))};
}

describe('.github/workflows/release.yml', () => {
  it('runs on version tags only, names kingdon-ci/hephy-builder, and asks for write only where it writes', () => {
    expect(workflow.on).toEqual({push: {tags: ['v*.*.*']}});
    expect(workflow.permissions).toEqual({});
    expect(workflow.env).toEqual({
      GHCR_REPOSITORY: 'ghcr.io/kingdon-ci/hephy-builder',
      GITLAB_REPOSITORY: 'registry.gitlab.com/kingdon-ci/hephy-builder',
      CATALOG_URL: 'https://gitlab.com/kingdon-ci/hephy-builder.git',
    });
    const writes = Object.fromEntries(
      Object.entries(workflow.jobs).map(([name, job]) => [
        name,
        Object.entries(job.permissions ?? {})
          .filter(([, level]) => level === 'write')
          .map(([scope]) => scope),
      ]),
    );
    expect(writes).toEqual({
      verify: [],
      'runner-image': ['packages'],
      publish: ['packages'],
      'github-release': ['contents'],
      'gitlab-catalog': [],
    });
    // Nothing is published before the tag, the versions and dist/ are verified.
    for (const name of ['runner-image', 'publish', 'github-release', 'gitlab-catalog'])
      expect(JSON.stringify(workflow.jobs[name]?.needs), name).toMatch(/verify|runner-image/);
  });

  it('stops at verify when the tag disagrees with the sources', () => {
    const check = step('verify', (s) => s.id === 'check');
    const run = runStep(check, repoRoot, {TAG: 'v99.0.0'});
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('package.json has version');
    expect(run.stderr).toContain('CHANGELOG.md has no "## 99.0.0" section');
    expect(run.outputs).toEqual({});
  });

  describe('the runner images', () => {
    const ci = parse(readFileSync(path.join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
    const images = (job: Job | undefined) =>
      (job?.strategy?.matrix.include ?? []).map(({image, target, arch}) => ({image, target, arch}));
    const targets = [
      {image: 'runner', target: ''},
      {image: 'runner-kaniko', target: 'kaniko'},
      {image: 'runner-buildkit', target: 'buildkit'},
    ];

    it('builds runner, runner-kaniko and runner-buildkit for amd64 and arm64, in release.yml and ci.yml alike', () => {
      const built = targets.flatMap((t) => ['amd64', 'arm64'].map((arch) => ({...t, arch})));
      expect(images(workflow.jobs['runner-image'])).toEqual(built);
      expect(images(ci.jobs['runner-image'])).toEqual(built);
      const merged = targets.map((t) => ({...t, arch: undefined}));
      expect(images(workflow.jobs.publish)).toEqual(merged);
      expect(images(ci.jobs['runner-image-publish'])).toEqual(merged);
      for (const job of [workflow.jobs['runner-image'], workflow.jobs.publish, ci.jobs['runner-image']]) {
        for (const s of job?.steps.filter((x) => /^\.\/runner\/actions\//.test(x.uses ?? '')) ?? [])
          expect(s.with?.root, s.uses).toBe('${{ matrix.image }}');
      }
    });

    it("hands each image's publish job the tag files of that image's builds only", () => {
      for (const [w, build, publish] of [
        [workflow, 'runner-image', 'publish'],
        [ci, 'runner-image', 'runner-image-publish'],
      ] as const) {
        const upload = w.jobs[build]?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
        const download = w.jobs[publish]?.steps.find((s) => s.uses?.startsWith('actions/download-artifact'));
        const names = images(w.jobs[build]).map((m) =>
          (upload?.with?.name ?? '').replace(
            /\$\{\{ matrix\.(\w+) \}\}/g,
            (_, k: 'image' | 'arch') => m[k] ?? '',
          ),
        );
        for (const {image} of targets) {
          // download-artifact's pattern is a glob over artifact names; here only `*` is used.
          const glob = (download?.with?.pattern ?? '').replace('${{ matrix.image }}', image);
          const match = new RegExp(
            `^${glob
              .split('*')
              .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*')}$`,
          );
          expect(names.filter((name) => match.test(name))).toEqual([
            `runner-tags-amd64-${image}`,
            `runner-tags-arm64-${image}`,
          ]);
        }
      }
    });

    it.each(targets.filter((t) => t.target))(
      'gives the $image directory the Containerfile target $target, leaving the checkout as it was',
      async ({image, target}) => {
        const work = tempDir('hephy-runner-');
        mkdirSync(path.join(work, 'runner'));
        const original = readFileSync(path.join(repoRoot, 'build-config.yaml'), 'utf8');
        writeFileSync(path.join(work, 'runner', 'build-config.yaml'), original);
        const directory = workflow.jobs['runner-image']?.steps.find((s) => s.name === 'The image directory');
        expect(directory?.if).toBe("matrix.target != ''");
        const run = runStep(directory?.run as string, work, {IMAGE: image, TARGET: target});
        expect(run.status, run.stderr).toBe(0);
        const config = parse(readFileSync(path.join(work, image, 'build-config.yaml'), 'utf8')) as {
          target: string;
          dockerfile_path: string;
        };
        expect(config.target).toBe(target);
        const containerfile = readFileSync(path.join(repoRoot, config.dockerfile_path), 'utf8');
        expect(containerfile).toMatch(new RegExp(`^FROM \\S+ AS ${target}$`, 'm'));
        expect(readFileSync(path.join(work, 'runner', 'build-config.yaml'), 'utf8')).toBe(original);
      },
    );
  });

  describe('the major tag', () => {
    /** A repository with releases v1.0.0 and v1.2.0 (v1 at v1.2.0) pushed to a bare origin. */
    function repository() {
      const dir = tempDir('hephy-release-');
      const origin = path.join(dir, 'origin.git');
      const work = path.join(dir, 'work');
      runGit(dir, ['init', '--quiet', '--bare', origin]);
      runGit(dir, ['clone', '--quiet', origin, work]);
      const commit = (message: string, ...tags: string[]) => {
        runGit(work, ['commit', '--quiet', '--allow-empty', '-m', message]);
        for (const tag of tags) runGit(work, ['tag', tag]);
        return runGit(work, ['rev-parse', 'HEAD']).trim();
      };
      commit('one', 'v1.0.0');
      const v120 = commit('two', 'v1.2.0', 'v1');
      runGit(work, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main', '--tags']);
      mkdirSync(path.join(work, 'scripts'));
      copyFileSync(path.join(repoRoot, 'scripts', 'release.mjs'), path.join(work, 'scripts', 'release.mjs'));
      return {origin, work, commit, v120};
    }

    /** The github-release job's tag steps for a pushed release tag. */
    function release(work: string, tag: string, sha: string) {
      const decide = runStep(
        step('github-release', (s) => s.id === 'major'),
        work,
        {TAG: tag},
      );
      expect(decide.status, decide.stderr).toBe(0);
      if (decide.outputs.move === 'true') {
        const move = runStep(
          step('github-release', (s) => s.name === 'Move the major tag to this release'),
          work,
          {MAJOR: decide.outputs.major as string, SHA: sha},
        );
        expect(move.status, move.stderr).toBe(0);
      }
      return decide.outputs;
    }

    it('moves to the newest release of its major, and stays for an older patch or a pre-release', () => {
      const {origin, work, commit, v120} = repository();
      const v121 = commit('three', 'v1.2.1');
      expect(release(work, 'v1.2.1', v121)).toEqual({move: 'true', major: 'v1'});
      expect(runGit(origin, ['rev-parse', 'v1']).trim()).toBe(v121);

      const v115 = commit('backport', 'v1.1.5');
      expect(release(work, 'v1.1.5', v115).move).toBe('false');
      const rc = commit('next', 'v1.3.0-rc.1');
      expect(release(work, 'v1.3.0-rc.1', rc).move).toBe('false');
      expect(runGit(origin, ['rev-parse', 'v1']).trim()).toBe(v121);
      expect(v120).not.toBe(v121);
    });
  });

  describe('the GitLab catalog', () => {
    const publish = step('gitlab-catalog', (s) => s.id === 'publish');

    it('commits the catalog tree and tags X.Y.Z, whose pipeline creates the release; a re-run changes nothing', () => {
      const catalog = path.join(tempDir('hephy-catalog-'), 'catalog.git');
      runGit(repoRoot, ['init', '--quiet', '--bare', catalog]);
      const env = {CATALOG_URL: catalog, VERSION: '1.4.0', GITLAB_CATALOG_TOKEN: 'catalog-secret'};
      const first = runStep(publish, repoRoot, env);
      expect(first.status, first.stderr).toBe(0);
      expect(`${first.stdout}${first.stderr}`).not.toContain('catalog-secret');

      const show = (file: string) => runGit(catalog, ['show', `1.4.0:${file}`]);
      expect(runGit(catalog, ['ls-tree', '--name-only', '1.4.0', 'templates/'])).toContain(
        'templates/pipeline.yml',
      );
      expect(runGit(catalog, ['rev-parse', '1.4.0^{commit}'])).toBe(runGit(catalog, ['rev-parse', 'main']));
      const ci = parse(show('.gitlab-ci.yml')) as Record<string, Record<string, unknown>>;
      expect(gitlabSchemaErrors(ci)).toEqual([]);
      expect(ci.variables).toEqual({
        HEPHY_VERSION: '1.4.0',
        HEPHY_RUNNER: 'registry.gitlab.com/kingdon-ci/hephy-builder/runner',
      });
      expect(ci['create-release']).toMatchObject({
        rules: [{if: '$CI_COMMIT_TAG == $HEPHY_VERSION'}],
        release: {tag_name: '$CI_COMMIT_TAG'},
      });
      expect(show('templates/pipeline.yml')).toContain('registry.gitlab.com/kingdon-ci/hephy-builder/runner');

      const again = runStep(publish, repoRoot, env);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toContain('already has 1.4.0');
      expect(runGit(catalog, ['rev-list', '--count', 'main']).trim()).toBe('1');
    });
  });
});
