import path from 'node:path';
import {archLabel} from '../../shared/platform-spec.js';
import type {PlatformSpec} from '../../shared/platform-spec.js';
import {UserError} from '../../errors.js';
import {archRef, type TagScheme} from '../../plan/names.js';
import {TAG_PATTERN} from '../../shared/reference.js';
import type {PlannedImage} from '../../plan/types.js';
import type {SourceLocation} from '../../ports.js';
import {isDigest} from '../../shared/reference.js';
import {parseReference, withTarget} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import {readTagFile, tagFileName} from '../common/handoff.js';

/** One architecture's image that goes into an index, before the registry has been asked anything. */
export interface Candidate {
  arch: string;
  /** The platform the build asked for (the index entry's platform). */
  platform: PlatformSpec;
  /** Where the image is: by digest when a `.tag` file gave one. */
  source: Reference;
  /** Where it was named, for errors: the `.tag` file, or the config's `manual_images` line. */
  origin: SourceLocation;
}

/** The platforms of an image by arch label (`armv7` -> linux/arm/v7). */
function platformsByArch(image: PlannedImage): Map<string, PlatformSpec> {
  const specs =
    image.config.platforms.length > 0 ? image.config.platforms : (image.config.ko?.platforms ?? []);
  return new Map(specs.map((spec) => [archLabel(spec), spec]));
}

/**
 * The per-arch images of one image for `archs`, from the `<image>-<arch>.tag` files present in
 * output-dir, or for `manual_build` images from `manual_images`. Reads files only; problems with
 * a file's content are collected, an arch with no image is simply not among the candidates.
 */
export async function findCandidates(
  image: PlannedImage,
  archs: readonly string[],
  scheme: TagScheme,
  outputDir: string,
  problems: UserError[],
): Promise<Candidate[]> {
  const platforms = platformsByArch(image);
  const candidates: Candidate[] = [];
  for (const arch of archs) {
    const platform = platforms.get(arch) ?? {os: 'linux', architecture: arch};
    const found = image.config.manualBuild
      ? manualCandidate(image, arch, problems)
      : await tagFileCandidate(image, arch, scheme, outputDir, problems);
    if (found) candidates.push({arch, platform, ...found});
  }
  return candidates;
}

/**
 * Why an image gets no index: the arches it is built for that have no image. An index lacking
 * one would be pulled on that arch and fail there, or worse, `latest` would move to it.
 */
export function missingArchsProblem(
  image: PlannedImage,
  archs: readonly string[],
  found: readonly string[],
  outputDir: string,
): UserError | undefined {
  const missing = archs.filter((arch) => !found.includes(arch));
  if (missing.length === 0) return undefined;
  const location = {file: image.config.file};
  if (image.config.manualBuild) {
    return new UserError(
      `${image.image}: no index: manual_images names no image for ${missing.join(', ')} (the config's platforms ask for ${archs.join(', ')})`,
      {location},
    );
  }
  const files = missing.map((arch) => tagFileName(image.image, arch)).join(', ');
  const built = found.length > 0 ? `only ${found.join(', ')} was built` : 'no arch was built';
  return new UserError(
    `${image.image}: no index: ${missing.join(', ')} missing (${files} not in ${outputDir}; ${built}): an index must hold every arch the config asks for; build ${missing.join(', ')} (see build-arch's log), then run merge-manifest again`,
    {location},
  );
}

async function tagFileCandidate(
  image: PlannedImage,
  arch: string,
  scheme: TagScheme,
  outputDir: string,
  problems: UserError[],
): Promise<Omit<Candidate, 'arch' | 'platform'> | undefined> {
  const file = path.join(outputDir, tagFileName(image.image, arch));
  const content = await readTagFile(outputDir, image.image, arch);
  if (!content) return undefined;
  if (!TAG_PATTERN.test(content.tag)) {
    problems.push(
      new UserError(`"${content.tag}" is not a valid tag; the file should hold the tag build-arch pushed`, {
        location: {file, line: 1},
      }),
    );
    return undefined;
  }
  if (!isDigest(content.digest)) {
    problems.push(
      new UserError(
        `"${content.digest}" is not a manifest digest (sha256:<64 hex digits>); re-run build-arch for ${arch}`,
        {location: {file, line: 2}},
      ),
    );
    return undefined;
  }
  const ref = archRef(scheme, image.image, arch);
  return {
    source: withTarget(ref, {tag: content.tag, digest: content.digest}),
    origin: {file, line: 1},
  };
}

function manualCandidate(
  image: PlannedImage,
  arch: string,
  problems: UserError[],
): Omit<Candidate, 'arch' | 'platform'> | undefined {
  const text = image.config.manualImages[arch];
  if (!text) return undefined;
  const at = image.config.positions[`manual_images.${arch}`];
  const origin = {file: image.config.file, ...(at ? {line: at.line, column: at.column} : {})};
  try {
    return {source: parseReference(text), origin};
  } catch (error) {
    problems.push(
      new UserError((error as Error).message, {location: origin, field: `manual_images.${arch}`}),
    );
    return undefined;
  }
}
