import {IMAGE_SET_INPUTS, INDEX_ARCHS_INPUTS} from './image-set.js';
import type {InputTable} from './table.js';

/** The inputs of merge-manifest, in the order its action.yml declares them. */
export const MERGE_MANIFEST_INPUTS = {
  ...IMAGE_SET_INPUTS,
  ...INDEX_ARCHS_INPUTS,
  'verify-platforms': {
    type: 'boolean',
    default: true,
    description:
      "true: read each image's config and fail when its os/architecture/variant is not the platform the build asked for (two more requests per architecture). false: trust the build.",
    on: {
      cli: {
        flag: 'no-verify-platforms',
        negated: true,
        description: "Trust the build: do not read each image's config to check its os/architecture/variant.",
      },
      gitlab: {
        description:
          'true: read each image config and fail when its os/architecture/variant is not the platform the build asked for (two more requests per architecture). false: trust the build.',
      },
    },
  },
  'source-url': {
    type: 'string',
    // Blank: the repository of the run's event; each runner writes where that is.
    default: '',
    description: 'The org.opencontainers.image.source annotation of each index (GHCR links packages by it).',
    on: {
      cli: {metavar: 'URL'},
      github: {default: '${{ github.server_url }}/${{ github.repository }}'},
      gitlab: {
        description: 'The org.opencontainers.image.source annotation of each index.',
        default: '$CI_PROJECT_URL',
      },
    },
  },
  revision: {
    type: 'string',
    default: '',
    description: 'The org.opencontainers.image.revision annotation. Empty: the commit being built.',
    on: {cli: {metavar: 'SHA'}},
  },
} as const satisfies InputTable;
