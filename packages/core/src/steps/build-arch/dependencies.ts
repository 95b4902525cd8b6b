import {UserError} from '../../errors.js';
import {tagArgPrefix} from '../../plan/dependencies.js';
import {listImageDirs} from '../../plan/discover.js';
import {archRef, extraTagRef, type TagScheme} from '../../plan/names.js';
import {formatReference, repositoryName, withTarget} from '../../registry/reference.js';
import type {PlannedImage} from '../../plan/types.js';
import {readTagFile, tagFileName} from '../common/handoff.js';

/** The ARGs that get the repository. */
const REGISTRY_ARGS = ['ECR_REGISTRY', 'REGISTRY'];

/**
 * The image directories this image may be built on: the plan's, read from its config and local
 * Dockerfile. An upstream image's Dockerfile is not there when the plan is made, so any other
 * image directory may fill the `<DEP>_TAG`/`<DEP>_IMAGE` args it declares.
 */
export function dependencyDirs(image: PlannedImage, root: string): string[] {
  if (image.config.source.kind !== 'upstream') return image.dependsOn;
  return listImageDirs(root).filter((dir) => dir !== image.dir && dir !== '.');
}

/** Every ARG name hephy-builder gives a value for, given the images an image may be built on. */
export function providedArgNames(dependencies: readonly string[]): string[] {
  const prefixes = dependencies.map(tagArgPrefix);
  return [...REGISTRY_ARGS, ...prefixes.flatMap((prefix) => [`${prefix}_TAG`, `${prefix}_IMAGE`])];
}

/** A dependency image as handed to a build: where it came from and its pinned reference. */
/**
 * An image of this run that this job was to build on did not leave its `.tag` file: its build
 * (in this job or another of the fan-out) failed or was skipped. The image is then skipped too,
 * naming that dependency, rather than reported as a failure of its own.
 */
export class DependencyNotBuilt extends UserError {
  constructor(
    readonly dependency: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DependencyImage {
  image: string;
  tag: string;
  /** `repository:tag@sha256:...`: pinned, so a tag moving mid-run cannot change what we build on. */
  reference: string;
  /** Built by this run for this arch (else the `<dep>-latest` index). */
  fromThisRun: boolean;
}

export interface DependencyContext {
  scheme: TagScheme;
  arch: string;
  outputDir: string;
  /** The manifest digest of a reference in the registry, or undefined when it is not there. */
  head: (reference: string) => Promise<string | undefined>;
  /**
   * `<dep>-latest` digests already asked for in this run, by dependency and arch, so that every
   * image built on the same dependency does not HEAD it again.
   */
  latest?: Map<string, Promise<string | undefined>>;
  /**
   * The images the run builds and pushes for this arch, in this job or another. One of them
   * without its `.tag` file failed or was skipped: what is built on it must not fall back to an
   * older `<dep>-latest`.
   */
  inRun?: ReadonlySet<string>;
}

/**
 * The value of each dependency ARG the Dockerfile declares: `ECR_REGISTRY`/`REGISTRY` get the
 * repository, `<DEP>_TAG` the dependency's tag and `<DEP>_IMAGE` its digest-pinned reference,
 * for each of `dependencies` (the images of the plan's `dependsOn` directories).
 * A dependency built in this run for this arch (its `.tag` file) wins; else `<dep>-latest`.
 */
export async function dependencyArgs(
  declared: ReadonlySet<string>,
  dependencies: readonly string[],
  context: DependencyContext,
): Promise<{args: Map<string, string>; used: DependencyImage[]}> {
  const args = new Map<string, string>();
  for (const name of REGISTRY_ARGS)
    if (declared.has(name)) args.set(name, repositoryName(context.scheme.repository));
  const used: DependencyImage[] = [];
  for (const image of dependencies) {
    const prefix = tagArgPrefix(image);
    if (!declared.has(`${prefix}_TAG`) && !declared.has(`${prefix}_IMAGE`)) continue;
    const dependency = await findDependency(image, context);
    if (declared.has(`${prefix}_TAG`)) args.set(`${prefix}_TAG`, dependency.tag);
    if (declared.has(`${prefix}_IMAGE`)) args.set(`${prefix}_IMAGE`, dependency.reference);
    used.push(dependency);
  }
  return {args, used};
}

async function findDependency(image: string, context: DependencyContext): Promise<DependencyImage> {
  const built = await readTagFile(context.outputDir, image, context.arch);
  if (built?.digest) {
    const ref = withTarget(archRef(context.scheme, image, context.arch), {
      tag: built.tag,
      digest: built.digest,
    });
    return {image, tag: built.tag, reference: formatReference(ref), fromThisRun: true};
  }
  if (context.inRun?.has(image)) {
    throw new DependencyNotBuilt(
      image,
      `${image} is built for ${context.arch} in this run but left no ${tagFileName(image, context.arch)} (its build failed or was skipped): not building on an older ${image}-latest`,
    );
  }
  // The default branch's `latest`, even on a feature branch: that is the image others build on.
  const {branch: _branch, ...defaultScheme} = context.scheme;
  const latest = extraTagRef(defaultScheme, image, 'latest');
  const digest = await latestDigest(image, formatReference(latest), context);
  if (!digest) {
    throw new UserError(
      `${image} was not built for ${context.arch} in this run and ${formatReference(latest)} does not exist: build ${image} first (add it to dirs, or push its latest tag)`,
    );
  }
  return {image, tag: latest.tag, reference: formatReference({...latest, digest}), fromThisRun: false};
}

function latestDigest(
  image: string,
  reference: string,
  context: DependencyContext,
): Promise<string | undefined> {
  const cache = context.latest;
  if (!cache) return context.head(reference);
  const key = `${image}\n${context.arch}`;
  let digest = cache.get(key);
  if (!digest) {
    digest = context.head(reference);
    // A failed request is not an answer: the next image asks again.
    digest.catch(() => cache.delete(key));
    cache.set(key, digest);
  }
  return digest;
}
