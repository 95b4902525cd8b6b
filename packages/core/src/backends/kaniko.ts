import path from 'node:path';
import {parseDigestFile, referenceHost} from './digest.js';
import {dockerConfigEnv, labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';

/** The executor inside the kaniko images (osscontainertools/kaniko, martizih/kaniko). */
export const KANIKO_EXECUTOR = '/kaniko/executor';

/**
 * kaniko builds and pushes in one process, in its own image. Flags are the maintained fork's
 * (osscontainertools/kaniko README). `--digest-file` receives the manifest digest, computed
 * locally before the push, which is why build-arch HEADs the pushed tag afterwards.
 */
export const kaniko: Backend = {
  name: 'kaniko',
  commands(request) {
    return [{file: KANIKO_EXECUTOR, args: kanikoArgs(request), env: dockerConfigEnv(request.authFile)}];
  },
  digestSource: (request) => ({file: digestFile(request)}),
  parseDigest: parseDigestFile,
};

function digestFile(request: BuildRequest): string {
  return path.join(request.workDir, 'digest');
}

export function kanikoArgs(request: BuildRequest): string[] {
  const host = referenceHost(request.destination);
  return [
    `--context=dir://${request.context}`,
    `--dockerfile=${request.dockerfile}`,
    `--destination=${request.destination}`,
    `--custom-platform=${request.platform}`,
    ...repeat('--build-arg', request.buildArgs),
    ...(request.target ? [`--target=${request.target}`] : []),
    ...repeat('--label', labelPairs(request.labels)),
    ...(request.cacheRepository ? ['--cache=true', `--cache-repo=${request.cacheRepository}`] : []),
    `--digest-file=${digestFile(request)}`,
    ...(request.push ? [] : ['--no-push']),
    // Pushing is checked by the push itself; the permission probe costs an upload session.
    '--skip-push-permission-check',
    ...(request.insecure ? [`--insecure-registry=${host}`, `--skip-tls-verify-registry=${host}`] : []),
  ];
}
