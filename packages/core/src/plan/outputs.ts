import {archLabel} from '../shared/platform-spec.js';
import {parsePlatform} from '../config/platform-spec.js';
import {levelsOutput} from './levels.js';
import type {Plan, PlannedImage} from './types.js';

/** Architectures every plan reports on, needed or not: the seed's two runner pools. */
export const ALWAYS_REPORTED_ARCHS = ['amd64', 'arm64'] as const;

/** The image directories of a plan, each once, in build order (what `dirs.txt` holds). */
export function planDirs(plan: Pick<Plan, 'images'>): string[] {
  return [...new Set(plan.images.map((image) => image.dir))];
}

/** The images that are built here (a `manual_build` image's per-arch images already exist). */
export function builtImages(images: readonly PlannedImage[]): PlannedImage[] {
  return images.filter((image) => !image.config.manualBuild);
}

/** Arch labels some built image needs, sorted. */
export function neededArchs(images: readonly PlannedImage[]): string[] {
  return [...new Set(builtImages(images).flatMap((image) => image.archs))].sort();
}

/** `need_<arch>`: amd64 and arm64 always, and every other arch a planned image names. */
export function needByArch(plan: Pick<Plan, 'images' | 'archs'>): Map<string, boolean> {
  const seen = new Set(plan.images.flatMap((image) => image.archs));
  const archs = [...new Set([...ALWAYS_REPORTED_ARCHS, ...[...seen].sort()])];
  return new Map(archs.map((arch) => [arch, plan.archs.includes(arch)]));
}

export interface MatrixEntry {
  dir: string;
  image: string;
  arch: string;
  platform: string;
}

/** One job per image and platform, for `strategy.matrix` (GitHub) or `parallel:matrix` (GitLab). */
export function buildMatrix(images: readonly PlannedImage[]): {include: MatrixEntry[]} {
  const include = builtImages(images).flatMap((image) =>
    image.platforms.map((platform) => {
      const spec = parsePlatform(platform);
      return {dir: image.dir, image: image.image, arch: spec ? archLabel(spec) : platform, platform};
    }),
  );
  return {include};
}

/** The step outputs (action.yml names them). Values have no spaces except `dirs`, so GitLab's dotenv can carry them. */
export function planOutputs(plan: Plan): Record<string, string> {
  const dirs = planDirs(plan);
  const outputs: Record<string, string> = {
    dirs: dirs.join(' '),
    'dirs-json': JSON.stringify(dirs),
    matrix: JSON.stringify(buildMatrix(plan.images)),
    archs: JSON.stringify(plan.archs),
    levels: levelsOutput(plan),
  };
  for (const [arch, needed] of needByArch(plan)) outputs[`need-${arch}`] = String(needed);
  outputs['has-builds'] = String(dirs.length > 0);
  return outputs;
}
