import {splitHostPath} from '../../registry/reference.js';

/**
 * The registry hosts a Dockerfile pulls from (`FROM` lines naming an image literally), so that
 * the auth file handed to the backend holds their credentials too. Lines built from ARGs
 * (`FROM ${ECR_REGISTRY}:${CURL_TAG}`) pull from the repository, which is always included.
 */
export function fromHosts(dockerfile: string): string[] {
  const stages = new Set<string>();
  const hosts = new Set<string>();
  for (const match of dockerfile.matchAll(
    /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+AS[ \t]+(\S+))?/gim,
  )) {
    const image = match[1] as string;
    if (match[2]) stages.add(match[2].toLowerCase());
    if (image.includes('$') || image === 'scratch' || stages.has(image.toLowerCase())) continue;
    hosts.add(splitHostPath(image).host);
  }
  return [...hosts];
}
