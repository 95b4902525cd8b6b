import * as core from '@actions/core';
import {onTestFinished, vi} from 'vitest';
import {createGitHubPlatform} from '../../packages/core/src/platform/github.js';
import type {Platform} from '../../packages/core/src/platform/platform.js';

/** The variables a runner sets for a step; none of this process's own may leak into a test. */
const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/;

/**
 * The GitHub adapter as a step on a runner sees it. @actions/core reads this process's
 * environment and writes to its stdout, so for the current test the environment is exactly
 * `env` (as far as runner variables go) and stdout goes to `write` (by default nowhere, so that
 * an `::add-mask::` line never reaches the test log). Both are restored when the test ends.
 */
export function githubRunner(
  env: Readonly<Record<string, string | undefined>>,
  write: (text: string) => void = () => {},
): Platform {
  for (const name of Object.keys(process.env)) if (RUNNER_VARIABLE.test(name)) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    write(chunk.toString());
    return true;
  });
  // core.summary is one object per process and keeps the first GITHUB_STEP_SUMMARY it saw
  // (@actions/core lib/summary.js, filePath(): `if (this._filePath) return this._filePath`). A
  // step is one process on a runner; a test file runs many steps in one, so each starts afresh.
  Reflect.set(core.summary, '_filePath', undefined);
  onTestFinished(() => spy.mockRestore());
  return createGitHubPlatform(process.env);
}
