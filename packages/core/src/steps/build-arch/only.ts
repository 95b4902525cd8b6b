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
   * Images of this arch that other jobs of the run build: without their `.tag` file here they
   * failed or were skipped, and must not be replaced by `<image>-latest`.
   */
  elsewhere: ReadonlySet<string>;
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
  if (only.length === 0) return {build: [...planned], planned: [...planned], elsewhere: new Set()};
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
  const others = builtImages(planned).filter((image) => !picked.has(image.dir) && image.archs.includes(arch));
  return {
    build,
    planned: planned.filter((image) => needed.has(image.dir)),
    elsewhere: new Set(push ? others.map((image) => image.image) : []),
  };
}
