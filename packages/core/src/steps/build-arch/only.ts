import {UserError} from '../../errors.js';
import {builtImages} from '../../plan/outputs.js';
import type {PlannedImage} from '../../plan/types.js';

/** The part of a run's plan one build-arch job builds (the `only` input). */
export interface PlanPart {
  /** The images to build here, in plan order (every arch; the caller picks its own). */
  build: PlannedImage[];
  /** What the build run checks and resolves dependencies against: these and what they are built on. */
  planned: PlannedImage[];
  /**
   * Images of this arch the run builds and pushes, in this job or another: without their `.tag`
   * file they failed or were skipped, and must not be replaced by `<image>-latest`.
   */
  inRun: ReadonlySet<string>;
}

/**
 * `only` picks directories of the plan (`dirs`); empty picks them all. Only pushed images leave
 * `.tag` files, so a build-only run (push false) keeps the `<dep>-latest` fallback.
 */
export function planPart(
  planned: readonly PlannedImage[],
  only: readonly string[],
  arch: string,
  push: boolean,
): PlanPart {
  const inRun = new Set(
    push ? builtImages(planned).flatMap((image) => (image.archs.includes(arch) ? [image.image] : [])) : [],
  );
  if (only.length === 0) return {build: [...planned], planned: [...planned], inRun};
  const dirs = new Set(planned.map((image) => image.dir));
  const unknown = only.filter((dir) => !dirs.has(dir));
  if (unknown.length > 0) {
    throw new UserError(`${unknown.join(', ')} not in dirs: only picks directories of the plan`, {
      field: 'input only',
    });
  }
  const picked = new Set(only);
  const build = planned.filter((image) => picked.has(image.dir));
  const needed = new Set([...picked, ...build.flatMap((image) => image.dependsOn)]);
  return {
    build,
    planned: planned.filter((image) => needed.has(image.dir)),
    inRun,
  };
}
