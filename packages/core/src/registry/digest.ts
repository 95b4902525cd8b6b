import {createHash} from 'node:crypto';

/** `sha256:<hex>`, the only algorithm we write and the one every registry accepts. */
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

/**
 * The digest of exactly these bytes. Computed here, never taken from `Docker-Content-Digest`:
 * registries get that header wrong often enough that go-containerregistry stopped trusting it.
 */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}
