import type {Env} from '../ports.js';
import {createGitHubPlatform} from './github.js';
import {createGitLabPlatform} from './gitlab.js';
import {createLocalPlatform} from './local.js';
import {detectPlatform, type Platform} from './platform.js';

export type {Platform, PlatformName} from './platform.js';
export type {CiEvent} from '../shared/event.js';
export {detectPlatform} from './platform.js';

/** The adapter for wherever this process runs, chosen from the environment. */
export function createPlatform(env: Env): Platform {
  switch (detectPlatform(env)) {
    case 'github':
      return createGitHubPlatform(env);
    case 'gitlab':
      return createGitLabPlatform(env);
    case 'local':
      return createLocalPlatform(env);
  }
}
