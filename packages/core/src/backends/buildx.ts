import path from 'node:path';
import {cacheRef} from './buildkit.js';
import {parseBuildkitMetadata} from './digest.js';
import {labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';

/**
 * `docker buildx build`, for runners with Docker. Provenance is off: with it a one-platform
 * build pushes an index with an `unknown/unknown` attestation child, which merge-manifest would
 * then have to flatten. Credentials are Docker's own (`docker login`): setting DOCKER_CONFIG
 * would also hide buildx's builder instances, which live under the same directory.
 */
export const buildx: Backend = {
  name: 'buildx',
  commands: (request) => [{file: 'docker', args: buildxArgs(request)}],
  digestSource: (request) => ({file: metadataFile(request)}),
  parseDigest: parseBuildkitMetadata,
};

function metadataFile(request: BuildRequest): string {
  return path.join(request.workDir, 'metadata.json');
}

export function buildxArgs(request: BuildRequest): string[] {
  const cache = cacheRef(request);
  // `--push` cannot say "insecure": the image exporter's option can.
  const push = !request.push
    ? ['--tag', request.destination]
    : request.insecure
      ? ['--output', `type=image,name=${request.destination},push=true,registry.insecure=true`]
      : ['--tag', request.destination, '--push'];
  return [
    'buildx',
    'build',
    '--platform',
    request.platform,
    '--file',
    request.dockerfile,
    ...(request.target ? ['--target', request.target] : []),
    ...repeat('--build-arg', request.buildArgs),
    ...repeat('--label', labelPairs(request.labels)),
    ...push,
    '--provenance=false',
    '--metadata-file',
    metadataFile(request),
    ...(cache
      ? ['--cache-from', `type=registry,ref=${cache}`, '--cache-to', `type=registry,ref=${cache},mode=max`]
      : []),
    request.context,
  ];
}
