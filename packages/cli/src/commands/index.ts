import {registerCommand} from '../cli.js';

/** Every command, loaded lazily so that `hephy-builder validate` does not load the registry client. */
export function registerAll(): void {
  registerCommand('version', async () => (await import('./version.js')).version);
}
