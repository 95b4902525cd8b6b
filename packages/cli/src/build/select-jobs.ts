import type {PlannedImage} from '@hephy-builder/core/plan/types';
import type {ArchSupport} from './arch-support.js';
import {imageDependencies} from '@hephy-builder/core/steps/build-arch/schedule';
import type {ScheduledJob} from '@hephy-builder/core/util/scheduler';

/** One image built for one arch: a job of the scheduler. */
export interface BuildJob extends ScheduledJob {
  image: PlannedImage;
  arch: string;
}

/** An image x arch of the plan that this run does not build, and why (shown in the table). */
export interface SkippedBuild {
  image: string;
  arch: string;
  reason: string;
}

export interface SelectOptions {
  /** `--arch`: exactly these arches (no guessing); undefined = what this machine can build. */
  requested?: readonly string[];
  support: ArchSupport;
  /** Whether building this image runs commands in it (a Dockerfile RUN step). */
  runsCommands: (image: PlannedImage) => boolean;
  /** An upstream image's Dockerfile ARG names: the images of the run it is built on. */
  upstreamArgs?: (image: PlannedImage) => ReadonlySet<string>;
}

export interface Selection {
  jobs: BuildJob[];
  skipped: SkippedBuild[];
}

export function jobKey(image: string, arch: string): string {
  return `${image}/${arch}`;
}

/**
 * The builds of this run, in plan order. By default: every arch of every image that this machine
 * can build, which is the host's arch, any arch with a registered emulator, and any other arch
 * for an image whose build runs no command (COPY and metadata only need no CPU of that arch).
 * With `--arch`, exactly those arches. An image built on one that is skipped for an arch is
 * skipped for that arch too: it would be built on the wrong thing or on nothing.
 */
export function selectJobs(images: readonly PlannedImage[], options: SelectOptions): Selection {
  const jobs: BuildJob[] = [];
  const skipped: SkippedBuild[] = [];
  const skippedKeys = new Set<string>();
  for (const image of images) {
    if (image.config.manualBuild) continue;
    const dependencies = imageDependencies(image, images, options.upstreamArgs?.(image));
    for (const arch of image.archs) {
      const deps = dependencies.filter((dep) => dep.archs.includes(arch));
      const reason = whyNot(image, arch, options) ?? dependencySkipped(deps, arch, skippedKeys);
      if (reason) {
        skipped.push({image: image.image, arch, reason});
        skippedKeys.add(jobKey(image.image, arch));
        continue;
      }
      const needs = deps.map((dep) => jobKey(dep.image, arch));
      jobs.push({key: jobKey(image.image, arch), image, arch, needs});
    }
  }
  return {jobs, skipped};
}

function whyNot(image: PlannedImage, arch: string, options: SelectOptions): string | undefined {
  const {requested, support} = options;
  if (requested) return requested.includes(arch) ? undefined : `not in --arch ${requested.join(',')}`;
  if (arch === support.host || support.emulated.has(arch) || !options.runsCommands(image)) return undefined;
  return `its Dockerfile has RUN steps and this ${support.host} machine has no ${arch} emulator: build it on ${arch}, or register qemu-user-static for ${arch} (binfmt_misc) and run again`;
}

function dependencySkipped(
  deps: readonly PlannedImage[],
  arch: string,
  skippedKeys: ReadonlySet<string>,
): string | undefined {
  const dep = deps.find((d) => skippedKeys.has(jobKey(d.image, arch)));
  return dep && `built on ${dep.image}, which is not built for ${arch} here`;
}
