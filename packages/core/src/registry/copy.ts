import type {RegistryClient} from './client.js';
import {isIndexType} from './media-types.js';
import {withTarget} from './reference.js';
import type {Reference} from '../shared/reference.js';
import type {Manifest} from './types.js';
import {parseIndex} from './image-index.js';

/**
 * Makes `manifest` (read from `from`) exist in the repository `to`, by digest, so that an index
 * there may refer to it: blobs are mounted when both are on one registry, else copied; child
 * manifests of an index first. Never by tag (immutable-tag registries). Nothing is done for what
 * is there already.
 */
export async function copyManifest(
  client: RegistryClient,
  manifest: Manifest,
  from: Reference,
  to: Reference,
): Promise<void> {
  const target = withTarget(to, {digest: manifest.digest});
  if (await client.headManifest(target)) return;
  const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as {
    config?: {digest: string};
    layers?: {digest: string}[];
  };
  if (isIndexType(manifest.mediaType)) {
    for (const child of parseIndex(manifest.bytes).manifests) {
      const childManifest = await client.getManifest(withTarget(from, {digest: child.digest}));
      if (childManifest) await copyManifest(client, childManifest, from, to);
    }
  } else {
    const blobs = [parsed.config?.digest, ...(parsed.layers ?? []).map((l) => l.digest)].filter(
      (d): d is string => !!d,
    );
    for (const digest of blobs) await copyBlob(client, digest, from, to);
  }
  await client.putManifest(target, {mediaType: manifest.mediaType, bytes: manifest.bytes});
}

async function copyBlob(
  client: RegistryClient,
  digest: string,
  from: Reference,
  to: Reference,
): Promise<void> {
  if (await client.headBlob(to, digest)) return;
  const sameStore =
    (from.kind === 'registry' && to.kind === 'registry' && from.host === to.host) ||
    (from.kind === 'layout' && to.kind === 'layout');
  if (sameStore && (await client.mountBlob(to, digest, from))) return;
  await client.putBlob(to, await client.getBlob(from, digest));
}
