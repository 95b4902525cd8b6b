import type {Env, Logger} from '../ports.js';
import type {CiEvent} from '../shared/event.js';
import {readInput} from '../inputs/read.js';
import {nodeArchLabel, refuseChildPipeline, type Platform} from './platform.js';
import {SecretMasker} from './secrets.js';

/**
 * A terminal (the hephy-builder command, or a step run by hand). Logs go to standard error so
 * that standard output stays free for results and `--json`.
 */
export function createLocalPlatform(
  env: Env,
  write: (text: string) => void = (t) => process.stderr.write(t),
): Platform {
  const masker = new SecretMasker();
  const debugOn = env.HEPHY_DEBUG === 'true';
  const log: Logger = {
    info: (message) => write(`${masker.mask(message)}\n`),
    warning: (message, location) =>
      write(
        `warning: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`,
      ),
    error: (message, location) =>
      write(
        `error: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`,
      ),
    debug: (message) => {
      if (debugOn) write(`debug: ${masker.mask(message)}\n`);
    },
    async group(title, fn) {
      write(`== ${masker.mask(title)}\n`);
      return fn();
    },
    addSecret: (secret) => masker.add(secret),
    mask: (text) => masker.mask(text),
  };
  return {
    name: 'local',
    log,
    env,
    input: (name) => readInput(env, name),
    async setOutputs() {
      // A terminal has no step outputs; the files in output-dir carry the results.
    },
    async summary(title, markdown) {
      write(`\n${title}\n${masker.mask(markdown)}\n`);
    },
    event: async (): Promise<CiEvent> => ({kind: 'other', name: 'local'}),
    registryLogin: () => undefined,
    runnerArch: () => nodeArchLabel(),
    publishPlan: () => refuseChildPipeline('local', env),
    runPushes: (push) => push,
    credentialInput: (raw) => raw,
    fail(message) {
      log.error(message);
      process.exitCode = 1;
    },
  };
}
