import path from 'node:path';
import {parseDigestFile} from './digest.js';
import {labelPairs, repeat} from './shared-args.js';
import {matchVersion} from './version.js';
import type {Backend, BuildRequest} from './types.js';

/**
 * buildah without privileges: chroot isolation and vfs storage work in an unprivileged
 * container. `build` makes the image in local storage; `push --digestfile` sends it and writes
 * the manifest digest as pushed (`--iidfile` would give the config digest, not the manifest's).
 */
export const buildah: Backend = {
  name: 'buildah',
  commands: (request) => [
    {file: 'buildah', args: buildahBuildArgs(request)},
    ...(request.push ? [{file: 'buildah', args: buildahPushArgs(request)}] : []),
  ],
  digestSource: (request) => ({file: digestFile(request)}),
  parseDigest: parseDigestFile,
  // `buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)`: cobra's version
  // template over rootCmd.Version (containers/buildah cmd/buildah/main.go:93, define/types.go:33,
  // vendor/github.com/spf13/cobra/command.go:552 @6a35b0ab, v1.28.2).
  versionCommand: () => ({file: 'buildah', args: ['--version']}),
  parseVersion: (stdout) => matchVersion(stdout, /^buildah version (\S+)/),
};

function digestFile(request: BuildRequest): string {
  return path.join(request.workDir, 'digest');
}

/** Registry options both commands take. TLS checks are off only for insecure registries. */
function registryArgs(request: BuildRequest): string[] {
  return [
    ...(request.authFile ? ['--authfile', request.authFile] : []),
    ...(request.insecure ? ['--tls-verify=false'] : []),
  ];
}

export function buildahBuildArgs(request: BuildRequest): string[] {
  return [
    '--storage-driver',
    'vfs',
    'build',
    '--isolation',
    'chroot',
    '--platform',
    request.platform,
    // Layer caching only when asked: --cache-from/--cache-to need --layers, and buildah 1.28's
    // local layer cache does not tell platforms apart, so in a storage that built amd64 an arm64
    // build of the same Dockerfile would reuse the amd64 layers. push: false writes nothing to
    // a registry: the cache is read, not written.
    ...(request.cacheRepository
      ? [
          '--layers',
          '--cache-from',
          request.cacheRepository,
          ...(request.push ? ['--cache-to', request.cacheRepository] : []),
        ]
      : []),
    '--file',
    request.dockerfile,
    ...(request.target ? ['--target', request.target] : []),
    ...repeat('--build-arg', request.buildArgs),
    ...repeat('--label', labelPairs(request.labels)),
    ...registryArgs(request),
    '--tag',
    request.destination,
    request.context,
  ];
}

export function buildahPushArgs(request: BuildRequest): string[] {
  return [
    '--storage-driver',
    'vfs',
    'push',
    '--digestfile',
    digestFile(request),
    ...registryArgs(request),
    request.destination,
    `docker://${request.destination}`,
  ];
}
