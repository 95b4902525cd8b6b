import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
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

describe('exec streams, feeds and masks', () => {
  const masking: Logger = {...log, mask: (text) => text.replaceAll('hunter22', '***')};
  const exec = createExec(masking, {PATH: process.env.PATH});

  it('writes input to stdin and closes it', async () => {
    expect((await exec.run('cat', [], {input: 'line one\nline two'})).stdout).toBe('line one\nline two');
    expect((await exec.run('cat', [], {input: new Uint8Array([104, 105])})).stdout).toBe('hi');
  });

  it('hands on every line as it comes, the last one without a newline too, masked', async () => {
    const lines: string[] = [];
    const script = 'printf "one\\nhunter22 two\\n"; printf "err\\n" >&2; printf "last"';
    await exec.run('sh', ['-c', script], {onLine: (line, stream) => lines.push(`${stream}:${line}`)});
    expect(lines.sort()).toEqual(['stderr:err', 'stdout:*** two', 'stdout:last', 'stdout:one']);
  });

  it('logs the command line masked, and prints nothing of its own', async () => {
    const debug: string[] = [];
    let printed = '';
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
    try {
      await createExec({...masking, debug: (m) => debug.push(m)}, {PATH: process.env.PATH}).run('echo', [
        '--password=hunter22',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(debug).toEqual(['exec: echo --password=***']);
    expect(printed).toBe('');
  });

  it('finds a program on the PATH of the ports environment, not of this process', async () => {
    const bin = tempDir('hephy-exec-bin-');
    writeFileSync(path.join(bin, 'hephy-probe'), '#!/bin/sh\necho probe "$@"\n');
    chmodSync(path.join(bin, 'hephy-probe'), 0o755);
    const ports = createExec(log, {PATH: `${bin}${path.delimiter}${process.env.PATH}`});
    expect((await ports.run('hephy-probe', ['a b'])).stdout).toBe('probe a b\n');
  });

  it('resolves with the exit code when failure is allowed', async () => {
    const result = await exec.run('sh', ['-c', 'echo hunter22 >&2; exit 3'], {allowFailure: true});
    expect(result).toEqual({exitCode: 3, stdout: '', stderr: '***\n'});
  });
  it('gives a process killed by a signal the exit code a shell gives it (128 + the signal)', async () => {
    const result = await exec.run('sh', ['-c', 'kill -TERM $$'], {allowFailure: true});
    expect(result.exitCode).toBe(143);
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

describe('exec and a child standard input', () => {
  const exec = createExec(log, {PATH: process.env.PATH});
  const megabyte = 'x'.repeat(1024 * 1024);

  // A Docker credential helper that exits before reading its input (an unknown server, a helper
  // that does not read at all) left the write to a closed pipe: EPIPE, thrown out of the process.
  it('gives a normal result when a child exits without reading its input', async () => {
    expect(await exec.run('sh', ['-c', 'exit 0'], {input: megabyte})).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
    const failed = await exec.run('sh', ['-c', 'echo gone >&2; exit 3'], {
      input: megabyte,
      allowFailure: true,
    });
    expect(failed).toEqual({exitCode: 3, stdout: '', stderr: 'gone\n'});
    const error = await exec.run('sh', ['-c', 'exit 4'], {input: megabyte}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecError);
    expect((error as ExecError).exitCode).toBe(4);
  });

  it('still hands a large input whole to a child that reads it', async () => {
    expect((await exec.run('wc', ['-c'], {input: megabyte})).stdout.trim()).toBe(String(megabyte.length));
  });

  it('gives a child without input an ended stdin, so a child that reads it does not wait forever', async () => {
    expect(await exec.run('cat', [])).toEqual({exitCode: 0, stdout: '', stderr: ''});
    expect((await exec.run('sh', ['-c', 'read line || echo eof'])).stdout).toBe('eof\n');
  }, 5000);
});
