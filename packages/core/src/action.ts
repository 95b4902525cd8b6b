import {BUG_NOTE, errorMessage, isBug, UserError, UserErrors} from './errors.js';
import {createExec} from './exec.js';
import {createPlatform, type Platform} from './platform/index.js';
import {createLocalPlatform} from './platform/local.js';
import type {Env, Ports} from './ports.js';

/** A step as an action runs it: read inputs through the platform, do the work, report. */
export type StepAction = (platform: Platform, ports: Ports) => Promise<void>;

/** The real ports for a process: its environment, Node's fetch, the wall clock. */
export function createPorts(platform: Platform, env: Env = process.env): Ports {
  return {
    exec: createExec(platform.log, env),
    log: platform.log,
    env,
    now: () => new Date(),
    fetch: globalThis.fetch,
  };
}

/**
 * The one wrapper every bundle's entry calls. It is the only code that turns an error into a
 * failed step, so that libraries throw and a thrown string cannot leave a step green.
 */
export async function runAction(action: StepAction, env: Env = process.env): Promise<void> {
  let platform: Platform;
  try {
    platform = await createPlatform(env);
  } catch (error) {
    // HEPHY_PLATFORM names no platform: report it plainly, as a terminal would.
    reportFailure(createLocalPlatform(env), error);
    return;
  }
  try {
    await action(platform, createPorts(platform, env));
  } catch (error) {
    reportFailure(platform, error);
  }
}

/**
 * One annotation per problem, on its file and line, so every bad field shows in the diff view.
 * A user's mistake and an outside failure (a process, a registry) are their message; only a bug
 * says so and leaves its stack trace in the debug log.
 */
function reportFailure(platform: Platform, error: unknown): void {
  const problems = error instanceof UserErrors ? error.errors : [error];
  for (const problem of problems) {
    const location = problem instanceof UserError ? problem.location : undefined;
    const message = errorMessage(problem);
    platform.fail(platform.log.mask(isBug(problem) ? `${message} (${BUG_NOTE})` : message), location);
  }
  if (isBug(error) && error instanceof Error && error.stack) {
    platform.log.debug(platform.log.mask(error.stack));
  }
}
