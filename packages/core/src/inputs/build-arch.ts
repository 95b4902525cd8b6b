import {BACKEND_INPUTS} from '../backends/select.js';
import {parseBuildArgEnv} from '../config/variables.js';
import {UserError} from '../errors.js';
import {CLONE_UPSTREAM_INPUTS} from './clone-upstream.js';
import {IMAGE_SET_INPUTS, GITLAB_OUTPUT_DIR} from './image-set.js';
import type {InputTable} from './table.js';

const {repository, naming, date, dirs, root, username, password} = IMAGE_SET_INPUTS;

/** The `jobs` input: 0 for blank (the backend and the machine decide), else a whole number >= 1. */
export function parseJobsInput(value: string): number {
  if (value === '') return 0;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new UserError(`"${value}" is not a whole number of 1 or more`, {field: 'input jobs'});
  }
  return Number(value);
}

/** The inputs of build-arch, in the order its action.yml declares them. */
export const BUILD_ARCH_INPUTS = {
  arch: {
    type: 'string',
    // Blank: the runner's own architecture, which only the step can ask for.
    default: '',
    description: "The architecture to build (amd64, arm64, armv7, ...). Empty: the runner's.",
    on: {
      cli: {metavar: 'amd64,arm64'},
      gitlab: {
        description:
          'The architecture this job builds (arch label: amd64, arm64, armv7, ...). Run the job on a runner of that architecture (runner-tag).',
        default: 'amd64',
        regex: '^[a-z0-9]+$',
      },
    },
  },
  repository: {
    ...repository,
    description: 'The registry repository to push to, like registry.example.com/team/images.',
  },
  naming: {
    ...naming,
    description:
      'tag-prefix (one repository: <repository>:<image>-<date>-<arch>) or repository (<repository>/<image>:<date>-<arch>).',
  },
  backend: {
    type: 'choice',
    options: BACKEND_INPUTS,
    default: 'auto',
    description:
      "auto (kaniko inside a kaniko image, else buildah, else docker buildx), kaniko, buildah, buildkit, buildx, ko or spin. A config's build_backend wins.",
    on: {
      gitlab: {
        description:
          'Build backend when a build-config.yaml names none: buildah (default here; unprivileged, vfs and chroot), kaniko, buildkit, buildx, ko, spin, or auto.',
        default: 'buildah',
        options: ['buildah', 'kaniko', 'buildkit', 'buildx', 'ko', 'spin', 'auto'],
      },
    },
  },
  date: {...date, description: 'The date in tags (YYYYMMDD). Empty: today in UTC.'},
  dirs,
  only: {
    type: 'list',
    default: [],
    description:
      'Build only these directories of dirs (one job of the fanned-out workflow). An image built on another directory of dirs that has no .tag file here for this arch is not built: that directory failed or was skipped in its own job, and an old <dep>-latest must not stand in for it. Empty: all of dirs.',
    on: {cli: false, gitlab: false},
  },
  root,
  push: {
    type: 'boolean',
    default: true,
    description: 'false: build only, push nothing and write no .tag files.',
    on: {gitlab: {description: 'Push the images. false: build only.'}},
  },
  reuse: {
    type: 'boolean',
    default: true,
    description:
      'true: before building an image, look in the repository for an image with the same fingerprint (its committed directory, config, dependencies, the digests of its external base images, build args, platform, backend and backend version; see docs/backends.md) and give it the run tag instead of building it. false: always build. Ignored when push is false.',
    on: {
      cli: {
        flag: 'no-reuse',
        negated: true,
        description:
          'Build every image, even one whose fingerprint the repository or OCI layout already holds.',
      },
      gitlab: {
        description:
          'Reuse an image already pushed with the same fingerprint instead of building it. false: always build.',
      },
    },
  },
  cache: {
    type: 'choice',
    options: ['', 'true', 'false'],
    default: '',
    description:
      "true or false: use the backend's registry cache (<repository>/cache) for every image. Empty: each config's cache key decides.",
    on: {
      gitlab: {
        description:
          'Use the backend registry cache: true or false; empty: what each build-config.yaml says.',
        regex: '^(true|false)?$',
      },
    },
  },
  'insecure-registries': {
    ...IMAGE_SET_INPUTS['insecure-registries'],
    description: 'Registry hosts reached over plain HTTP or with unverified TLS (loopback always is).',
  },
  'build-arg-env': {
    type: 'list',
    default: [],
    parse: (names: string[]) => parseBuildArgEnv(names),
    description:
      "Environment variables that ${NAME} in a config's build_args may read, like ECR_REGISTRY,VERSION (comma, space or newline separated), besides the values hephy-builder provides (REGISTRY, ECR_REGISTRY, <DEP>_TAG, <DEP>_IMAGE). Any other ${NAME} is an error. Names of secrets (INPUT_ and ACTIONS_ variables, names holding TOKEN, PASSWORD, SECRET, KEY, AUTH) are refused.",
    on: {
      cli: {multiple: true, metavar: 'VAR,VAR'},
      gitlab: {
        description:
          'Environment variables (CI/CD variables) that `${NAME}` in build_args may read, like `ECR_REGISTRY,VERSION` (comma or space separated), besides the values hephy-builder provides (REGISTRY, ECR_REGISTRY, <DEP>_TAG, <DEP>_IMAGE). Any other `${NAME}` is an error. Names of secrets (INPUT_ and ACTIONS_ variables, names holding TOKEN, PASSWORD, SECRET, KEY, AUTH) are refused.',
        regex: '^[A-Za-z0-9_, ]*$',
      },
    },
  },
  jobs: {
    type: 'string',
    default: '',
    parse: (value: string) => parseJobsInput(value),
    description:
      'How many images are built at once (a positive whole number), dependencies first. Empty: as many as the runner has CPUs, and 1 when an image uses kaniko (it builds in its own root filesystem).',
    // `hephy-builder build` has its own --jobs, over every arch at once.
    on: {cli: false, gitlab: {regex: '^[0-9]*$'}},
  },
  username,
  password,
  'output-dir': {
    type: 'string',
    default: '.',
    description:
      'Where the .tag files are written and dirs.txt and the source archives are read; created (with its parents) before anything is built.',
    // `hephy-builder build` keeps its step files and logs out of the way, under .hephy.
    on: {cli: {default: '.hephy/work', metavar: 'DIR'}, gitlab: GITLAB_OUTPUT_DIR},
  },
  'artifact-name': {
    type: 'string',
    // The name clone-upstream uploads under.
    default: CLONE_UPSTREAM_INPUTS['artifact-name'].default,
    blankIsOff: true,
    description:
      'The workflow artifact clone-upstream uploaded the archives in (GitHub only). Empty: none, the archives are read from output-dir (one job).',
    on: {gitlab: false},
  },
} as const satisfies InputTable;
