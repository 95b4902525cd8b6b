import {createHash} from 'node:crypto';
import path from 'node:path';
import {cacheRef} from './buildkit.js';
import {insecureBuildkitdToml, privateDockerConfigDir, writePrivateDockerConfig} from './buildx-config.js';
import {parseBuildkitMetadata, referenceHost} from './digest.js';
import {labelPairs, repeat} from './shared-args.js';
import type {Backend, BackendCommand, BuildRequest} from './types.js';
import {matchVersion} from './version.js';

/**
 * `docker buildx build`, for runners with Docker (contract read from docker/buildx v0.36.1+,
 * docker/cli v29.7.2+; see docs/backends.md). Every command runs with a private Docker config
 * dir (buildx-config.ts): our credentials merged over the user's config, and buildx's builder
 * state there too, so the user's `~/.docker` is only read.
 *
 * With a registry cache to write, the build runs on a `docker-container` builder created for it
 * and removed after: Docker's default builder (the `docker` driver) cannot export a cache unless
 * the daemon uses the containerd image store (docker/buildx build/opt.go:271-274,
 * driver/docker/driver.go:97). Without a cache to write it runs on the default builder, which
 * keeps the daemon's own layer cache between builds.
 *
 * Provenance is off: with it a one-platform build pushes an index with an `unknown/unknown`
 * attestation child, which merge-manifest would then have to flatten.
 *
 * Version: `docker buildx version` prints `github.com/docker/buildx v0.36.0-54-g461836ba0
 * 461836ba...` (package, version, revision; `v0.0.0+unknown` or `dev` unstamped; docker/buildx
 * commands/version.go:14-17, version/version.go:3-13, Dockerfile:74-81 @461836ba). It runs with the
 * user's DOCKER_CONFIG rather than the private dir, which needs a build's work dir: the plugin
 * found is the same, as the private config lists the user's plugin dirs first (buildx-config.ts).
 */
export const buildx: Backend = {
  name: 'buildx',
  files: (request) =>
    exportsCache(request) && request.insecure
      ? {[buildkitdConfig(request)]: insecureBuildkitdToml(referenceHost(request.destination))}
      : {},
  prepare: async (request) => {
    await writePrivateDockerConfig(privateDockerConfigDir(request.workDir), request.authFile, request.env);
    return exportsCache(request) ? [removeBuilder(request)] : [];
  },
  commands: (request) => [
    ...(exportsCache(request) ? [createBuilder(request)] : []),
    {file: 'docker', args: buildxArgs(request), env: buildxEnv(request)},
  ],
  digestSource: (request) => ({file: metadataFile(request)}),
  parseDigest: parseBuildkitMetadata,
  versionCommand: () => ({
    file: 'docker',
    args: ['buildx', 'version'],
    env: {DOCKER_AUTH_CONFIG: '', BUILDX_BUILDER: ''},
  }),
  parseVersion: (stdout) => matchVersion(stdout, /^\S+ (v?\d\S*)(?: (\S+))?$/),
};

function metadataFile(request: BuildRequest): string {
  return path.join(request.workDir, 'metadata.json');
}

function buildkitdConfig(request: BuildRequest): string {
  return path.join(privateDockerConfigDir(request.workDir), 'buildkitd.toml');
}

/** A cache is written only where images are: `push: false` writes nothing to any registry. */
function exportsCache(request: BuildRequest): boolean {
  return request.push && cacheRef(request) !== undefined;
}

/**
 * The builder this build creates: unique per build directory, so that parallel jobs on one
 * daemon never share one (its container is `buildx_buildkit_<name>0`). buildx lower-cases
 * names and wants a letter first (store/util.go:31-37).
 */
export function builderName(request: BuildRequest): string {
  return `hephy-${createHash('sha256').update(request.workDir).digest('hex').slice(0, 12)}`;
}

/**
 * The environment of every docker command: the private config dir (docker/cli reads
 * DOCKER_CONFIG, cli/config/config.go:77-85; buildx keeps builders under BUILDX_CONFIG,
 * util/confutil/config.go:46-50). DOCKER_AUTH_CONFIG is merged into that config, and
 * BUILDX_BUILDER would name one of the user's builders, which the private state lacks
 * (commands/root.go:149): both are emptied, which both tools treat as unset.
 */
function buildxEnv(request: BuildRequest): Record<string, string> {
  const dir = privateDockerConfigDir(request.workDir);
  return {
    DOCKER_CONFIG: dir,
    BUILDX_CONFIG: path.join(dir, 'buildx'),
    DOCKER_AUTH_CONFIG: '',
    BUILDX_BUILDER: '',
  };
}

/**
 * `network=host`: the BuildKit container then reaches what the daemon reaches (a registry on the
 * runner's loopback), as the default builder does (driver/docker-container/factory.go:63).
 */
function createBuilder(request: BuildRequest): BackendCommand {
  return {
    file: 'docker',
    args: [
      'buildx',
      'create',
      '--name',
      builderName(request),
      '--driver',
      'docker-container',
      '--driver-opt',
      'network=host',
      ...(request.insecure ? ['--buildkitd-config', buildkitdConfig(request)] : []),
    ],
    env: buildxEnv(request),
  };
}

/** `rm` without `--keep-state`: the builder's container and its state volume go (commands/rm.go:134). */
function removeBuilder(request: BuildRequest): BackendCommand {
  return {file: 'docker', args: ['buildx', 'rm', builderName(request)], env: buildxEnv(request)};
}

export function buildxArgs(request: BuildRequest): string[] {
  const cache = cacheRef(request);
  const insecure = request.insecure ? ',registry.insecure=true' : '';
  // `--push` cannot say "insecure": the image exporter's option can.
  const push = !request.push
    ? ['--tag', request.destination]
    : request.insecure
      ? ['--output', `type=image,name=${request.destination},push=true${insecure}`]
      : ['--tag', request.destination, '--push'];
  return [
    'buildx',
    'build',
    ...(exportsCache(request) ? ['--builder', builderName(request)] : []),
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
    ...(cache ? ['--cache-from', `type=registry,ref=${cache}${insecure}`] : []),
    ...(cache && exportsCache(request)
      ? ['--cache-to', `type=registry,ref=${cache},mode=max${insecure}`]
      : []),
    request.context,
  ];
}
