import path from 'node:path';
import {stringify} from 'yaml';
import {UserError} from '../errors.js';
import {splitReference} from './digest.js';
import {DIGEST_PATTERN} from './digest.js';
import {dockerConfigEnv, labelPairs} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';
import {matchVersion} from './version.js';

/**
 * ko builds a Go program into an image without a Dockerfile (contract read from ko-build/ko
 * v0.19.1-24-g42978711). It runs in the build context, where it resolves the import path itself:
 * `./cmd/server` and `example.com/app/cmd/server` alike (`go list` from its working directory,
 * pkg/build/gobuild.go:226-264). `ko_config` becomes a generated `.ko.yaml` (`KO_CONFIG_PATH`)
 * and `KO_DEFAULTBASEIMAGE`. `--bare` pushes to KO_DOCKER_REPO itself; `--sbom=none` keeps ko
 * from pushing an SBOM tag next to ours. The digest comes back in `--image-refs`
 * (`repo:tag@sha256:...`, pkg/publish/default.go:269-275).
 */
export const ko: Backend = {
  name: 'ko',
  commands: (request) => [{file: 'ko', args: koArgs(request), env: koEnv(request), cwd: request.context}],
  files: (request) => ({[path.join(koConfigDir(request), '.ko.yaml')]: koYaml(request)}),
  digestSource: (request) => ({file: refsFile(request)}),
  parseDigest: (text) => DIGEST_PATTERN.exec(text.split(/\r?\n/).find((l) => l.includes('@')) ?? '')?.[0],
  // `ko version` prints the version alone: `0.19.1` from a release (goreleaser's {{.Version}},
  // .goreleaser.yml:16), else the module version Go stamped (`v0.19.1`, a pseudo-version, or
  // `(devel)`), or "could not determine build information" (pkg/commands/version.go:28-52 @42978711).
  versionCommand: () => ({file: 'ko', args: ['version']}),
  parseVersion: (stdout) => matchVersion(stdout, /^(v?\d\S*|\(devel\))$/),
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

/**
 * `ko_config.env` and `ldflags` as `defaultEnv` and `defaultLdflags` (pkg/commands/options/build.go:
 * 165-175), which ko applies to a build that no `builds:` entry names (gobuild.go:1155-1178).
 * No `builds:` entry: ko joins its `dir` onto its working directory and stats `dir/main` there,
 * accepting only a local path as `main` (build.go:243-287, `createBuildConfigMap`), so an
 * absolute `dir` or a module path as `main` fails every build before it starts.
 */
export function koYaml(request: BuildRequest): string {
  const config = koConfig(request);
  return stringify({
    ...(config.env.length > 0 ? {defaultEnv: config.env} : {}),
    ...(config.ldflags.length > 0 ? {defaultLdflags: config.ldflags} : {}),
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
    ...labelPairs(request.labels).map((pair) => `--image-label=${csvField(pair)}`),
    ...(request.insecure ? ['--insecure-registry'] : []),
    config.importPath,
  ];
}

/**
 * One label as one CSV field. `--image-label` is a string slice (pkg/commands/options/build.go:104)
 * whose every value pflag reads as a CSV record (spf13/pflag v1.0.10 string_slice.go:22-29,
 * `readAsCSV`): unquoted, `a=1,2` would become the labels `a=1` and `2`, and ko refuses `2`
 * ("invalid label flag", pkg/commands/resolver.go:118-121). Quoted as encoding/csv reads it, a
 * comma or a quote stays in the value (a CR before a newline is dropped by that reader).
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
