/**
 * The public face of @hephy-builder/core. Bundles import the module they need by its path
 * (`@hephy-builder/core/steps/prepare-diff/action`) so that each bundle carries only its own code.
 */
export * from './errors.js';
export type * from './ports.js';
export {createExec} from './exec.js';
export {runAction, createPorts, type StepAction} from './action.js';
export {
  createPlatform,
  detectPlatform,
  type Platform,
  type PlatformName,
  type CiEvent,
} from './platform/index.js';
export {readInput, inputReader, parseListInput, parseBooleanInput, type InputReader} from './inputs/read.js';
