import {MODES} from '../plan/base.js';
import {parseGlobList} from '../plan/glob.js';
import {GITLAB_OUTPUT_DIR, IMAGE_SET_INPUTS} from './image-set.js';
import {RETAG_INPUTS} from './retag.js';
import type {InputTable} from './table.js';

const {repository, naming, date, username, password} = IMAGE_SET_INPUTS;

/**
 * The inputs that name the tags the run would move, for the plan's tag table: the later steps'
 * own, so that the plan names what build-arch, merge-manifest and retag will write.
 */
const PLAN_TAG_INPUTS = {
  repository: {
    ...repository,
    required: false,
    description:
      'The registry repository the later steps push to: the plan then lists every tag the run would move, with the digest it points at now. Empty: no tag table.',
    on: {
      cli: {metavar: 'HOST/PATH|oci:DIR'},
      gitlab: {
        ...repository.on.gitlab,
        description:
          'The registry repository the later jobs push to: the plan lists every tag the pipeline would move, with the digest it points at now. Empty: no tag table.',
      },
    },
  },
  naming,
  date: {
    ...date,
    description: 'The date in tags (YYYYMMDD) the later steps use, for the plan. Empty: today in UTC.',
  },
  tags: RETAG_INPUTS.tags,
  push: {
    type: 'boolean',
    default: true,
    description:
      'Whether the later steps push (their push input). false: the plan says this run pushes nothing instead of listing tag moves.',
    on: {
      cli: {flag: 'no-push', negated: true},
      gitlab: {
        description:
          'Whether the later jobs push (their push input). false: the plan says the pipeline pushes nothing instead of listing tag moves.',
      },
    },
  },
  'insecure-registries': IMAGE_SET_INPUTS['insecure-registries'],
  username,
  password,
} as const satisfies InputTable;

/** The inputs of prepare-diff, in the order its action.yml declares them. */
export const PREPARE_DIFF_INPUTS = {
  base: {
    type: 'string',
    default: '',
    description:
      'Commit, branch or tag to compare with (three dots: changes since head and base parted). Empty: chosen from the event (push before, pull request base, the default branch for a new branch). Wins over the event when set.',
    on: {
      cli: {metavar: 'REV'},
      gitlab: {
        description:
          'Commit to compare against. Empty (auto): the merge request diff base, the pushed `before`, or the merge-base with the default branch.',
      },
    },
  },
  head: {
    type: 'string',
    default: 'HEAD',
    description: 'The commit whose changes are planned; the checked-out commit by default.',
    on: {
      cli: {metavar: 'REV'},
      gitlab: {description: 'Commit to compare. Empty: the commit being built (CI_COMMIT_SHA).', default: ''},
    },
  },
  mode: {
    type: 'choice',
    options: MODES,
    default: 'auto',
    description:
      'auto (from the event: changes on push and pull request, the rebuild list on schedule, every image on a manual run), changed (always a diff; needs a base), all (every image), list (the rebuild list), or drift (every image, for a schedule: build-arch reuses each one whose inputs and base images did not move, so only those are rebuilt).',
    on: {
      gitlab: {
        description:
          'auto (changed images; the rebuild list on schedules), changed, all, list (the rebuild list), or drift (every image; build-arch rebuilds only those whose inputs or base images moved).',
        options: MODES,
      },
    },
  },
  'rebuild-list': {
    type: 'string',
    default: '',
    description:
      'File listing the image directories to rebuild on a schedule, one a line; # comments and blank lines are ignored; an entry without a build-config.yaml is skipped with a warning. A relative path is relative to root. Empty: rebuild-weekly.txt in root.',
    on: {
      cli: {metavar: 'FILE'},
      gitlab: {
        description:
          'The file listing the image directories to rebuild on schedules and in list mode, relative to root (# comments and blank lines ignored).',
        default: 'rebuild-weekly.txt',
      },
    },
  },
  ignore: {
    type: 'string',
    default: 'README.md',
    parse: (text: string) => parseGlobList(text),
    description:
      'Globs, relative to an image directory, whose changes alone do not trigger a build (one a line or comma-separated; *, **, ?, [..], {a,b}). Replaces the default; `none` ignores nothing.',
    on: {
      cli: {metavar: 'GLOBS'},
      gitlab: {
        description:
          'Globs (relative to an image directory; newline, comma or space separated) whose changes alone do not rebuild the image. Empty: the image README.md.',
        default: '',
      },
    },
  },
  'require-readme': {
    type: 'boolean',
    default: false,
    description: 'Fail when a planned image directory has no README.md.',
    on: {gitlab: {description: 'Fail when an image directory has no README.md.'}},
  },
  'include-dependents': {
    type: 'boolean',
    default: true,
    description: 'Also rebuild the images built on a rebuilt one (depends_on and Dockerfile ARG <DEP>_TAG).',
    on: {
      cli: {flag: 'no-dependents', negated: true},
      gitlab: {description: 'Also rebuild the images built on a changed image (depends_on, ARG <DEP>_TAG).'},
    },
  },
  root: {
    type: 'string',
    default: '.',
    description:
      'The directory whose children are the image directories (itself one when it holds a build-config.yaml).',
    on: {
      cli: {metavar: 'DIR'},
      gitlab: {
        description:
          'The directory whose direct children are the image directories (those with a build-config.yaml), and itself one when it holds a build-config.yaml.',
      },
    },
  },
  'output-dir': {
    type: 'string',
    default: '.',
    description: 'Where dirs.txt, need_<arch>.txt and plan.json are written (and hephy.env on GitLab).',
    on: {
      cli: {metavar: 'DIR'},
      gitlab: GITLAB_OUTPUT_DIR,
    },
  },
  ...PLAN_TAG_INPUTS,
  'api-token': {
    type: 'string',
    default: '',
    secret: true,
    description:
      "Token that posts the plan as one comment on the pull request, updated in place on every push (needs pull-requests: write). A fork's pull request, whose token cannot write, gets the plan in the job summary only. Masked.",
    on: {
      cli: false,
      github: {default: '${{ github.token }}'},
      gitlab: {
        description:
          'Token (api scope, as a CI/CD variable reference like $PLAN_TOKEN) that posts the plan as one merge request note, updated in place. CI_JOB_TOKEN cannot write notes. Empty: the plan is in the job log only.',
      },
    },
  },
} as const satisfies InputTable;
