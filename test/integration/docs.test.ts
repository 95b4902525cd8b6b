import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {repoRoot} from '../helpers/runner.js';

describe('generated docs', () => {
  it("the actions' inputs, their READMEs and the README configuration reference match their sources", () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-docs.mjs'), '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
