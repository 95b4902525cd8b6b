import {describe, expect, it} from 'vitest';
import {runBackend} from '../../../packages/core/src/backends/run.js';
import type {Backend} from '../../../packages/core/src/backends/types.js';
import type {ExecOptions, Ports} from '../../../packages/core/src/ports.js';
import {tempDir} from '../../helpers/tmp.js';
import {plainRequest} from './request.js';

/** Ports whose exec records each program and fails those named in `failing`. */
function fakePorts(failing: string[]): Ports & {ran: string[]; warnings: string[]} {
  const ran: string[] = [];
  const warnings: string[] = [];
  return {
    ran,
    warnings,
    env: {},
    now: () => new Date(0),
    fetch: globalThis.fetch,
    exec: {
      run: async (file: string, args: readonly string[], options?: ExecOptions) => {
        ran.push(`${file} ${args.join(' ')}`);
        if (failing.includes(args[0] ?? '')) {
          if (options?.allowFailure) return {exitCode: 1, stdout: '', stderr: ''};
          throw new Error(`${args[0]} failed`);
        }
        return {exitCode: 0, stdout: '', stderr: ''};
      },
    },
    log: {
      info: () => {},
      warning: (m) => void warnings.push(m),
      error: () => {},
      debug: () => {},
      group: (_t, fn) => fn(),
      addSecret: () => {},
      mask: (t) => t,
    },
  };
}

const backend: Backend = {
  name: 'buildx',
  prepare: async () => [{file: 'tool', args: ['remove']}],
  commands: () => [
    {file: 'tool', args: ['create']},
    {file: 'tool', args: ['build']},
  ],
  digestSource: () => ({stdout: true}),
  parseDigest: () => undefined,
  versionCommand: () => ({file: 'tool', args: ['version']}),
  parseVersion: () => undefined,
};

describe('runBackend with prepare', () => {
  it('runs the cleanup commands after the build', async () => {
    const ports = fakePorts([]);
    await runBackend(backend, plainRequest({workDir: tempDir()}), ports);
    expect(ports.ran).toEqual(['tool create', 'tool build', 'tool remove']);
  });

  it('runs them when a command failed, and reports the build error, not theirs', async () => {
    const ports = fakePorts(['build', 'remove']);
    await expect(runBackend(backend, plainRequest({workDir: tempDir()}), ports)).rejects.toThrow(
      'build failed',
    );
    expect(ports.ran).toEqual(['tool create', 'tool build', 'tool remove']);
    expect(ports.warnings).toEqual(["could not undo the build's setup: tool remove"]);
  });
});
