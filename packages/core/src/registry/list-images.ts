import {formatPlatform} from '../shared/platform-spec.js';
import {createRegistryClient, type RegistryClientOptions} from './client.js';
import {isAttestation, parseIndex} from './image-index.js';
import {isIndexType} from './media-types.js';
import {mapLimit} from '../util/map-limit.js';
import {parseReference, withTarget} from './reference.js';

/** One tag of a repository as `hephy-builder ls` shows it. */
export interface ListedTag {
  tag: string;
  digest: string;
  kind: 'index' | 'image';
  /** An index's platforms (attestations left out); for an image, its config's platform. */
  platforms: string[];
}

/** Every tag of a repository (`host/path`) or OCI layout (`oci:<dir>`), sorted, with digest and platforms. */
export async function listImages(target: string, options: RegistryClientOptions): Promise<ListedTag[]> {
  const client = createRegistryClient(options);
  const repository = parseReference(target);
  const tags = ((await client.listTags(repository)) ?? []).sort();
  const listed = await mapLimit(tags, 8, async (tag): Promise<ListedTag | undefined> => {
    const manifest = await client.getManifest(withTarget(repository, {tag}));
    if (!manifest) return undefined;
    if (isIndexType(manifest.mediaType)) {
      const platforms = parseIndex(manifest.bytes)
        .manifests.filter((m) => m.platform && !isAttestation(m))
        .map((m) => formatPlatform(m.platform as NonNullable<typeof m.platform>));
      return {tag, digest: manifest.digest, kind: 'index', platforms};
    }
    const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as {config?: {digest?: string}};
    const config = parsed.config?.digest
      ? (JSON.parse(Buffer.from(await client.getBlob(repository, parsed.config.digest)).toString('utf8')) as {
          os?: string;
          architecture?: string;
          variant?: string;
        })
      : {};
    const platform =
      config.os && config.architecture
        ? {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? {variant: config.variant} : {}),
          }
        : undefined;
    return {
      tag,
      digest: manifest.digest,
      kind: 'image',
      platforms: platform ? [formatPlatform(platform)] : [],
    };
  });
  return listed.filter((t): t is ListedTag => t !== undefined);
}
