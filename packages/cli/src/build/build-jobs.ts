import path from 'node:path';
import {createExec, type Ports} from '@hephy-builder/core';
import {nodeArchLabel} from '@hephy-builder/core/platform/platform';
import {buildImage, type BuildRun, type ImageBuild} from '@hephy-builder/core/steps/build-arch/build-image';
import {declaredArgs} from '@hephy-builder/core/steps/build-arch/build-args';
import {readDockerfile} from '@hephy-builder/core/steps/build-arch/context';
import type {PlannedImage} from '@hephy-builder/core/plan/types';
import type {RegistryClient} from '@hephy-builder/core/registry/client';
import type {ProgressView} from '../progress.js';
import {emulatedArchs, runsCommands, type ArchSupport} from './arch-support.js';
import {fileLogger, type LogEcho} from './job-log.js';
import {buildahExec} from './buildah-exec.js';
import {runScheduled, type Outcome} from '@hephy-builder/core/util/scheduler';
import {jobKey, selectJobs, type BuildJob, type SkippedBuild} from './select-jobs.js';

/** One image x arch of the plan, as the run ended for it. */
export interface BuildRow {
  image: string;
  arch: string;
  /** reused: the target held an image with this fingerprint; it got the run's tag, nothing built. */
  status: 'pushed' | 'reused' | 'failed' | 'skipped';
  reference: string;
  digest: string;
  seconds: number;
  /** The image's fingerprint (docs/backends.md), when it has one. */
  fingerprint?: string;
  /** Why it was skipped, or the error. */
  reason?: string;
  /** Skipped because of this machine (not a failure), as opposed to a failed dependency. */
  notHere?: boolean;
  log?: string;
  error?: unknown;
}

export interface BuildJobsOptions {
  images: readonly PlannedImage[];
  run: BuildRun;
  registry: RegistryClient;
  /** --arch, or undefined for what this machine can build. */
  archs?: readonly string[];
  jobs: number;
  logDir: string;
  progress: ProgressView;
  echo: LogEcho;
  support?: ArchSupport;
}

/**
 * Which images run commands when built, and the ARGs of upstream ones (the images they are built
 * on), read from their Dockerfiles (upstream ones: unpacked).
 */
async function readDockerfiles(
  images: readonly PlannedImage[],
  run: BuildRun,
): Promise<{commands: Map<string, boolean>; args: Map<string, ReadonlySet<string>>}> {
  const commands = new Map<string, boolean>();
  const args = new Map<string, ReadonlySet<string>>();
  for (const image of images) {
    if (image.config.manualBuild) continue;
    // Unreadable: try to build it anyway, so that its build reports the problem with its line.
    const text = await run
      .contextOf(image.config)
      .then((context) => readDockerfile(image.config, context))
      .catch(() => '');
    commands.set(image.image, runsCommands(text, image.target));
    if (image.config.source.kind === 'upstream') args.set(image.image, declaredArgs(text));
  }
  return {commands, args};
}

/** An arch image the target holds after the run, built or reused: merge-manifest may use it. */
export function published(row: BuildRow): boolean {
  return row.status === 'pushed' || row.status === 'reused';
}

/** Builds every selected image x arch, dependencies first, up to `jobs` at a time. */
export async function runBuildJobs(options: BuildJobsOptions): Promise<BuildRow[]> {
  const {images, run, progress} = options;
  const {commands, args} = await readDockerfiles(images, run);
  const support = options.support ?? {host: nodeArchLabel(), emulated: emulatedArchs()};
  const selection = selectJobs(images, {
    ...(options.archs ? {requested: options.archs} : {}),
    support,
    runsCommands: (image) => commands.get(image.image) ?? true,
    upstreamArgs: (image) => args.get(image.image) ?? new Set(),
  });
  for (const job of selection.jobs) progress.update(job.image.image, job.arch, 'waiting');
  for (const skip of selection.skipped) progress.update(skip.image, skip.arch, 'skipped', skip.reason);
  const outcomes = await runScheduled(selection.jobs, {
    limit: options.jobs,
    run: (job) => buildOne(job, options),
    events: {
      started: (job) => progress.update(job.image.image, job.arch, 'building'),
      finished: (job, outcome) => reportOutcome(progress, job, outcome),
    },
  });
  return rows(images, selection.skipped, outcomes, options.logDir);
}

function logFile(logDir: string, image: string, arch: string): string {
  return path.join(logDir, `${image}-${arch}.log`);
}

async function buildOne(job: BuildJob, options: BuildJobsOptions): Promise<ImageBuild> {
  const {run} = options;
  const prefix = `[${job.image.image} ${job.arch}] `;
  const log = fileLogger(
    logFile(options.logDir, job.image.image, job.arch),
    run.ports.log,
    options.echo,
    prefix,
  );
  const exec = createExec(log, run.ports.env);
  const ports: Ports = {
    ...run.ports,
    log,
    exec: buildahExec(exec, options.registry, run.scratch),
  };
  // build-arch keeps one image's digest and auth files in scratch/<image>: one arch per process
  // there, several here, so each arch gets its own scratch.
  const scratch = path.join(run.scratch, job.arch);
  return buildImage(job.image, {...run, ports, scratch, inputs: {...run.inputs, arch: job.arch}});
}

function reportOutcome(progress: ProgressView, job: BuildJob, outcome: Outcome<unknown>): void {
  const {image} = job.image;
  if (outcome.status === 'done') {
    const build = outcome.value as ImageBuild;
    progress.update(image, job.arch, build.status === 'reused' ? 'reused' : 'pushed', build.reference);
  } else if (outcome.status === 'failed') {
    progress.update(image, job.arch, 'failed');
  } else {
    progress.update(image, job.arch, 'skipped', outcome.reason);
  }
}

function rows(
  images: readonly PlannedImage[],
  skipped: readonly SkippedBuild[],
  outcomes: ReadonlyMap<string, Outcome<ImageBuild>>,
  logDir: string,
): BuildRow[] {
  const notHere = new Map(skipped.map((s) => [jobKey(s.image, s.arch), s.reason]));
  const result: BuildRow[] = [];
  for (const image of images) {
    for (const arch of image.archs) {
      const key = jobKey(image.image, arch);
      const base = {image: image.image, arch, reference: '', digest: '', seconds: 0};
      const outcome = outcomes.get(key);
      const reason = notHere.get(key);
      if (reason !== undefined) result.push({...base, status: 'skipped', reason, notHere: true});
      else if (outcome?.status === 'done') {
        const {reference, digest, seconds, fingerprint} = outcome.value;
        const status = outcome.value.status === 'reused' ? 'reused' : 'pushed';
        result.push({
          ...base,
          status,
          reference,
          digest,
          seconds,
          ...(fingerprint ? {fingerprint} : {}),
        });
      } else if (outcome?.status === 'failed') {
        const log = logFile(logDir, image.image, arch);
        result.push({...base, status: 'failed', error: outcome.error, log});
      } else if (outcome?.status === 'skipped') {
        result.push({...base, status: 'skipped', reason: outcome.reason});
      }
    }
  }
  return result;
}
