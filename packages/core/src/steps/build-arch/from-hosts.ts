import type {DockerfileImage} from './dockerfile-from.js';

/**
 * The registry hosts a build pulls from (dockerfile-from.ts, names expanded), so that the auth
 * file handed to the backend holds their credentials too. The repository's own host is always
 * included by the caller.
 */
export function fromHosts(images: readonly DockerfileImage[]): string[] {
  return [...new Set(images.flatMap(({ref}) => (ref.kind === 'registry' ? [ref.host] : [])))];
}
