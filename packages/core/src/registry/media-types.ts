/** The media types the client reads and writes (image-spec media-types.md, Docker distribution). */
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYOUT_HEADER = 'application/vnd.oci.layout.header.v1+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';

/**
 * Every manifest type we understand, sent on each manifest GET and HEAD. An incomplete Accept
 * list makes registries answer with a different manifest (a schema1, or the amd64 child of a
 * list) or refuse outright (GHCR: "OCI index found, but Accept header does not support OCI indexes").
 */
export const MANIFEST_ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(', ');

export function isIndexType(mediaType: string): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_LIST;
}

export function isImageManifestType(mediaType: string): boolean {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}

/** The media type of a manifest: its own `mediaType` field, else the Content-Type it came with. */
export function manifestMediaType(bytes: Uint8Array, contentType: string | null): string {
  const declared = contentType?.split(';')[0]?.trim();
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
      mediaType?: unknown;
      manifests?: unknown;
    };
    if (typeof parsed.mediaType === 'string' && parsed.mediaType) return parsed.mediaType;
    // An OCI manifest may omit mediaType; a `manifests` array tells an index apart.
    if (!declared || declared === 'application/json')
      return Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST;
  } catch {
    // Not JSON: trust the header.
  }
  return declared || OCI_MANIFEST;
}
