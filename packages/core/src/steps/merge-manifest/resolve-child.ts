import {formatPlatform} from '../../shared/platform-spec.js';
import type {PlatformSpec} from '../../shared/platform-spec.js';
import {UserError} from '../../errors.js';
import type {RegistryClient} from '../../registry/client.js';
import {isAttestation, parseIndex, platformMatches, REFERENCE_DIGEST} from '../../registry/image-index.js';
import {isIndexType} from '../../registry/media-types.js';
import {formatReference, sameRepository, withTarget} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import type {Descriptor, Manifest} from '../../registry/types.js';
import type {Candidate} from './candidates.js';

/** What one architecture contributes to an index. */
export interface ResolvedChild {
  candidate: Candidate;
  /** The index entries: the image (platform from the build request), then its attestations. */
  entries: Descriptor[];
  /** Manifests to bring into the target repository first (images named by `manual_images` elsewhere). */
  copies: Manifest[];
}

/**
 * Asks the registry about one architecture's image. With the digest known and the image already
 * in the target repository this is one HEAD; an index (a backend's attestations, a single-entry
 * index, a multi-arch manual image) is read and flattened to this platform's entries; with
 * `verify` each image's config is read and must agree with the platform the build asked for.
 */
export async function resolveChild(
  client: RegistryClient,
  candidate: Candidate,
  target: Reference,
  verify: boolean,
): Promise<ResolvedChild> {
  const copy = !sameRepository(candidate.source, target);
  const read = verify || copy;
  const found = read
    ? await client.getManifest(candidate.source, {justPushed: true})
    : await client.headManifest(candidate.source, {justPushed: true});
  if (!found) {
    throw new UserError(
      `${formatReference(candidate.source)} is not in the registry: did the push for ${candidate.arch} succeed?`,
      {
        location: candidate.origin,
      },
    );
  }
  if (!isIndexType(found.mediaType)) {
    const manifest = 'bytes' in found ? (found as Manifest) : undefined;
    if (verify && manifest) await checkConfig(client, candidate, candidate.source, manifest);
    const entry = {
      mediaType: found.mediaType,
      digest: found.digest,
      size: found.size,
      platform: candidate.platform,
    };
    return {candidate, entries: [entry], copies: copy && manifest ? [manifest] : []};
  }
  const index =
    'bytes' in found
      ? (found as Manifest)
      : await client.getManifest(withTarget(candidate.source, {digest: found.digest}));
  return flatten(client, candidate, index as Manifest, {verify, copy});
}

async function flatten(
  client: RegistryClient,
  candidate: Candidate,
  index: Manifest,
  options: {verify: boolean; copy: boolean},
): Promise<ResolvedChild> {
  const all = parseIndex(index.bytes).manifests;
  const images = all.filter((m) => !isAttestation(m));
  const matching = images.filter((m) => m.platform && platformMatches(candidate.platform, m.platform));
  const chosen = matching[0] ?? (images.length === 1 ? images[0] : undefined);
  if (!chosen) {
    const has = images.map((m) => (m.platform ? formatPlatform(m.platform) : 'unknown')).join(', ');
    throw new UserError(
      `${formatReference(candidate.source)} is an index without a ${formatPlatform(candidate.platform)} image (it has ${has || 'none'})`,
      {location: candidate.origin},
    );
  }
  const attestations = all.filter(
    (m) => isAttestation(m) && m.annotations?.[REFERENCE_DIGEST] === chosen.digest,
  );
  const entries: Descriptor[] = [
    {mediaType: chosen.mediaType, digest: chosen.digest, size: chosen.size, platform: candidate.platform},
    ...attestations.map((a) => ({...a})),
  ];
  const copies: Manifest[] = [];
  if (options.verify || options.copy) {
    for (const entry of entries) {
      const ref = withTarget(candidate.source, {digest: entry.digest});
      const manifest = await client.getManifest(ref);
      if (!manifest)
        throw new UserError(`${formatReference(ref)} is listed in its index but missing`, {
          location: candidate.origin,
        });
      if (options.verify && entry === entries[0]) await checkConfig(client, candidate, ref, manifest);
      if (options.copy) copies.push(manifest);
    }
  }
  return {candidate, entries, copies};
}

/** The image config's os/architecture/variant must be the platform the build asked for. */
async function checkConfig(
  client: RegistryClient,
  candidate: Candidate,
  ref: Reference,
  manifest: Manifest,
): Promise<void> {
  const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as {config?: {digest?: string}};
  const digest = parsed.config?.digest;
  if (!digest) return;
  const config = JSON.parse(
    Buffer.from(await client.getBlob(ref, digest)).toString('utf8'),
  ) as Partial<PlatformSpec>;
  if (platformMatches(candidate.platform, config)) return;
  const actual = formatPlatform({
    os: config.os ?? '?',
    architecture: config.architecture ?? '?',
    ...(config.variant ? {variant: config.variant} : {}),
  });
  throw new UserError(
    `${formatReference(ref)} was pushed as ${candidate.arch} (${formatPlatform(candidate.platform)}) but its image config says ${actual}: check the backend's platform or the Dockerfile's FROM --platform`,
    {location: candidate.origin},
  );
}
