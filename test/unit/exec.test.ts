import {describe, expect, it} from 'vitest';
import {ExecError, ExternalError, isBug} from '../../packages/core/src/errors.js';
import {createExec} from '../../packages/core/src/exec.js';
import {git} from '../../packages/core/src/git/git.js';
import type {Logger} from '../../packages/core/src/ports.js';
import {tempDir} from '../helpers/tmp.js';

const log: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  group: async (_title, fn) => fn(),
  addSecret: () => {},
  mask: (text) => text,
};

describe('exec runs processes in the ports environment', () => {
  const env = {PATH: process.env.PATH, HEPHY_PORTS_PROBE: 'from-ports'};

  it('hands a child the environment it was given, not this process environment', async () => {
    process.env.HEPHY_PROCESS_PROBE = 'from-process';
    try {
      const {stdout} = await createExec(log, env).run('env', []);
      expect(stdout).toContain('HEPHY_PORTS_PROBE=from-ports');
      expect(stdout).not.toContain('HEPHY_PROCESS_PROBE');
    } finally {
      delete process.env.HEPHY_PROCESS_PROBE;
    }
  });

  it('lets a call name its own environment', async () => {
    const {stdout} = await createExec(log, env).run('env', [], {env: {PATH: process.env.PATH, OWN: '1'}});
    expect(stdout).toContain('OWN=1');
    expect(stdout).not.toContain('HEPHY_PORTS_PROBE');
  });

  it('gives git the ports environment (its identity comes from there)', async () => {
    const dir = tempDir('hephy-exec-git-');
    const exec = createExec(log, {
      PATH: process.env.PATH,
      HOME: dir,
      GIT_AUTHOR_NAME: 'Ports Author',
      GIT_AUTHOR_EMAIL: 'ports@example.com',
    });
    await git(exec, dir, ['init', '--quiet']);
    expect(await git(exec, dir, ['var', 'GIT_AUTHOR_IDENT'])).toMatch(/^Ports Author <ports@example\.com>/);
  });
});

describe('a failing process is an outside failure, not a bug', () => {
  it('reports a non-zero exit as ExecError, an ExternalError', async () => {
    const error = await createExec(log, {PATH: process.env.PATH})
      .run('false', [])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecError);
    expect(error).toBeInstanceOf(ExternalError);
    expect(isBug(error)).toBe(false);
  });

  it('reports a program that cannot start as an ExternalError naming it', async () => {
    const error = await createExec(log, {PATH: tempDir('hephy-empty-path-')})
      .run('hephy-no-such-program', [])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toMatch(/could not start hephy-no-such-program.*on PATH/);
  });

  it('counts anything else thrown as a bug', () => {
    expect(isBug(new TypeError('x is undefined'))).toBe(true);
    expect(isBug('a string')).toBe(true);
  });
});
