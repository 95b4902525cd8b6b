import {registerCommand} from '../cli.js';

/** Every command, loaded lazily so that `hephy-builder validate` does not load the registry client. */
export function registerAll(): void {
  registerCommand('version', async () => (await import('./version.js')).version);
  registerCommand('plan', async () => (await import('./plan.js')).plan);
  registerCommand('validate', async () => (await import('./validate.js')).validate);
  registerCommand('merge-manifest', async () => (await import('./merge-manifest.js')).mergeManifest);
  registerCommand('retag', async () => (await import('./retag.js')).retag);
  registerCommand('ls', async () => (await import('./ls.js')).ls);
  registerCommand('build', async () => (await import('./build.js')).build);
}
