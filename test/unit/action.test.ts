import {afterEach, describe, expect, it, vi} from 'vitest';
import {runAction} from '../../packages/core/src/action.js';
import {BUG_NOTE, ExecError, UserError} from '../../packages/core/src/errors.js';
import {RegistryError} from '../../packages/core/src/registry/registry-error.js';

const env = {HEPHY_PLATFORM: 'local', HEPHY_DEBUG: 'true'};

/** What a failing step prints to standard error (the local platform's log). */
async function failureOutput(error: unknown): Promise<string> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await runAction(async () => {
      throw error;
    }, env);
  } finally {
    spy.mockRestore();
  }
  expect(process.exitCode).toBe(1);
  return written.join('');
}

describe('a failed step says whose fault it is', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('reports a process that failed as its message, without a stack trace or a bug note', async () => {
    const out = await failureOutput(new ExecError('git', ['fetch'], 128, 'fatal: repository not found'));
    expect(out).toContain('error: git fetch exited with 128:\nfatal: repository not found');
    expect(out).not.toContain(BUG_NOTE);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('reports a registry that refused as its message, without a stack trace', async () => {
    const out = await failureOutput(new RegistryError('PUT', 'https://r.example/v2/x', 403, []));
    expect(out).toContain('error: PUT https://r.example/v2/x answered 403');
    expect(out).not.toContain(BUG_NOTE);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('reports a user error as its message alone', async () => {
    const out = await failureOutput(new UserError('is required', {field: 'input repository'}));
    expect(out).toBe('error: input repository: is required\n');
  });

  it('calls anything else a bug and leaves its stack trace in the debug log', async () => {
    const out = await failureOutput(new TypeError('plan.images is undefined'));
    expect(out).toContain(`error: plan.images is undefined (${BUG_NOTE})`);
    expect(out).toMatch(/debug: TypeError: plan.images is undefined\n\s+at /);
  });
});
