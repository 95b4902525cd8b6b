import type {Command} from '../command.js';

/** Every command, loaded lazily so that `hephy-builder validate` does not load the registry client. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  version: async () => (await import('./version.js')).version,
  plan: async () => (await import('./plan.js')).plan,
  validate: async () => (await import('./validate.js')).validate,
  'merge-manifest': async () => (await import('./merge-manifest.js')).mergeManifest,
  retag: async () => (await import('./retag.js')).retag,
  ls: async () => (await import('./ls.js')).ls,
  build: async () => (await import('./build.js')).build,
};
