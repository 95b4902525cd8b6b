import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';
import {runProcess} from '../../helpers/process.js';
import {node24, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {componentNames, templatesDir} from './component-files.js';

function prepare(...args: string[]) {
  return spawnSync(node24, [path.join(repoRoot, 'scripts', 'prepare-catalog.mjs'), ...args], {
    encoding: 'utf8',
  });
}

describe('scripts/prepare-catalog.mjs', () => {
  it('writes a catalog project tree: templates/, README.md and a release pipeline', () => {
    const out = path.join(tempDir(), 'catalog');
    const run = prepare('--version', '1.4.0', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(path.join(out, 'templates')).sort()).toEqual(componentNames().map((n) => `${n}.yml`));
    for (const name of componentNames()) {
      expect(readFileSync(path.join(out, 'templates', `${name}.yml`), 'utf8')).toBe(
        readFileSync(path.join(templatesDir, `${name}.yml`), 'utf8'),
      );
    }
    const readme = readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toContain('/pipeline@1.4.0');
    expect(readme).not.toContain('@1.0.0');
    const ci = parse(readFileSync(path.join(out, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    expect(gitlabSchemaErrors(ci)).toEqual([]);
    expect(ci['create-release']).toMatchObject({release: {tag_name: '$CI_COMMIT_TAG'}});
    expect(JSON.stringify(ci['tag-runner-image'])).toContain('$CI_COMMIT_SHA');
    expect(
      gitlabSchemaErrors(parse(readFileSync(path.join(out, '.gitlab', 'component-test.yml'), 'utf8'))),
    ).toEqual([]);
  });

  it('points every component at a mirror of the runner image when asked', () => {
    const out = tempDir();
    expect(
      prepare('--version', '2.0.0-rc.1', '--out', out, '--image-repository', 'registry.example.com/m/runner')
        .status,
    ).toBe(0);
    const pipeline = readFileSync(path.join(out, 'templates', 'pipeline.yml'), 'utf8');
    const header = parse(pipeline.split('\n---\n')[0] as string) as {
      spec: {inputs: Record<string, {default: unknown}>};
    };
    expect(header.spec.inputs['image-repository']?.default).toBe('registry.example.com/m/runner');
    expect(pipeline).not.toContain('registry.gitlab.com/kingdon-ci/hephy-builder');
  });

  it.each([
    [['--version', 'v1.0', '--out', 'X'], /semantic version/],
    [['--version', '1.0.0'], /--out/],
    [['--version', '1.0.0', '--out', 'X', '--image-repository', 'Not A Repo'], /image-repository/],
  ])('refuses %j and writes nothing', (args, message) => {
    const dir = tempDir();
    const run = prepare(...args.map((a) => (a === 'X' ? path.join(dir, 'out') : a)));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses a directory holding something else than a catalog checkout', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'precious.txt'), 'keep me');
    const run = prepare('--version', '1.0.0', '--out', dir);
    expect(run.status).toBe(2);
    expect(readdirSync(dir)).toEqual(['precious.txt']);
  });
});

describe('the catalog pipeline tag-runner-image job', () => {
  it('tags every runner image (runner, runner-kaniko, runner-buildkit) with the commit, as the child pipeline names them', async () => {
    const out = path.join(tempDir(), 'catalog');
    expect(prepare('--version', '1.4.0', '--out', out).status).toBe(0);
    const ci = parse(readFileSync(path.join(out, '.gitlab-ci.yml'), 'utf8')) as {
      variables: Record<string, string>;
      'tag-runner-image': {script: string[]};
    };
    // A skopeo that records what it is asked to do (the job's image has the real one).
    const bin = tempDir('hephy-skopeo-');
    const log = path.join(bin, 'calls');
    writeFileSync(path.join(bin, 'skopeo'), `#!/bin/sh\necho "$*" >> "${log}"\n`, {mode: 0o755});
    const run = await runProcess('bash', ['-e', '-c', ci['tag-runner-image'].script.join('\n')], {
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        ...ci.variables,
        CI_COMMIT_SHA: 'abc123',
        CI_REGISTRY: 'registry.gitlab.com',
        CI_REGISTRY_USER: 'u',
        CI_REGISTRY_PASSWORD: 'p',
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const copies = readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('copy'));
    const repo = 'registry.gitlab.com/kingdon-ci/hephy-builder';
    expect(copies).toEqual(
      ['runner', 'runner-kaniko', 'runner-buildkit'].map(
        (image) =>
          `copy --all --preserve-digests docker://${repo}/${image}:1.4.0 docker://${repo}/${image}:abc123`,
      ),
    );
  });
});
