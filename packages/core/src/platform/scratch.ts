import {tmpdir} from 'node:os';
import type {Env} from '../ports.js';

/**
 * Where a step makes its scratch directories: the runner's own temporary directory on GitHub
 * (`RUNNER_TEMP`, emptied after every job), else the system's.
 */
export function scratchParent(env: Env): string {
  return env.RUNNER_TEMP || tmpdir();
}
