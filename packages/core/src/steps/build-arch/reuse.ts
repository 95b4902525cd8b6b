import type {TaggedReference} from '../../plan/names.js';
import type {RegistryClient} from '../../registry/client.js';
import {isImageManifestType} from '../../registry/media-types.js';
import {withTarget} from '../../registry/reference.js';
import {archLabel} from '../../shared/platform-spec.js';
import type {Reference} from '../../shared/reference.js';
import {FINGERPRINT_LABEL} from './fingerprint.js';

/**
 * The fingerprint tag pushed next to the run tag: `curl-fp-<16 hex>-amd64` (`naming: repository`:
 * `fp-<16 hex>-amd64`). It has no date and no branch: the same inputs find the same image on any
 * day and branch. 16 hex digits only name it; the full fingerprint is checked in the image's label.
 */
export function fingerprintRef(runRef: TaggedReference, date: string, fingerprint: string): Reference {
  const suffix = runRef.tag.slice(runRef.tag.lastIndexOf(`${date}-`) + date.length + 1);
  const prefix = runRef.tag.slice(0, runRef.tag.lastIndexOf(`${date}-`));
  return withTarget(runRef, {tag: `${prefix}fp-${fingerprint.slice(0, 16)}-${suffix}`});
}

interface ImageManifestJson {
  config?: {digest?: unknown};
  layers?: {digest?: unknown}[];
}

interface ImageConfigJson {
  os?: unknown;
  architecture?: unknown;
  variant?: unknown;
  config?: {Labels?: Record<string, unknown> | null};
}

/** Why a found fingerprint tag is not reused, or the manifest to reuse. */
export type Lookup =
  | {found: true; manifest: {mediaType: string; bytes: Uint8Array; digest: string}}
  | {found: false; why: string};

/**
 * Looks up the image with `fingerprint` for `platform` (`linux/arm/v7`) at its fingerprint tag:
 * one GET of the manifest, one GET of its config blob (the label must hold the whole fingerprint and
 * its platform must be ours: never across platforms) and one HEAD per layer (a blob missing, as
 * after a registry's garbage collection, means building again).
 */
export async function findReusable(
  registry: RegistryClient,
  ref: Reference,
  fingerprint: string,
  platform: string,
): Promise<Lookup> {
  const manifest = await registry.getManifest(ref);
  if (!manifest) return {found: false, why: 'no image with this fingerprint yet'};
  if (!isImageManifestType(manifest.mediaType))
    return {found: false, why: `the fingerprint tag holds a ${manifest.mediaType}, not an image`};
  const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as ImageManifestJson;
  const configDigest = parsed.config?.digest;
  const layers = (parsed.layers ?? []).map((layer) => layer.digest);
  if (typeof configDigest !== 'string' || !layers.every((d): d is string => typeof d === 'string'))
    return {found: false, why: 'the fingerprint tag holds a manifest without config or layers'};
  const configBytes = await registry.getBlob(ref, configDigest).catch(() => undefined);
  if (!configBytes) return {found: false, why: `its config blob ${configDigest} is missing`};
  const config = JSON.parse(Buffer.from(configBytes).toString('utf8')) as ImageConfigJson;
  if (config.config?.Labels?.[FINGERPRINT_LABEL] !== fingerprint)
    return {found: false, why: `its ${FINGERPRINT_LABEL} label is not this fingerprint`};
  const [os, architecture, variant] = platform.split('/');
  const found = {
    os: String(config.os),
    architecture: String(config.architecture),
    ...(typeof config.variant === 'string' && config.variant ? {variant: config.variant} : {}),
  };
  const wanted = {os: os ?? '', architecture: architecture ?? '', ...(variant ? {variant} : {})};
  if (found.os !== wanted.os || archLabel(found) !== archLabel(wanted))
    return {found: false, why: `it is for ${found.os}/${archLabel(found)}, not ${platform}`};
  const present = await Promise.all(layers.map((digest) => registry.headBlob(ref, digest)));
  const missing = layers.filter((_, i) => !present[i]);
  if (missing.length > 0) return {found: false, why: `its layer blob ${missing[0]} is missing`};
  return {
    found: true,
    manifest: {mediaType: manifest.mediaType, bytes: manifest.bytes, digest: manifest.digest},
  };
}

/** Puts the fingerprint tag on the manifest just pushed as `pushed@digest` (same bytes, no layer moved). */
export async function tagFingerprint(
  registry: RegistryClient,
  pushed: Reference,
  digest: string,
  fingerprintTag: Reference,
): Promise<void> {
  const manifest = await registry.getManifest(withTarget(pushed, {digest}), {justPushed: true});
  if (!manifest) return;
  await registry.putManifest(fingerprintTag, {mediaType: manifest.mediaType, bytes: manifest.bytes});
}
