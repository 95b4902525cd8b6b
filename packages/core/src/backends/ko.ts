import path from 'node:path';
import {stringify} from 'yaml';
import {UserError} from '../errors.js';
import {splitReference} from './digest.js';
import {DIGEST_PATTERN} from './digest.js';
import {dockerConfigEnv, labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';

/**
 * ko builds a Go program into an image without a Dockerfile. `ko_config` becomes a generated
 * `.ko.yaml` (env and ldflags per build, which GOFLAGS cannot carry when a flag holds spaces) and
 * `KO_DEFAULTBASEIMAGE`. `--bare` pushes to KO_DOCKER_REPO itself; `--sbom=none` keeps ko from
 * pushing an SBOM tag next to ours. The digest comes back in `--image-refs` (`repo@sha256:...`).
 */
export const ko: Backend = {
  name: 'ko',
  commands: (request) => [{file: 'ko', args: koArgs(request), env: koEnv(request), cwd: request.context}],
  files: (request) => ({[path.join(koConfigDir(request), '.ko.yaml')]: koYaml(request)}),
  digestSource: (request) => ({file: refsFile(request)}),
  parseDigest: (text) => DIGEST_PATTERN.exec(text.split(/\r?\n/).find((l) => l.includes('@')) ?? '')?.[0],
};

function refsFile(request: BuildRequest): string {
  return path.join(request.workDir, 'image-refs');
}

function koConfigDir(request: BuildRequest): string {
  return path.join(request.workDir, 'ko');
}

function koConfig(request: BuildRequest) {
  if (!request.ko) throw new UserError('build_backend ko needs ko_config.import_path', {field: 'ko_config'});
  return request.ko;
}

export function koYaml(request: BuildRequest): string {
  const config = koConfig(request);
  return stringify({
    builds: [
      {
        id: 'image',
        dir: request.context,
        main: config.importPath,
        env: config.env,
        ldflags: config.ldflags,
      },
    ],
  });
}

export function koEnv(request: BuildRequest): Record<string, string> {
  const config = koConfig(request);
  return {
    KO_DOCKER_REPO: splitReference(request.destination).repository,
    KO_CONFIG_PATH: koConfigDir(request),
    ...(config.baseImage ? {KO_DEFAULTBASEIMAGE: config.baseImage} : {}),
    ...dockerConfigEnv(request.authFile),
  };
}

export function koArgs(request: BuildRequest): string[] {
  const config = koConfig(request);
  return [
    'build',
    '--bare',
    `--platform=${request.platform}`,
    `--tags=${splitReference(request.destination).tag}`,
    `--image-refs=${refsFile(request)}`,
    '--sbom=none',
    ...(request.push ? [] : ['--push=false']),
    ...repeat('--image-label', labelPairs(request.labels)),
    ...(request.insecure ? ['--insecure-registry'] : []),
    config.importPath,
  ];
}
