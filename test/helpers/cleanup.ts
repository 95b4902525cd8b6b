import type {ChildProcess} from 'node:child_process';
import {afterAll, onTestFinished} from 'vitest';

/**
 * Runs `fn` when what asked for the resource is done: after the current test when called inside
 * one (vitest ignores an `afterAll` registered there), after the file otherwise.
 */
export function cleanUp(fn: () => unknown): void {
  try {
    onTestFinished(async () => {
      await fn();
    });
  } catch {
    afterAll(async () => {
      await fn();
    });
  }
}

/**
 * Options for spawning a server a test owns: its own process group, so that stopping it stops
 * what it started too (`git daemon` runs the real daemon as a child of the `git` wrapper).
 */
export const OWN_GROUP = {detached: true} as const;

/** Sends `signal` to the process group of a child spawned with `OWN_GROUP`. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

const running = new Set<ChildProcess>();
let hooked = false;

/**
 * A server a test started: its group is killed when the test process ends, even when no hook
 * ran. vitest ends its workers with SIGTERM, which skips Node's `exit` handlers, so the signals
 * are handled too.
 */
export function ownProcess(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const leftover of running) killGroup(leftover, 'SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 2));
    });
  }
}
