import {NAMINGS} from '../plan/names.js';
import type {InputSpec} from './table.js';

/** GitLab's one description of `output-dir`: every template passes files through the same one. */
export const GITLAB_OUTPUT_DIR = {
  description:
    'Directory, relative to the project directory, where the steps pass files to each other (dirs.txt, plan.json, *.tag) and write hephy.env.',
} as const;

/** `root` as the steps after prepare-diff read it. */
export const ROOT_INPUT = {
  type: 'string',
  default: '.',
  description: 'The directory holding the image directories (itself one when it holds a build-config.yaml).',
  on: {
    cli: {metavar: 'DIR'},
    gitlab: {
      description:
        'The directory whose direct children are the image directories (those with a build-config.yaml), and itself one when it holds a build-config.yaml.',
    },
  },
} as const satisfies InputSpec;

/** `dirs`: the hand-off from prepare-diff to every later step. */
export const DIRS_INPUT = {
  type: 'string',
  default: '',
  description:
    'The image directories (space, comma or newline separated), or a file listing them. Empty: dirs.txt in output-dir, as prepare-diff writes it.',
  on: {
    cli: {metavar: 'DIRS'},
    gitlab: {
      description:
        'The image directories, in build order (space or comma separated). Empty: `<output-dir>/dirs.txt` from prepare-diff.',
    },
  },
} as const satisfies InputSpec;

/**
 * The inputs of every step that names, finds and pushes a set of images (build-arch,
 * merge-manifest, retag); a step's table spreads them, changing a description where it must.
 */
export const IMAGE_SET_INPUTS = {
  repository: {
    type: 'string',
    default: '',
    required: true,
    description:
      'The registry repository, like registry.example.com/team/images, or oci:<dir> for an OCI image layout directory.',
    on: {
      // The CLI needs no server: an OCI image layout in the working directory.
      cli: {default: 'oci:.hephy/images', metavar: 'HOST/PATH|oci:DIR'},
      gitlab: {
        description:
          'The registry repository the images are pushed to (tag-prefix naming: the one repository; repository naming: the prefix).',
        default: '$CI_REGISTRY_IMAGE',
      },
    },
  },
  naming: {
    type: 'choice',
    options: NAMINGS,
    default: 'tag-prefix',
    description:
      'tag-prefix (one repository: <repository>:<image>-<date>) or repository (<repository>/<image>:<date>). Must match build-arch.',
    on: {
      gitlab: {
        description:
          'tag-prefix (`<repository>:<image>-<date>`) or repository (`<repository>/<image>:<date>`).',
        options: NAMINGS,
      },
    },
  },
  date: {
    type: 'string',
    default: '',
    description: 'The date in tags (YYYYMMDD), as build-arch used it. Empty: today in UTC.',
    on: {
      cli: {metavar: 'YYYYMMDD'},
      gitlab: {
        description:
          'The date stamp of the tags (YYYYMMDD). Empty: today in UTC (pipeline.yml pins one date for all its jobs).',
        regex: '^([0-9]{8})?$',
      },
    },
  },
  dirs: DIRS_INPUT,
  root: ROOT_INPUT,
  'insecure-registries': {
    type: 'list',
    default: [],
    description: 'Registry hosts reached over plain HTTP (loopback hosts always are).',
    on: {
      cli: {flag: 'insecure-registry', multiple: true, metavar: 'HOST'},
      gitlab: {
        description:
          'Registries (host[:port]) reached over plain HTTP, comma or space separated; loopback hosts always are.',
      },
    },
  },
  username: {
    type: 'string',
    default: '',
    description:
      "Registry user for the repository's host (else Docker's config, or GitLab's CI_REGISTRY_USER).",
    on: {
      cli: {metavar: 'USER'},
      gitlab: {
        description:
          'Registry user, as a CI/CD variable reference (for example $REGISTRY_USER). Empty: CI_REGISTRY_USER for CI_REGISTRY, then the Docker config.',
      },
    },
  },
  password: {
    type: 'string',
    default: '',
    secret: true,
    description: 'Registry password or token for username. Masked.',
    on: {
      // Never in argv, where other users of the machine can read it.
      cli: {
        flag: 'password-stdin',
        stdin: true,
        description: 'Read the registry password for username from standard input.',
      },
      gitlab: {
        description:
          'Registry password, as a CI/CD variable reference (for example $REGISTRY_PASSWORD); never the value itself.',
      },
    },
  },
  'output-dir': {
    type: 'string',
    default: '.',
    description: 'Where dirs.txt and the <image>-<arch>.tag files are read and outputs written.',
    on: {cli: {metavar: 'DIR'}, gitlab: GITLAB_OUTPUT_DIR},
  },
} as const satisfies Record<string, InputSpec>;

/**
 * The arches a run built on purpose, for merge-manifest and retag. The one-job action builds
 * only its runner's arch (`archs: native`): its indexes hold that arch, which is not a failure.
 */
export const INDEX_ARCHS_INPUTS = {
  'index-archs': {
    type: 'list',
    default: [],
    description:
      "The architectures this run built on purpose. Each index must hold every one of them its image's config asks for; the config's other architectures are left out of it, and the log says so. Empty: every architecture of the config.",
    on: {cli: false, gitlab: false},
  },
} as const satisfies Record<string, InputSpec>;
