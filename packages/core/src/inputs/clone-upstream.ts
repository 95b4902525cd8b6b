import {DEFAULT_ALLOW_PROTOCOLS, parseAllowProtocols} from '../source/url.js';
import {DIRS_INPUT, GITLAB_OUTPUT_DIR, ROOT_INPUT} from './image-set.js';
import type {InputTable} from './table.js';

/** The inputs of clone-upstream, in the order its action.yml declares them. */
export const CLONE_UPSTREAM_INPUTS = {
  dirs: DIRS_INPUT,
  root: ROOT_INPUT,
  'allow-protocols': {
    type: 'list',
    default: DEFAULT_ALLOW_PROTOCOLS,
    parse: (protocols: string[]) => parseAllowProtocols(protocols),
    description:
      'Git transports an upstream_repo (and its submodules) may use: https, ssh, git, http, file, ext. Anything else is refused before git runs.',
    on: {gitlab: {description: 'URL schemes an upstream_repo may use.', regex: '^[a-z+,]+$'}},
  },
  'output-dir': {
    type: 'string',
    default: '.',
    description: 'Where the archives are written (and dirs.txt is read).',
    on: {gitlab: GITLAB_OUTPUT_DIR},
  },
  'artifact-name': {
    type: 'string',
    // The one place this name is set: build-arch downloads what clone-upstream uploads.
    default: 'hephy-sources',
    blankIsOff: true,
    description:
      'The workflow artifact carrying the archives to build-arch (GitHub only; an artifact of an earlier attempt of the run is replaced). Empty: none, the archives stay in output-dir (one job).',
    on: {gitlab: false},
  },
} as const satisfies InputTable;
