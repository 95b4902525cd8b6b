/**
 * What the child pipeline is rendered from: the inputs of pipeline.yml's prepare-diff job, read
 * and checked; and the hook that writes the file where the trigger job includes it from.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseBuildArgEnv} from '../config/variables.js';
import {UserError} from '../errors.js';
import {utcDate} from '../plan/names.js';
import type {Plan} from '../plan/types.js';
import type {Ports} from '../ports.js';
import type {CiEvent} from '../shared/event.js';
import {
  type ChildPipelineOptions,
  DEFAULT_DIST_DIR,
  DEFAULT_MAX_CHILD_JOBS,
  renderGitLabChildPipeline,
} from './gitlab-pipeline.js';
import {parseBooleanInput, parseListInput} from '../inputs/read.js';
import {readBackendImages} from './gitlab-runner-images.js';
import type {Platform} from './platform.js';

/** `$NAME` or `${NAME}`: how a credential must reach the child pipeline (never the value itself). */
const VARIABLE_REFERENCE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;

/** The variable a pipeline credential input names (`$REGISTRY_PASSWORD`, `${REGISTRY_PASSWORD}`), if it names one. */
export function credentialVariable(raw: string): string | undefined {
  return VARIABLE_REFERENCE.test(raw) ? raw.replace(/^\$\{?|\}$/g, '') : undefined;
}

/**
 * The renderer's options from the prepare-diff job of pipeline.yml: the pipeline's inputs, which
 * that job receives as `INPUT_*` variables. `username`/`password` arrive unexpanded
 * (`expand: false`) and must name a CI/CD variable, so no secret is written into the artifact.
 */
export async function readChildPipelineOptions(platform: Platform, now: Date): Promise<ChildPipelineOptions> {
  const input = (name: string, fallback = '') => platform.input(name) || fallback;
  const event: CiEvent = await platform.event();
  const image = input('image', platform.env.HEPHY_RUNNER_IMAGE ?? platform.env.CI_JOB_IMAGE ?? '');
  const distDir = input('dist-dir', DEFAULT_DIST_DIR);
  return {
    image,
    distDir,
    backendImages: readBackendImages(input, image, distDir),
    outputDir: input('output-dir', '.'),
    runnerTags: readRunnerTags(input),
    inputs: {
      root: input('root'),
      repository: input('repository', platform.env.CI_REGISTRY_IMAGE ?? ''),
      naming: input('naming'),
      date: input('date', utcDate(now)),
      'insecure-registries': input('insecure-registries'),
      username: credentialReference('username', input('username')),
      password: credentialReference('password', input('password')),
    },
    buildInputs: {
      backend: input('backend'),
      cache: input('cache'),
      reuse: input('reuse'),
      // Checked here too, so a secret's name stops the pipeline before any child job starts.
      'build-arg-env': parseBuildArgEnv(parseListInput(input('build-arg-env'))).join(','),
    },
    retagInputs: {tags: input('tags')},
    push: pipelinePushes(input, event),
    awsRoleArn: input('aws-role-arn'),
    oidcAudience: input('oidc-audience', platform.env.CI_SERVER_URL ?? ''),
    maxJobs: readMaxJobs(input('max-child-jobs')),
  };
}

/** Whether pipeline.yml's pipeline pushes: its `push`, and from a merge request only with push-on-merge-requests. */
export function pipelinePushes(input: (name: string) => string, event: CiEvent): boolean {
  const push = parseBooleanInput('push', input('push'), true);
  const onMergeRequests = parseBooleanInput('push-on-merge-requests', input('push-on-merge-requests'), false);
  return push && (event.kind !== 'pull_request' || onMergeRequests);
}

function readRunnerTags(input: (name: string, fallback?: string) => string): Record<string, string> {
  const tags: Record<string, string> = {amd64: input('amd64-runner-tag'), arm64: input('arm64-runner-tag')};
  for (const entry of parseListInput(input('runner-tags'))) {
    const [arch, tag] = entry.split('=', 2);
    if (!arch || tag === undefined) {
      throw new UserError(`"${entry}" is not <arch>=<runner tag>, e.g. armv7=my-arm-runner`, {
        field: 'input runner-tags',
      });
    }
    tags[arch] = tag;
  }
  return tags;
}

function readMaxJobs(raw: string): number {
  if (raw === '') return DEFAULT_MAX_CHILD_JOBS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 4) {
    throw new UserError(`"${raw}" is not a whole number of at least 4`, {field: 'input max-child-jobs'});
  }
  return value;
}

function credentialReference(name: string, raw: string): string {
  if (raw === '' || VARIABLE_REFERENCE.test(raw)) return raw;
  throw new UserError(
    `the ${name} input of the pipeline must name a CI/CD variable (e.g. $REGISTRY_PASSWORD), not hold the value: ` +
      'the child pipeline is a job artifact, and a value written into it would be readable by anyone who can read the pipeline',
    {field: `input ${name}`},
  );
}

/**
 * prepare-diff's hook (GitLab, `child-pipeline` input set): renders the plan and writes it to
 * `file`. Everything is checked before the file is written, so bad input leaves no file.
 */
export async function writeChildPipeline(
  file: string,
  plan: Plan,
  platform: Platform,
  ports: Ports,
): Promise<void> {
  const options = await readChildPipelineOptions(platform, ports.now());
  if (!options.image) {
    throw new UserError('no runner image for the child pipeline: set the image input', {
      field: 'input image',
    });
  }
  const yaml = renderGitLabChildPipeline(plan, options);
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, yaml);
  ports.log.info(`child pipeline: ${file} (${Buffer.byteLength(yaml)} bytes)`);
}
