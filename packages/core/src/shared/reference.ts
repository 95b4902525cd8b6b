/** An OCI tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}` (distribution spec). */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** `sha256:<hex>`, the only algorithm we write and the one every registry accepts. */
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}

/** A repository on a registry: `host[:port]/path`, with a tag and/or a digest. */
export interface RegistryReference {
  kind: 'registry';
  /** `registry.example.com:5000`; Docker Hub is `index.docker.io`. */
  host: string;
  /** `team/images`; Docker Hub's official images get `library/`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** An OCI image layout directory (`oci:<dir>[:tag][@digest]`): the same operations, no server. */
export interface LayoutReference {
  kind: 'layout';
  dir: string;
  tag?: string;
  digest?: string;
}

export type Reference = RegistryReference | LayoutReference;
