import type {Env} from '../ports.js';
import {createGitLabPlatform} from './gitlab.js';
import {createLocalPlatform} from './local.js';
import {detectPlatform, type Platform} from './platform.js';

export type {Platform, PlatformName} from './platform.js';
export type {CiEvent} from '../shared/event.js';
export {detectPlatform} from './platform.js';

/**
 * The adapter for wherever this process runs, chosen from the environment. The GitHub adapter is
 * loaded only on GitHub: @actions/core brings an HTTP client (for OIDC tokens) whose loading a
 * GitLab job or a terminal need not pay (bench/README.md, start-up).
 */
export async function createPlatform(env: Env): Promise<Platform> {
  switch (detectPlatform(env)) {
    case 'github':
      return (await import('./github.js')).createGitHubPlatform(env);
    case 'gitlab':
      return createGitLabPlatform(env);
    case 'local':
      return createLocalPlatform(env);
  }
}
