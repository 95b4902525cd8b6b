import path from 'node:path';
import {parseBuildkitMetadata} from './digest.js';
import {dockerConfigEnv, labelPairs} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';
import {matchVersion} from './version.js';

/**
 * BuildKit's own client. Without `BUILDKIT_HOST` there is no daemon to talk to, so
 * `buildctl-daemonless.sh` (moby/buildkit images) starts a throw-away one. `--metadata-file`
 * carries `containerimage.digest`: the pushed manifest's digest. Credentials: buildctl reads
 * `$DOCKER_CONFIG/config.json` and hands them to the daemon per registry.
 *
 * Version: `buildctl --version` prints `buildctl github.com/moby/buildkit v0.32.0-57-g73ed6825c
 * 73ed6825...` (name, package, version, revision; `v0.0.0+unknown` or `dev` unstamped), before any
 * command and without contacting a daemon (moby/buildkit cmd/buildctl/main.go:41-47,
 * version/version.go:21-33, Dockerfile:78-91, vendor/github.com/urfave/cli/v3/command_run.go:210-213
 * @73ed6825). It is the client's version: the daemon's (`buildctl debug info`) is not read, so a
 * buildkitd upgraded behind the same buildctl does not change the fingerprint. Without
 * BUILDKIT_HOST it is `$BUILDCTL` (default `buildctl`), the client buildctl-daemonless.sh runs
 * (examples/buildctl-daemonless/buildctl-daemonless.sh:11, 59): asking the script would start and
 * stop a throw-away buildkitd only to print the same client version.
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
  versionCommand: (env) => ({
    file: env.BUILDKIT_HOST ? 'buildctl' : env.BUILDCTL || 'buildctl',
    args: ['--version'],
  }),
  parseVersion: (stdout) => matchVersion(stdout, /^buildctl \S+ (v?\d\S*)(?: (\S+))?$/),
};

function metadataFile(request: BuildRequest): string {
  return path.join(request.workDir, 'metadata.json');
}

/** The registry cache of one image and platform: its dateless tag in the cache repository. */
export function cacheRef(request: BuildRequest): string | undefined {
  if (!request.cacheRepository || !request.cacheTag) return undefined;
  return `${request.cacheRepository}:${request.cacheTag}`;
}

export function buildctlArgs(request: BuildRequest): string[] {
  const cache = cacheRef(request);
  // BuildKit reaches a registry over plain HTTP (or skips TLS checks) only when the exporter or
  // importer says `registry.insecure=true`, loopback hosts aside. The cache repository is on the
  // destination's host, so one flag covers the image, the cache import and the cache export.
  const insecure = request.insecure ? ',registry.insecure=true' : '';
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
    `type=image,name=${request.destination},push=${request.push}${insecure}`,
    ...(cache ? ['--import-cache', `type=registry,ref=${cache}${insecure}`] : []),
    // push: false writes nothing to any registry, so the cache is read but not exported. The
    // cache is one OCI image manifest (ECR refuses the index BuildKit before v0.21 wrote by
    // default; BuildKit v0.21+ writes the manifest anyway, and every registry takes it).
    ...(cache && request.push
      ? [
          '--export-cache',
          `type=registry,ref=${cache},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`,
        ]
      : []),
    '--metadata-file',
    metadataFile(request),
  ];
}
