import {rm} from 'node:fs/promises';
import path from 'node:path';
import {BUG_NOTE, errorMessage, isBug} from '../../errors.js';
import {tagArgPrefix} from '../../plan/dependencies.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Logger} from '../../ports.js';
import {runScheduled, type Outcome, type ScheduledJob} from '../../util/scheduler.js';
import {tagFileName} from '../common/handoff.js';
import {declaredArgs} from './build-args.js';
import {buildImage, type BuildRun, type ImageBuild} from './build-image.js';
import {DependencyNotBuilt} from './dependencies.js';
import {readDockerfile} from './context.js';

/** An image whose build failed, with the error (its message is the reason). */
export interface FailedBuild {
  image: string;
  arch: string;
  error: unknown;
  reason: string;
}

/** An image not built because one it is built on failed (`cause`) or was not built either. */
export interface SkippedBuild {
  image: string;
  arch: string;
  reason: string;
  /** The failed image at the root of it. */
  cause?: string;
}

export interface ScheduledBuilds {
  builds: ImageBuild[];
  failed: FailedBuild[];
  skipped: SkippedBuild[];
}

interface ImageJob extends ScheduledJob {
  image: PlannedImage;
}

/**
 * The images among `images` that `image` is built on: its plan dependencies, and for an upstream
 * image (whose Dockerfile the plan could not read) every image whose `<DEP>_TAG`/`<DEP>_IMAGE`
 * its Dockerfile (`declared`: its ARG names) declares. manual_build images are never built here.
 */
export function imageDependencies(
  image: PlannedImage,
  images: readonly PlannedImage[],
  declared: ReadonlySet<string> = new Set(),
): PlannedImage[] {
  const upstream = image.config.source.kind === 'upstream';
  const usesArg = (other: string) =>
    upstream && (declared.has(`${tagArgPrefix(other)}_TAG`) || declared.has(`${tagArgPrefix(other)}_IMAGE`));
  return images
    .filter((other) => other !== image && !other.config.manualBuild)
    .filter((other) => image.dependsOn.includes(other.dir) || usesArg(other.image));
}

/** An upstream image's Dockerfile ARG names (empty when unreadable: its build reports that). */
export async function upstreamArgs(
  image: PlannedImage,
  run: Pick<BuildRun, 'contextOf'>,
): Promise<Set<string>> {
  if (image.config.source.kind !== 'upstream') return new Set();
  return run
    .contextOf(image.config)
    .then((context) => readDockerfile(image.config, context))
    .then(declaredArgs, () => new Set<string>());
}

/** Lines prefixed with the image, for builds whose output interleaves. */
function prefixedLogger(base: Logger, prefix: string): Logger {
  const each = (message: string) => message.replace(/^/gm, prefix);
  return {
    info: (message) => base.info(each(message)),
    warning: (message, location) => base.warning(each(message), location),
    error: (message, location) => base.error(each(message), location),
    debug: (message) => base.debug(each(message)),
    group: (title, fn) => {
      base.info(each(`== ${title}`));
      return fn();
    },
    addSecret: (secret) => base.addSecret(secret),
    mask: (text) => base.mask(text),
  };
}

/**
 * Builds `images` (one arch, plan order) up to `jobs` at a time, each after the images it is
 * built on, with the scheduler `hephy-builder build` uses. A failed image does not stop the
 * others: only the images built on it, directly or not, are skipped, so none is ever built on a
 * missing base or on an older one. One at a time, each build's log is a group; several at once,
 * each line starts with `[image]`.
 */
export async function buildScheduled(
  images: readonly PlannedImage[],
  run: BuildRun,
  jobs: number,
): Promise<ScheduledBuilds> {
  const {ports, inputs} = run;
  // A `.tag` file left from another run would let a dependent build on an image this run failed.
  await Promise.all(
    images.map((image) =>
      rm(path.join(inputs.outputDir, tagFileName(image.image, inputs.arch)), {force: true}),
    ),
  );
  const scheduled: ImageJob[] = [];
  for (const image of images) {
    const needs = imageDependencies(image, images, await upstreamArgs(image, run));
    scheduled.push({key: image.image, image, needs: needs.map((other) => other.image)});
  }
  const concurrent = jobs > 1 && images.length > 1;
  const title = (image: string) => `${image} (${inputs.arch})`;
  const outcomes = await runScheduled(scheduled, {
    limit: jobs,
    run: ({image}) => {
      if (!concurrent) return ports.log.group(title(image.image), () => buildImage(image, run));
      const log = prefixedLogger(ports.log, `[${image.image}] `);
      return buildImage(image, {...run, ports: {...ports, log}});
    },
    events: {
      ...(concurrent ? {started: (job: ImageJob) => ports.log.info(`[${job.key}] started`)} : {}),
      finished: (job, outcome) => ports.log.info(`${title(job.key)}: ${outcomeText(outcome)}`),
    },
  });
  return collect(images, inputs.arch, outcomes, ports.log);
}

function outcomeText(outcome: Outcome<unknown>): string {
  if (outcome.status === 'done') {
    const build = outcome.value as ImageBuild;
    return `${build.status === 'reused' ? 'reused' : 'built'} ${build.reference}`;
  }
  if (outcome.status === 'failed') return `failed: ${errorMessage(outcome.error)}`;
  return `skipped: ${outcome.reason}`;
}

function collect(
  images: readonly PlannedImage[],
  arch: string,
  outcomes: ReadonlyMap<string, Outcome<ImageBuild>>,
  log: Logger,
): ScheduledBuilds {
  const result: ScheduledBuilds = {builds: [], failed: [], skipped: []};
  for (const {image} of images) {
    const outcome = outcomes.get(image);
    if (outcome?.status === 'done') result.builds.push(outcome.value);
    else if (outcome?.status === 'failed' && outcome.error instanceof DependencyNotBuilt) {
      // Built on an image another job of the fan-out failed to build: skipped, as within a job.
      const {error} = outcome;
      result.skipped.push({image, arch, reason: errorMessage(error), cause: error.dependency});
    } else if (outcome?.status === 'failed') {
      const {error} = outcome;
      if (isBug(error) && error instanceof Error && error.stack) log.debug(log.mask(error.stack));
      const reason = isBug(error) ? `${errorMessage(error)} (${BUG_NOTE})` : errorMessage(error);
      result.failed.push({image, arch, error, reason});
    } else if (outcome?.status === 'skipped') {
      const {reason, cause} = outcome;
      result.skipped.push({image, arch, reason, ...(cause ? {cause} : {})});
    }
  }
  return result;
}
