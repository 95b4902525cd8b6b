import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {runProcess} from '../helpers/process.js';
import {node24, repoRoot, runGitHubStep} from '../helpers/runner.js';
import {tempDir} from '../helpers/tmp.js';

const actions = readdirSync(path.join(repoRoot, 'actions')).filter((name) =>
  existsSync(path.join(repoRoot, 'actions', name, 'action.yml')),
);

function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('dist/', () => {
  it('is what `npm run build` makes from the sources as committed', async () => {
    const out = tempDir('hephy-dist-');
    const build = await runProcess(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'build.mjs'), '--out', out],
      {
        cwd: repoRoot,
      },
    );
    expect(build.status, build.stderr).toBe(0);
    const committed = path.join(repoRoot, 'dist');
    expect(files(committed)).toEqual(files(out));
    const stale = files(out).filter(
      (f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(committed, f))),
    );
    expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
  });

  it('has a bundle for every action', () => {
    expect(actions.length).toBeGreaterThan(0);
    for (const name of actions)
      expect(existsSync(path.join(repoRoot, 'dist', name, 'index.js')), name).toBe(true);
  });
});

describe.each(actions)('actions/%s', (name) => {
  const action = parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as {
    runs: {using: string; main: string};
  };

  it('runs on node24 from its committed bundle', () => {
    expect(action.runs.using).toBe('node24');
    expect(path.resolve(repoRoot, 'actions', name, action.runs.main)).toBe(
      path.join(repoRoot, 'dist', name, 'index.js'),
    );
    expect(spawnSync(node24, ['--version'], {encoding: 'utf8'}).stdout).toMatch(/^v24\./);
  });

  it('starts under node24 and answers as a step', async () => {
    // An empty workspace: every step must either finish or fail with its own error, never crash loading.
    const run = await runGitHubStep(name, {cwd: tempDir()});
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module|SyntaxError|ReferenceError/);
    expect([0, 1]).toContain(run.exitCode);
    const answered = run.exitCode === 0 ? Object.keys(run.outputs).length > 0 : /::error/.test(run.stdout);
    expect(answered, `${run.stdout}\n${run.stderr}`).toBe(true);
  });
});
