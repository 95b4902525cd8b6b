/**
 * Which runner image a child pipeline's build job runs in: the one made for the backend of the
 * images it builds (the Containerfile's targets, docs/backends.md "Runner images"), and how the
 * job starts a step there.
 */
import path from 'node:path';
import type {BackendName} from '../config/types.js';
import {UserError} from '../errors.js';

/** Where the kaniko runner image keeps Node and the bundles: under /kaniko, which kaniko leaves alone. */
export const KANIKO_RUNNER_HOME = '/kaniko/hephy-builder';
export const KANIKO_RUNNER_NODE = `${KANIKO_RUNNER_HOME}/bin/node`;
export const KANIKO_RUNNER_DIST_DIR = `${KANIKO_RUNNER_HOME}/dist`;

/** An image a step runs in: the image, its node, and where its bundles are. */
export interface RunnerImage {
  image: string;
  node: string;
  distDir: string;
}

/** Backends whose released runner image is `<runner image repository>-<backend>`, same tag. */
const RELEASED: Partial<Record<BackendName, (image: string, distDir: string) => RunnerImage>> = {
  kaniko: (image) => ({image, node: KANIKO_RUNNER_NODE, distDir: KANIKO_RUNNER_DIST_DIR}),
  buildkit: (image, distDir) => ({image, node: 'node', distDir}),
};

/** The backends with a runner image input (`<backend>-image`); buildah builds in the default image. */
export const BACKENDS_WITH_IMAGE: readonly BackendName[] = ['kaniko', 'buildkit', 'buildx', 'ko', 'spin'];

/** The pipeline input naming the runner image of `backend`'s build jobs. */
export function backendImageInput(backend: BackendName): string {
  return `${backend}-image`;
}

/**
 * The runner image of each backend whose builds do not run in the default one: kaniko and
 * BuildKit always (their input, else the released image next to the default one), buildx, ko
 * and spin only when their input names one. A backend without an entry builds in the default
 * image (buildah and auto, which never picks kaniko there). Images given by input have the
 * bundles at `dist-dir` and `node` on the PATH; the released kaniko image has them under /kaniko.
 */
export function readBackendImages(
  input: (name: string) => string,
  runnerImage: string,
  distDir: string,
): Partial<Record<BackendName, RunnerImage>> {
  const images: Partial<Record<BackendName, RunnerImage>> = {};
  for (const backend of BACKENDS_WITH_IMAGE) {
    const given = input(backendImageInput(backend));
    const released = RELEASED[backend];
    if (given && released) images[backend] = released(given, distDir);
    else if (given) images[backend] = {image: given, node: 'node', distDir};
    else if (released && runnerImage)
      images[backend] = released(releasedBeside(runnerImage, backend), distDir);
  }
  return images;
}

/**
 * `registry.gitlab.com/kingdon-ci/hephy-builder/runner:1.2.0` -> `...runner-kaniko:1.2.0`: the
 * release names the backend images after the default one. An image pinned by digest has no such
 * neighbour; the input must then name it, which the renderer asks for only if a job needs it.
 */
function releasedBeside(runnerImage: string, backend: BackendName): string {
  if (runnerImage.includes('@')) return '';
  const colon = runnerImage.lastIndexOf(':');
  const hasTag = colon > runnerImage.lastIndexOf('/');
  const name = hasTag ? runnerImage.slice(0, colon) : runnerImage;
  return `${name}-${backend}${hasTag ? runnerImage.slice(colon) : ''}`;
}

/**
 * The runner image a build of `backend` runs in (`auto` and every backend without an image of
 * its own: the default one). An image left unknown (a default image pinned by digest) is an
 * error naming the input that would fix it.
 */
export function runnerImageOf(
  backend: string,
  images: Partial<Record<BackendName, RunnerImage>>,
  fallback: RunnerImage,
): RunnerImage {
  const own = images[backend as BackendName];
  if (!own) return fallback;
  if (!own.image) {
    const input = backendImageInput(backend as BackendName);
    throw new UserError(
      `the runner image is pinned by digest (${fallback.image}), so the ${backend} runner image cannot be named after it: set the ${input} input`,
      {field: `input ${input}`},
    );
  }
  return own;
}

/** The job script line that runs `step`'s bundle in `runner`. */
export function stepCommand(step: string, runner: RunnerImage): string {
  return `${shellQuote(runner.node)} ${shellQuote(path.posix.join(runner.distDir, step, 'index.js'))}`;
}

function shellQuote(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
