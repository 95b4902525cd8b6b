import {createHash} from 'node:crypto';

/**
 * The digest of exactly these bytes. Computed here, never taken from `Docker-Content-Digest`:
 * registries get that header wrong often enough that go-containerregistry stopped trusting it.
 */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
