import {availableParallelism} from 'node:os';
import type {BackendName} from '../config/types.js';

/**
 * How many builds of one backend may run at once in one job. kaniko unpacks every base image
 * into the root filesystem of the container it runs in and snapshots that filesystem, so two
 * kaniko builds in one container would write into each other's image. buildah (its store is
 * locked per layer and container), BuildKit and buildx (a daemon that schedules its own
 * solves), ko and spin (separate output directories per build) share their storage safely.
 */
const SHARED_STORAGE_LIMIT: Partial<Record<BackendName, number>> = {kaniko: 1};

export function backendBuildLimit(backend: BackendName): number {
  return SHARED_STORAGE_LIMIT[backend] ?? Number.POSITIVE_INFINITY;
}

export interface BuildConcurrency {
  /** How many builds run at once (>= 1). */
  jobs: number;
  /** Why, in words, for the log. */
  why: string;
}

/**
 * The builds of one step that run at once: the `jobs` input (0 = as many as the machine has
 * CPUs), never more than the strictest backend among the images allows.
 */
export function buildConcurrency(
  requested: number,
  backends: readonly BackendName[],
  cpus: number = availableParallelism(),
): BuildConcurrency {
  const wanted = requested > 0 ? requested : Math.max(1, cpus);
  const strictest = [...new Set(backends)].sort((a, b) => backendBuildLimit(a) - backendBuildLimit(b))[0];
  const limit = strictest ? backendBuildLimit(strictest) : Number.POSITIVE_INFINITY;
  if (strictest && limit < wanted) {
    return {
      jobs: limit,
      why: `${limit} at a time: ${strictest} builds in the filesystem it runs in and cannot share it`,
    };
  }
  const source = requested > 0 ? 'the jobs input' : `${cpus} CPUs`;
  return {jobs: wanted, why: `up to ${wanted} at a time (${source})`};
}
