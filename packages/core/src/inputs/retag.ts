import {IMAGE_SET_INPUTS, INDEX_ARCHS_INPUTS} from './image-set.js';
import type {InputTable} from './table.js';

/** The inputs of retag, in the order its action.yml declares them. */
export const RETAG_INPUTS = {
  ...IMAGE_SET_INPUTS,
  ...INDEX_ARCHS_INPUTS,
  tags: {
    type: 'list',
    default: [],
    description:
      "Extra tags for every image, beyond each config's additional_tags (space, comma or newline separated). ${VAR} is taken from the environment, e.g. build-${GITHUB_RUN_NUMBER}.",
    on: {
      cli: {flag: 'tag', multiple: true, metavar: 'TAG'},
      gitlab: {
        description:
          'Extra tags for every image, beyond each config additional_tags (comma or space separated).',
      },
    },
  },
} as const satisfies InputTable;
