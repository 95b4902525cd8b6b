import {BUILD_ARCH_INPUTS} from './build-arch.js';
import {MERGE_MANIFEST_INPUTS} from './merge-manifest.js';
import {PREPARE_DIFF_INPUTS} from './prepare-diff.js';
import {RETAG_INPUTS} from './retag.js';
import type {InputSpec, InputTable, SurfaceSpec} from './table.js';

/**
 * The whole-pipeline entries: the root action.yml (one job), the reusable workflow
 * (`on.workflow_call.inputs`) and the GitLab pipeline.yml component (`spec:inputs`).
 */
export type PipelineSurface = 'action' | 'workflow' | 'gitlab';

/** How a pipeline entry declares an input where it differs from the step's (`required` too). */
export interface PipelineSurfaceSpec extends SurfaceSpec {
  readonly required?: boolean;
}

/** One input of the whole-pipeline entries: a step's passed through, or the pipeline's own. */
export interface PipelineInputSpec extends Omit<InputSpec, 'type' | 'default' | 'on'> {
  /** `number` exists only in GitLab's `spec:inputs` (the reusable workflow has no such input). */
  readonly type: InputSpec['type'] | 'number';
  readonly default: InputSpec['default'] | number;
  readonly on?: Partial<Record<PipelineSurface, false | PipelineSurfaceSpec>>;
}

const NOT_ON: Record<PipelineSurface, false> = {action: false, workflow: false, gitlab: false};

/**
 * A step's input as the pipeline entries pass it on: the step's own declaration (type, default,
 * GitHub wording on the action and workflow, GitLab wording in pipeline.yml), with `on` naming
 * the surfaces it is on and, only where the pipeline's wording genuinely differs, what differs.
 */
export function passThrough(
  table: InputTable,
  name: string,
  on: Partial<Record<PipelineSurface, true | PipelineSurfaceSpec>>,
): PipelineInputSpec {
  const spec = table[name];
  if (!spec) throw new Error(`no step input ${name}`);
  const surface = (where: PipelineSurface, own: false | SurfaceSpec | undefined) => {
    const change = on[where];
    if (change === undefined || own === false) return false;
    return {...own, ...(change === true ? {} : change)};
  };
  return {
    ...spec,
    on: {
      action: surface('action', spec.on?.github),
      workflow: surface('workflow', spec.on?.github),
      gitlab: surface('gitlab', spec.on?.gitlab),
    },
  };
}

const EVERYWHERE = {action: true, workflow: true, gitlab: true} as const;
const ACTION_AND_GITLAB = {action: true, gitlab: true} as const;
// The steps' wording is about one step (`Must match build-arch`, `-<arch>`); the pipeline's is not.
const NAMING = {
  description: 'tag-prefix (<repository>:<image>-<date>) or repository (<repository>/<image>:<date>).',
};
/** An image reference without blanks or quotes, as the `image` input of the templates is checked. */
const IMAGE_REGEX = '^[^\\s"\\\']*$';
const PUSH_ALL = {description: 'Push the images, merge and retag. false: build only.'};

/**
 * The inputs of the whole-pipeline entries, in the order the root action and the workflow list
 * them (pipeline.yml keeps its own order). `npm run docs` writes their `inputs:` from this table.
 */
