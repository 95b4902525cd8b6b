import path from 'node:path';
import {parseBuildkitMetadata, splitReference} from './digest.js';
import {dockerConfigEnv, labelPairs} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';

/**
 * BuildKit's own client. Without `BUILDKIT_HOST` there is no daemon to talk to, so
 * `buildctl-daemonless.sh` (moby/buildkit images) starts a throw-away one. `--metadata-file`
 * carries `containerimage.digest`: the pushed manifest's digest.
 */
export const buildkit: Backend = {
  name: 'buildkit',
  commands: (request) => [
    {
      file: request.env.BUILDKIT_HOST ? 'buildctl' : 'buildctl-daemonless.sh',
      args: buildctlArgs(request),
      env: dockerConfigEnv(request.authFile),
    },
  ],
  digestSource: (request) => ({file: metadataFile(request)}),
  parseDigest: parseBuildkitMetadata,
};

function metadataFile(request: BuildRequest): string {
  return path.join(request.workDir, 'metadata.json');
}

/** The registry cache of one image and platform: a tag in the cache repository. */
export function cacheRef(request: BuildRequest): string | undefined {
  if (!request.cacheRepository) return undefined;
  const {tag} = splitReference(request.destination);
  // `curl-20251015-amd64` -> `curl-amd64`: one cache per image and arch, kept across dates.
  const key = tag.replace(/-\d{8}(?=-)/, '');
  return `${request.cacheRepository}:${key}`;
}

export function buildctlArgs(request: BuildRequest): string[] {
  const cache = cacheRef(request);
  const output = `type=image,name=${request.destination},push=${request.push}${request.insecure ? ',registry.insecure=true' : ''}`;
  return [
    'build',
    '--frontend',
    'dockerfile.v0',
    '--local',
    `context=${request.context}`,
    '--local',
    `dockerfile=${path.dirname(request.dockerfile)}`,
    '--opt',
    `filename=${path.basename(request.dockerfile)}`,
    '--opt',
    `platform=${request.platform}`,
    ...(request.target ? ['--opt', `target=${request.target}`] : []),
    ...request.buildArgs.flatMap((arg) => ['--opt', `build-arg:${arg}`]),
    ...labelPairs(request.labels).flatMap((label) => ['--opt', `label:${label}`]),
    '--output',
    output,
    ...(cache
      ? [
          '--export-cache',
          `type=registry,ref=${cache},mode=max`,
          '--import-cache',
          `type=registry,ref=${cache}`,
        ]
      : []),
    '--metadata-file',
    metadataFile(request),
  ];
}
