import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkoutLikeActions, cloneRepo, createRepo} from '../../helpers/git.js';
import {runGitHubStep, type BundleRun} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo, pushPayload, readOutputFile, ZERO} from './fixture.js';

const ALL = 'app curl lonely manifest-tool pi';

function run(
  cwd: string,
  eventName: string,
  event: unknown,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  const outputDir = tempDir('hephy-out-');
  return runGitHubStep('prepare-diff', {
    cwd,
    eventName,
    event,
    inputs: {'output-dir': outputDir, ...inputs},
    env: {GITHUB_REF_NAME: 'main', ...env},
  }).then((result) => ({...result, outputDir}));
}

function ok<T extends BundleRun>(result: T): T & {outputs: Record<string, string>} {
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

describe('prepare-diff on GitHub: push', () => {
  const origin = imageMonorepo();
  const base = origin.head();
  const head = origin.commit('curl and docs', {
    'curl/Dockerfile': 'FROM alpine:3.20\n',
    'docs/x.md': 'x\n',
    'README.md': 'new\n',
  });

  it('builds the changed image and the images built on it, in build order', async () => {
    const clone = cloneRepo(origin);
    const result = ok(await run(clone.dir, 'push', pushPayload(base, head)));
    expect(result.outputs).toMatchObject({
      dirs: 'curl manifest-tool app',
      'dirs-json': '["curl","manifest-tool","app"]',
      archs: '["amd64","arm64"]',
      'need-amd64': 'true',
      'need-arm64': 'true',
      'has-builds': 'true',
    });
    expect(JSON.parse(result.outputs.matrix as string).include).toContainEqual({
      dir: 'manifest-tool',
      image: 'manifest-tool',
      arch: 'arm64',
      platform: 'linux/arm64',
    });
    expect(readOutputFile(result.outputDir, 'dirs.txt')).toBe('curl\nmanifest-tool\napp\n');
    expect(readOutputFile(result.outputDir, 'need_amd64.txt')).toBe('true\n');
    expect(readOutputFile(result.outputDir, 'need_arm64.txt')).toBe('true\n');
    const plan = JSON.parse(readOutputFile(result.outputDir, 'plan.json') as string);
    expect(plan).toMatchObject({version: 1, mode: 'changed', base, head, archs: ['amd64', 'arm64']});
    expect(plan.images[0]).toMatchObject({image: 'curl', reasons: ['modified curl/Dockerfile']});
    expect(result.summary).toContain(
      '| 1 | `curl` | `curl` | linux/amd64, linux/arm64 | modified curl/Dockerfile |',
    );
    expect(result.summary).toContain('built on curl, which is rebuilt');
    expect(result.summary).toMatch(/```mermaid\ngraph LR[\s\S]*n0 --> n1/);
  });

  it('deepens a --depth 1 clone until the pushed before is reachable', async () => {
    const deep = imageMonorepo();
    const before = deep.head();
    for (let i = 0; i < 40; i++) deep.commit(`noise ${i}`, {'docs/noise.md': `${i}\n`});
    const after = deep.commit('pi', {'pi/Dockerfile': 'FROM busybox\n'});
    const clone = checkoutLikeActions(deep, after, {ref: 'refs/heads/main', depth: 1});
    const result = ok(await run(clone.dir, 'push', pushPayload(before, after)));
    expect(result.outputs.dirs).toBe('pi');
    expect(result.outputs['need-armv7']).toBe('true');
    expect(result.outputs['need-amd64']).toBe('false');
    expect(readOutputFile(result.outputDir, 'need_armv7.txt')).toBe('true\n');
    expect(result.stdout).toMatch(/shallow clone: fetching 25 more commits/);
    expect(result.stdout).not.toMatch(/fetching the whole history/);
  });

  it('does nothing for README-only changes and changes outside image directories', async () => {
    const repo = imageMonorepo();
    const before = repo.head();
    const after = repo.commit('docs', {
      'curl/README.md': 'more\n',
      'README.md': 'x\n',
      '.github/workflows/ci.yml': 'on: [push]\n',
    });
    const result = ok(await run(cloneRepo(repo).dir, 'push', pushPayload(before, after)));
    expect(result.outputs).toMatchObject({
      dirs: '',
      'dirs-json': '[]',
      'has-builds': 'false',
      'need-amd64': 'false',
    });
    expect(readOutputFile(result.outputDir, 'dirs.txt')).toBe('');
    expect(result.summary).toContain('Nothing to build');
    expect(result.summary).toContain('only ignored files changed (README.md): curl');
  });

  it('counts a renamed image at its new path and drops a deleted one', async () => {
    const repo = imageMonorepo();
    const before = repo.head();
    repo.rename('lonely', 'lonesome');
    const after = repo.commit('delete pi', {pi: null});
    const result = ok(await run(cloneRepo(repo).dir, 'push', pushPayload(before, after)));
    expect(result.outputs.dirs).toBe('lonesome');
    const plan = JSON.parse(readOutputFile(result.outputDir, 'plan.json') as string);
    expect(plan.images[0].reasons).toContain('renamed lonely/Dockerfile -> lonesome/Dockerfile');
  });

  it('include-dependents false builds only what changed; ignore replaces the default', async () => {
    const clone = cloneRepo(origin);
    const only = ok(await run(clone.dir, 'push', pushPayload(base, head), {'include-dependents': 'false'}));
    expect(only.outputs.dirs).toBe('curl');
    const ignored = ok(
      await run(clone.dir, 'push', pushPayload(base, head), {ignore: 'Dockerfile, *.{md,txt}'}),
    );
    expect(ignored.outputs.dirs).toBe('');
  });

  it('a push of a new branch compares with where it left the default branch', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit('feature', {'lonely/Dockerfile': 'FROM busybox\n'});
    const tip = repo.commit('feature 2', {'docs/a.md': 'a\n'});
    repo.git('checkout', '--quiet', 'main');
    repo.commit('main moves on', {'pi/Dockerfile': 'FROM busybox\n'});
    const clone = checkoutLikeActions(repo, tip, {ref: 'refs/heads/feature', depth: 1});
    const result = ok(
      await run(
        clone.dir,
        'push',
        pushPayload(ZERO, tip, {ref: 'refs/heads/feature'}),
        {},
        {GITHUB_REF_NAME: 'feature'},
      ),
    );
    expect(result.outputs.dirs).toBe('lonely');
    expect(result.summary).toMatch(/new branch: changes since it left main/);
  });

  it('the first push of the default branch builds every image', async () => {
    const repo = imageMonorepo();
    const result = ok(await run(cloneRepo(repo).dir, 'push', pushPayload(ZERO, repo.head())));
    expect(result.outputs.dirs).toBe('curl manifest-tool app lonely pi');
    expect(result.outputs['need-armv7']).toBe('true');
  });

  it('a force push is treated as a new branch', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'feature');
    const old = repo.commit('old', {'curl/Dockerfile': 'FROM old\n'});
    repo.git('reset', '--quiet', '--hard', 'main');
    const rewritten = repo.commit('rewritten', {'lonely/Dockerfile': 'FROM new\n'});
    repo.git('reflog', 'expire', '--expire=now', '--all');
    repo.git('gc', '--quiet', '--prune=now');
    const clone = checkoutLikeActions(repo, rewritten, {ref: 'refs/heads/feature', depth: 1});
    const payload = pushPayload(old, rewritten, {ref: 'refs/heads/feature', forced: true});
    const result = ok(await run(clone.dir, 'push', payload, {}, {GITHUB_REF_NAME: 'feature'}));
    expect(result.outputs.dirs).toBe('lonely');
    // Without the forced flag, before's absence from the history says the same.
    const unflagged = ok(
      await run(clone.dir, 'push', {...payload, forced: false}, {}, {GITHUB_REF_NAME: 'feature'}),
    );
    expect(unflagged.outputs.dirs).toBe('lonely');
    expect(unflagged.stdout).toMatch(/not in the history .* force push/);
  });
});

describe('prepare-diff on GitHub: pull request', () => {
  it('compares with the merge-base of base.sha (three dots), not with the moved base', async () => {
    const repo = imageMonorepo();
    repo.git('checkout', '--quiet', '-b', 'feature');
    const prHead = repo.commit('feature', {
      'manifest-tool/Dockerfile': 'ARG CURL_TAG\nFROM x:${CURL_TAG}\nRUN true\n',
    });
    repo.git('checkout', '--quiet', 'main');
    const baseTip = repo.commit('main moves on', {'pi/Dockerfile': 'FROM busybox\n'});
    const clone = checkoutLikeActions(repo, prHead, {ref: 'refs/pull/1/merge', depth: 1});
    const event = {
      pull_request: {base: {sha: baseTip, ref: 'main'}, head: {sha: prHead, ref: 'feature'}},
      repository: {default_branch: 'main'},
    };
    const result = ok(
      await run(clone.dir, 'pull_request', event, {}, {GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main'}),
    );
    expect(result.outputs.dirs).toBe('manifest-tool app');
    expect(result.summary).toContain('pull_request: changes since the merge-base with main');
  });
});

describe('prepare-diff on GitHub: schedule and manual runs', () => {
  const repo = imageMonorepo();
  const clone = cloneRepo(repo);

  it('a schedule rebuilds the list, skipping entries without build-config.yaml with a warning', async () => {
    const result = ok(await run(clone.dir, 'schedule', {}));
    expect(result.outputs.dirs).toBe('curl manifest-tool app');
    expect(result.stdout).toMatch(
      /::warning file=rebuild-weekly\.txt,line=4::kaniko has no build-config\.yaml/,
    );
    const plan = JSON.parse(readOutputFile(result.outputDir, 'plan.json') as string);
    expect(plan.mode).toBe('list');
    expect(plan.images[0].reasons).toEqual(['listed in rebuild-weekly.txt']);
  });

  it('a schedule reads another rebuild list when told', async () => {
    const list = path.join(tempDir(), 'nightly.txt');
    writeFileSync(list, 'pi\n');
    const result = ok(await run(clone.dir, 'schedule', {}, {'rebuild-list': list}));
    expect(result.outputs.dirs).toBe('pi');
  });

  it('a build-config.yaml at the root makes the root an image, named after its directory', async () => {
    const source = createRepo({
      'build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      Dockerfile: 'FROM scratch\nCOPY tool.txt /\n',
      'tool.txt': 'v1\n',
      'README.md': '# tools\n',
      'web/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      'web/Dockerfile': 'FROM scratch\n',
    });
    const pushed = async (files: Record<string, string>) => {
      const before = source.head();
      const after = source.commit('change', files);
      const clone = cloneRepo(source, {name: 'runner'});
      return ok(await run(clone.dir, 'push', pushPayload(before, after)));
    };
    const root = await pushed({'tool.txt': 'v2\n'});
    expect(root.outputs.dirs).toBe('.');
    expect(JSON.parse(root.outputs.matrix ?? '{}').include).toEqual([
      {dir: '.', image: 'runner', arch: 'amd64', platform: 'linux/amd64'},
    ]);
    expect((await pushed({'web/Dockerfile': 'FROM scratch\nLABEL x=y\n'})).outputs.dirs).toBe('web');
    expect((await pushed({'README.md': '# tools, documented\n'})).outputs['has-builds']).toBe('false');
    const all = ok(await run(cloneRepo(source, {name: 'runner'}).dir, 'workflow_dispatch', {}));
    expect(all.outputs.dirs).toBe('. web');
  });

  it('with root set, a schedule reads the rebuild list in root, by default or when named', async () => {
    const nested = createRepo({
      'images/web/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      'images/web/Dockerfile': 'FROM scratch\n',
      'images/rebuild-weekly.txt': '# weekly\nweb\n',
    });
    for (const inputs of <Record<string, string>[]>[
      {root: 'images'},
      {root: 'images', 'rebuild-list': 'rebuild-weekly.txt'},
    ]) {
      const result = ok(await run(cloneRepo(nested).dir, 'schedule', {}, inputs));
      expect(result.outputs.dirs).toBe('web');
    }
  });

  it('workflow_dispatch builds every image, or the changes since an explicit base', async () => {
    const all = ok(await run(clone.dir, 'workflow_dispatch', {}));
    expect((all.outputs.dirs ?? '').split(' ').sort().join(' ')).toBe(ALL);
    const first = clone.head();
    const work = cloneRepo(repo);
    work.commit('pi', {'pi/Dockerfile': 'FROM x\n'});
    const since = ok(await run(work.dir, 'workflow_dispatch', {}, {base: first}));
    expect(since.outputs.dirs).toBe('pi');
  });

  it('mode all and mode list work on any event', async () => {
    expect(
      ok(await run(clone.dir, 'push', pushPayload(ZERO, clone.head()), {mode: 'list'})).outputs.dirs,
    ).toBe('curl manifest-tool app');
    expect(
      (ok(await run(clone.dir, 'schedule', {}, {mode: 'all'})).outputs.dirs ?? '').split(' '),
    ).toHaveLength(5);
  });

  it('mode drift plans every image on a schedule, and plan.json says drift', async () => {
    const outputDir = tempDir('hephy-out-');
    const result = ok(await run(clone.dir, 'schedule', {}, {mode: 'drift', 'output-dir': outputDir}));
    expect((result.outputs.dirs ?? '').split(' ')).toHaveLength(5);
    const plan = JSON.parse(readFileSync(path.join(outputDir, 'plan.json'), 'utf8')) as {
      mode: string;
      why: string;
    };
    expect(plan.mode).toBe('drift');
    expect(plan.why).toMatch(/reused unless its inputs or a base image moved/);
  });
});

describe('prepare-diff on GitHub: bad input is a clear error and changes nothing', () => {
  const repo = imageMonorepo();
  const before = repo.head();

  async function fails(
    inputs: Record<string, string>,
    message: RegExp,
    eventName = 'push',
    event: unknown = pushPayload(before, before),
  ) {
    const clone = cloneRepo(repo);
    const outputDir = tempDir('hephy-out-');
    writeFileSync(path.join(outputDir, 'dirs.txt'), 'untouched\n');
    const result = await runGitHubStep('prepare-diff', {
      cwd: clone.dir,
      eventName,
      event,
      inputs: {'output-dir': outputDir, ...inputs},
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(readOutputFile(outputDir, 'dirs.txt')).toBe('untouched\n');
    expect(readOutputFile(outputDir, 'plan.json')).toBeUndefined();
    expect(result.outputs).toEqual({});
    return result;
  }

  it('an unknown mode', async () => {
    await fails(
      {mode: 'everything'},
      /::error::input mode: "everything" is not one of auto, changed, all, list/,
    );
  });

  it('a base that does not exist', async () => {
    await fails({base: 'no-such-branch'}, /::error::input base: base "no-such-branch" does not exist/);
    await fails({base: 'f'.repeat(40)}, /base "f{40}" does not exist/);
    await fails({base: '--output=/tmp/x'}, /base "--output=\/tmp\/x" does not exist/);
  });

  it('a head that does not exist', async () => {
    await fails({head: 'nope'}, /input head: head "nope" is not a commit/);
  });

  it('mode changed with nothing to compare with', async () => {
    await fails({mode: 'changed'}, /mode changed needs a base/, 'schedule', {});
  });

  it('a missing rebuild list', async () => {
    await fails(
      {'rebuild-list': 'nothere.txt'},
      /the rebuild list nothere.txt does not exist/,
      'schedule',
      {},
    );
  });

  it('an invalid config of a changed image, with its file and line', async () => {
    const broken = imageMonorepo();
    const b = broken.head();
    const a = broken.commit('typo', {
      'curl/build-config.yaml': 'use_local_context: true\nplatforms: [linux/arm65]\n',
    });
    const outputDir = tempDir('hephy-out-');
    const result = await runGitHubStep('prepare-diff', {
      cwd: cloneRepo(broken).dir,
      eventName: 'push',
      event: pushPayload(b, a),
      inputs: {'output-dir': outputDir},
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error file=curl\/build-config\.yaml,line=2,col=\d+::curl\/build-config\.yaml:2:\d+: platforms\[0\]: .*linux\/arm65/,
    );
    expect(readOutputFile(outputDir, 'dirs.txt')).toBeUndefined();
  });

  it('a dependency cycle and an unknown dependency, naming the files', async () => {
    const cyclic = imageMonorepo();
    const b = cyclic.head();
    const a = cyclic.commit('cycle', {
      'curl/Dockerfile': 'ARG APP_TAG\nFROM x:${APP_TAG}\n',
      'lonely/build-config.yaml': 'use_local_context: true\ndepends_on: [ghost]\n',
    });
    const result = await runGitHubStep('prepare-diff', {
      cwd: cloneRepo(cyclic).dir,
      eventName: 'push',
      event: pushPayload(b, a),
      inputs: {'output-dir': tempDir()},
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/dependency cycle: (curl|app|manifest-tool) -> .* -> \1/);
    expect(result.stdout).toContain('curl/Dockerfile:1:5: ARG APP_TAG');
    expect(result.stdout).toMatch(
      /lonely\/build-config\.yaml:2:\d+: depends_on\[0\]: "ghost" is not an image directory/,
    );
  });

  it('require-readme fails an image without README.md', async () => {
    const bare = imageMonorepo();
    const b = bare.head();
    const a = bare.commit('lonely', {'lonely/Dockerfile': 'FROM y\n'});
    const result = await runGitHubStep('prepare-diff', {
      cwd: cloneRepo(bare).dir,
      eventName: 'push',
      event: pushPayload(b, a),
      inputs: {'output-dir': tempDir(), 'require-readme': 'true'},
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/lonely has no README\.md, and require-readme is on/);
  });
});
