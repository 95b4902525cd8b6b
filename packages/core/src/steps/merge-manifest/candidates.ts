import path from 'node:path';
import {archLabel, formatPlatform} from '../../shared/platform-spec.js';
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
 * The per-arch images of one image, from the `<image>-<arch>.tag` files present in output-dir, or
 * for `manual_build` images from `manual_images`. Reads files only; problems are collected.
 */
export async function findCandidates(
  image: PlannedImage,
  scheme: TagScheme,
  outputDir: string,
  problems: UserError[],
): Promise<Candidate[]> {
  const platforms = platformsByArch(image);
  const candidates: Candidate[] = [];
  for (const arch of image.archs) {
    const platform = platforms.get(arch) ?? {os: 'linux', architecture: arch};
    const found = image.config.manualBuild
      ? manualCandidate(image, arch, problems)
      : await tagFileCandidate(image, arch, scheme, outputDir, problems);
    if (found) candidates.push({arch, platform, ...found});
  }
  if (candidates.length === 0 && problems.length === 0) {
    const where = image.config.manualBuild ? `manual_images in ${image.config.file}` : `${outputDir}`;
    const files = image.archs.map((arch) => tagFileName(image.image, arch)).join(', ');
    problems.push(
      new UserError(
        image.config.manualBuild
          ? `${image.image}: ${where} names no image for any of ${image.archs.join(', ')}`
          : `${image.image}: none of ${files} is in ${where}: run build-arch for at least one of ${[...platforms.values()].map(formatPlatform).join(', ')} first, or point output-dir at its files`,
        {location: {file: image.config.file}},
      ),
    );
  }
  return candidates;
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
