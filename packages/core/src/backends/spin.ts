import path from 'node:path';
import {configKeyHost, readDockerConfig} from '../registry/docker-config.js';
import {DIGEST_PATTERN, referenceHost} from './digest.js';
import {dockerConfigEnv, labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';
import {matchVersion} from './version.js';

/**
 * Spin pushes a platform-neutral Wasm application as an OCI artifact (contract read from
 * spinframework/spin 4.1.0-pre0, 94a8fc8a). It has no digest file: the digest is on stdout
 * (`Pushed with digest sha256:...`, src/commands/registry.rs:123-126) only when the registry
 * returned one. Labels become manifest annotations (`--annotation`, registry.rs:79-82).
 */
export const spin: Backend = {
  name: 'spin',
  commands: (request) => [
    {file: 'spin', args: spinArgs(request), env: dockerConfigEnv(request.authFile), cwd: request.context},
  ],
  warnings: spinWarnings,
  digestSource: () => ({stdout: true}),
  parseDigest: (text) => {
    const line = text.split(/\r?\n/).find((l) => l.startsWith('Pushed with digest '));
    return line ? DIGEST_PATTERN.exec(line)?.[0] : undefined;
  },
  // `spin --version` prints clap's `<name> <version>`: `spin 4.1.0-pre0 (94a8fc8a 2026-08-21)`,
  // the crate version, commit and commit date (src/lib.rs:50, 163-167, src/build_info.rs:4-18
  // @94a8fc8a; clap_builder 4.6.0 src/builder/command.rs:4827-4832, 4894-4910 @9ab6dee7).
  versionCommand: () => ({file: 'spin', args: ['--version']}),
  parseVersion: (stdout) => matchVersion(stdout, /^spin (\S+(?: \(.*\))?)$/),
};

export function spinArgs(request: BuildRequest): string[] {
  const manifest = path.join(request.context, request.spin?.manifest ?? 'spin.toml');
  // `spin build` reads the registry at most (component dependencies); it never pushes.
  if (!request.push) return ['build', '--from', manifest];
  return [
    'registry',
    'push',
    '--from',
    manifest,
    '--build',
    ...repeat('--annotation', labelPairs(request.labels)),
    ...(plainHttp(request) ? ['--insecure'] : []),
    request.destination,
  ];
}

/**
 * `--insecure` is documented as "Ignore server certificate errors" (registry.rs:49-55) but makes
 * spin speak plain HTTP (crates/oci/src/client.rs:793-806): it is right exactly for the hosts
 * hephy-builder's own registry client reaches over plain HTTP, loopback and `insecure-registries`
 * (registry/transport.ts `baseUrl`). Spin has no switch that keeps TLS but skips verification.
 */
function plainHttp(request: BuildRequest): boolean {
  return request.insecure;
}

/**
 * Spin reads only a username and password from Docker's config (`auths[host].auth`): an identity
 * token is used as no credential at all (client.rs:783-788, checked before `auth` by
 * docker_credential's `extract_credential`), and so is a registry token (a key it does not read).
 * The push then goes out anonymous; say so before it fails with a bare 401. The token is never shown.
 */
async function spinWarnings(request: BuildRequest): Promise<string[]> {
  if (!request.push || !request.authFile) return [];
  const host = configKeyHost(referenceHost(request.destination));
  const auths = (await readDockerConfig(request.authFile))?.auths ?? {};
  const entry = Object.entries(auths).find(([key]) => configKeyHost(key) === host)?.[1];
  if (!entry || (entry.auth && !entry.identitytoken)) return [];
  const kind = entry.identitytoken
    ? 'an identity token'
    : entry.registrytoken
      ? 'a registry token'
      : 'not an `auth`';
  return [
    `spin: the credential for ${host} is ${kind}, which spin does not use (it reads only a username and password); the push goes out anonymous. Give a username and password for ${host}.`,
  ];
}