export const PIPELINE_INPUTS: Readonly<Record<string, PipelineInputSpec>> = {
  root: passThrough(PREPARE_DIFF_INPUTS, 'root', EVERYWHERE),
  mode: passThrough(PREPARE_DIFF_INPUTS, 'mode', EVERYWHERE),
  base: passThrough(PREPARE_DIFF_INPUTS, 'base', {action: true}),
  head: passThrough(PREPARE_DIFF_INPUTS, 'head', {action: true}),
  'rebuild-list': passThrough(PREPARE_DIFF_INPUTS, 'rebuild-list', EVERYWHERE),
  ignore: passThrough(PREPARE_DIFF_INPUTS, 'ignore', EVERYWHERE),
  'require-readme': passThrough(PREPARE_DIFF_INPUTS, 'require-readme', EVERYWHERE),
  'include-dependents': passThrough(PREPARE_DIFF_INPUTS, 'include-dependents', EVERYWHERE),
  archs: {
    type: 'string',
    default: 'native',
    description:
      "Architectures to build here: `native` (the runner's), `all` (every arch of the plan: only for images without RUN steps, or with QEMU set up), or a list (amd64, arm64, ...).",
    on: {workflow: false, gitlab: false},
  },
  repository: passThrough(BUILD_ARCH_INPUTS, 'repository', {
    action: true,
    workflow: {
      required: false,
      default: '',
      description: 'The registry repository to push to. Empty: ghcr.io/<owner>/<repository> in lower case.',
    },
    gitlab: true,
  }),
  naming: passThrough(MERGE_MANIFEST_INPUTS, 'naming', {action: NAMING, workflow: NAMING, gitlab: true}),
  backend: passThrough(BUILD_ARCH_INPUTS, 'backend', EVERYWHERE),
  date: passThrough(BUILD_ARCH_INPUTS, 'date', {
    action: true,
    workflow: {description: 'The date in tags (YYYYMMDD). Empty: the day prepare runs (UTC), for every job.'},
    gitlab: {
      description:
        'The date stamp of the tags (YYYYMMDD). Empty: the day prepare-diff runs, in UTC, for every job of the pipeline.',
    },
  }),
  push: passThrough(BUILD_ARCH_INPUTS, 'push', {action: PUSH_ALL, workflow: PUSH_ALL, gitlab: true}),
  'push-on-pull-requests': {
    type: 'boolean',
    default: false,
    description: 'Push from pull requests of this repository too (never from forks).',
    on: {action: false, gitlab: false},
  },
  'push-on-merge-requests': {
    type: 'boolean',
    default: false,
    description: 'Push from merge request pipelines too (by default they build without pushing).',
    on: {action: false, workflow: false},
  },
  cache: passThrough(BUILD_ARCH_INPUTS, 'cache', EVERYWHERE),
  reuse: passThrough(BUILD_ARCH_INPUTS, 'reuse', EVERYWHERE),
  jobs: passThrough(BUILD_ARCH_INPUTS, 'jobs', {action: true}),
  tags: passThrough(RETAG_INPUTS, 'tags', EVERYWHERE),
  'insecure-registries': passThrough(BUILD_ARCH_INPUTS, 'insecure-registries', EVERYWHERE),
  'build-arg-env': passThrough(BUILD_ARCH_INPUTS, 'build-arg-env', {
    action: true,
    workflow: {
      description: `${BUILD_ARCH_INPUTS['build-arg-env'].description} The build jobs of this workflow have the runner's own variables (GITHUB_SHA, GITHUB_RUN_NUMBER, ...).`,
    },
    gitlab: true,
  }),
  // The workflow takes the registry credentials as secrets, not inputs.
  username: passThrough(BUILD_ARCH_INPUTS, 'username', ACTION_AND_GITLAB),
  password: passThrough(BUILD_ARCH_INPUTS, 'password', ACTION_AND_GITLAB),
  'api-token': passThrough(PREPARE_DIFF_INPUTS, 'api-token', ACTION_AND_GITLAB),
  'output-dir': passThrough(PREPARE_DIFF_INPUTS, 'output-dir', {
    action: {default: '.hephy-builder', description: 'Where the steps pass files to each other.'},
    gitlab: true,
  }),
  'amd64-runner': workflowOnly(
    'ubuntu-24.04',
    'Runner label of the amd64 builds (and of every job that builds nothing).',
  ),
  'arm64-runner': workflowOnly(
    'ubuntu-24.04-arm',
    'Runner label of the arm64 builds; native, never emulated.',
  ),
  'other-runner': workflowOnly(
    'ubuntu-24.04',
    'Runner label of any other arch (armv7, ...), which needs QEMU or images without RUN steps.',
  ),
  'builder-repository': workflowOnly(
    'kingdon-ci/hephy-builder',
    'The hephy-builder repository whose actions run.',
  ),
  'builder-ref': workflowOnly(
    'v1',
    "The hephy-builder ref whose actions run; keep it equal to this workflow's @ref.",
  ),
  'amd64-runner-tag': gitlabOnly(
    'saas-linux-small-amd64',
    'The tag of the amd64 runners; amd64 builds, merges and retags run there.',
    {regex: '^\\S+$'},
  ),
  'arm64-runner-tag': gitlabOnly(
    'saas-linux-small-arm64',
    'The tag of the arm64 runners; arm64 images are built there natively, never under emulation.',
    {regex: '^\\S+$'},
  ),
  'runner-tags': gitlabOnly(
    '',
    'Runner tags of other architectures, as `<arch>=<tag>` (for example `armv7=my-arm-runner`). Comma or space separated. An architecture without a tag is built on the amd64 runners.',
  ),
  // The runner images of the build jobs, by backend (platform/gitlab-runner-images.ts).
  'kaniko-image': gitlabOnly(
    '',
    'The runner image of kaniko builds: kaniko (debug) with Node and the bundles under /kaniko/hephy-builder, the Containerfile `kaniko` target. Empty: the runner image with `-kaniko` after its repository, same tag (`<image-repository>-kaniko:<version>`).',
    {regex: IMAGE_REGEX},
  ),
  'buildkit-image': gitlabOnly(
    '',
    'The runner image of BuildKit builds: rootless buildctl and buildkitd with Node and the bundles at `dist-dir`, the Containerfile `buildkit` target. Empty: the runner image with `-buildkit` after its repository, same tag.',
    {regex: IMAGE_REGEX},
  ),
  'buildx-image': gitlabOnly(
    '',
    'The runner image of buildx builds: Node 24, the bundles at `dist-dir`, the docker CLI with buildx, and a Docker daemon the runner provides (the child jobs add no services: a privileged docker:dind in the runner configuration, DOCKER_HOST as a CI/CD variable). Empty: the runner image, which has no docker (the build fails naming it).',
    {regex: IMAGE_REGEX},
  ),
  'ko-image': gitlabOnly(
    '',
    'The runner image of ko builds: Node 24, the bundles at `dist-dir`, ko and Go. Empty: the runner image, which has no ko (the build fails naming it).',
    {regex: IMAGE_REGEX},
  ),
  'spin-image': gitlabOnly(
    '',
    'The runner image of spin builds: Node 24, the bundles at `dist-dir` and spin. Empty: the runner image, which has no spin (the build fails naming it).',
    {regex: IMAGE_REGEX},
  ),
  'max-child-jobs': {
    type: 'number',
    default: 200,
    description:
      'Most jobs in the child pipeline; above it, image directories are built together in dependency waves.',
    on: {action: false, workflow: false},
  },
};

function workflowOnly(value: string, description: string): PipelineInputSpec {
  return {type: 'string', default: value, description, on: {...NOT_ON, workflow: {}}};
}

function gitlabOnly(value: string, description: string, gitlab: SurfaceSpec = {}): PipelineInputSpec {
  return {type: 'string', default: value, description, on: {...NOT_ON, gitlab}};
}

/** The pipeline table as one surface declares it, in the step tables' shape (`github`/`gitlab`). */
export function pipelineInputsOn(
  surface: PipelineSurface,
  pipeline: Readonly<Record<string, PipelineInputSpec>> = PIPELINE_INPUTS,
): Record<string, InputSpec> {
  const platform = surface === 'gitlab' ? 'gitlab' : 'github';
  const other = surface === 'gitlab' ? 'github' : 'gitlab';
  const table: Record<string, InputSpec> = {};
  for (const [name, spec] of Object.entries(pipeline)) {
    const own = spec.on?.[surface];
    if (own === false) continue;
    table[name] = {...spec, on: {[platform]: own ?? {}, [other]: false}} as InputSpec;
  }
  return table;
}
