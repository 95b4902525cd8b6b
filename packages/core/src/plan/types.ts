import type {BuildConfig} from '../config/types.js';

/** One image to build: a directory, or one `targets:` entry of a directory. */
export interface PlannedImage {
  /** The image's name: the directory's name, or `<dir>-<target name>`. */
  image: string;
  /** The image directory relative to the repository root. */
  dir: string;
  /** Dockerfile stage for this image ('' = last). */
  target: string;
  /** `linux/amd64`, `linux/arm/v7`, ... */
  platforms: string[];
  /** Arch labels of `platforms` (`amd64`, `armv7`). */
  archs: string[];
  /** The config's `additional_tags` (and the target's), unexpanded. */
  additionalTags: string[];
  /**
   * The image directories of this repository that this one is built on (from `depends_on` and
   * Dockerfile `ARG <DEP>_TAG`), whether or not they are in this plan. A directory's name is its
   * image's name unless it has `targets:`.
   */
  dependsOn: string[];
  /** Why it was picked, for the summary: changed files, a dependency, the rebuild list, all. */
  reasons: string[];
  config: BuildConfig;
}

/** plan.json: the whole plan, images in build order (dependencies first). */
export interface Plan {
  version: 1;
  /** drift: every image, planned so that those whose fingerprint did not move are reused. */
  mode: 'changed' | 'all' | 'list' | 'drift';
  /** The commit compared against, when changes were detected. */
  base?: string;
  head?: string;
  /** How the images were chosen, in words (`push: changes since 1a2b3c4`, `schedule: rebuild-weekly.txt`). */
  why?: string;
  images: PlannedImage[];
  /** Every arch label any planned image needs, sorted. */
  archs: string[];
}
