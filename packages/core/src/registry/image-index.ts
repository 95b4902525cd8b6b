import type {PlatformSpec} from '../shared/platform-spec.js';
import {isIndexType, OCI_INDEX} from './media-types.js';
import type {Descriptor} from './types.js';

/** BuildKit marks the provenance/SBOM manifests it adds to an index like this (buildx docs "attestation storage"). */
export const REFERENCE_TYPE = 'vnd.docker.reference.type';
export const REFERENCE_DIGEST = 'vnd.docker.reference.digest';

export interface ImageIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export function parseIndex(bytes: Uint8Array): ImageIndex {
  const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<ImageIndex>;
  return {
    schemaVersion: 2,
    mediaType: parsed.mediaType ?? OCI_INDEX,
    manifests: parsed.manifests ?? [],
    ...(parsed.annotations ? {annotations: parsed.annotations} : {}),
  };
}

export function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.[REFERENCE_TYPE] === 'attestation-manifest';
}

/** The variant as compared: arm64's default `v8` is the same as none (containerd `platforms.Normalize`). */
function variantOf(platform: PlatformSpec): string {
  const variant = platform.variant ?? '';
  return platform.architecture === 'arm64' && variant === 'v8' ? '' : variant;
}

/**
 * Whether `actual` (an image config or an index entry) satisfies `wanted`. A missing variant on
 * the actual side is accepted: kaniko cannot record one, and the build request already named it.
 */
export function platformMatches(wanted: PlatformSpec, actual: Partial<PlatformSpec>): boolean {
  if (actual.os !== wanted.os || actual.architecture !== wanted.architecture) return false;
  const variant = variantOf({os: actual.os, architecture: actual.architecture, variant: actual.variant});
  return variant === '' || variant === variantOf(wanted);
}

/**
 * The digest of the image for `platform` in what a tag holds: an index's entry for it
 * (attestations left out), or a single image's own digest. Undefined when the index has none.
 */
export function imageDigestFor(
  manifest: {mediaType: string; bytes: Uint8Array; digest: string},
  platform: PlatformSpec,
): string | undefined {
  if (!isIndexType(manifest.mediaType)) return manifest.digest;
  return parseIndex(manifest.bytes).manifests.find(
    (m) => !isAttestation(m) && m.platform !== undefined && platformMatches(platform, m.platform),
  )?.digest;
}

/**
 * The bytes of an OCI index (always OCI: only it may carry annotations). Key order is fixed and
 * there is no whitespace, so the same entries give the same bytes and the same digest.
 */
export function serializeIndex(
  manifests: readonly Descriptor[],
  annotations: Record<string, string>,
): Uint8Array {
  const entries = manifests.map((m) => ({
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.size,
    ...(m.annotations && Object.keys(m.annotations).length ? {annotations: m.annotations} : {}),
    ...(m.platform ? {platform: orderedPlatform(m.platform)} : {}),
  }));
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: entries,
    ...(Object.keys(annotations).length ? {annotations} : {}),
  };
  return Buffer.from(JSON.stringify(index));
}

function orderedPlatform(p: PlatformSpec): PlatformSpec {
  return {architecture: p.architecture, os: p.os, ...(p.variant ? {variant: p.variant} : {})};
}

/** The entries of an index as compared for "already there": digests, platforms and entry annotations. */
export function entriesKey(manifests: readonly Descriptor[]): string {
  return JSON.stringify(
    manifests.map((m) => [m.digest, m.platform ? orderedPlatform(m.platform) : null, m.annotations ?? {}]),
  );
}
