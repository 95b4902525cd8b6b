import type {RegistryLogin} from '../shared/registry-login.js';
import type {Env, Exec, Logger} from '../ports.js';
import {credentialSecrets, type ResolvedCredential} from './credential.js';
import {configKeyHost, dockerConfigCredential} from './docker-config.js';

/** Credentials given explicitly (the `username`/`password` inputs, the CLI's flags). */
export interface CredentialOptions {
  username?: string;
  password?: string;
  /** The registry host the username and password belong to; unset = every host. */
  host?: string;
  /** The login the CI job itself was given (`Platform.registryLogin()`), for its host only. */
  job?: RegistryLogin;
}

export type CredentialPorts = {env: Env; exec: Exec; log: Logger};

/**
 * The credential for one registry host, in this order: the username/password inputs (for their
 * host), Docker's config (credHelpers, credsStore, auths), and the login the CI job was given
 * (on GitLab `CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` for `CI_REGISTRY`). Undefined = anonymous.
 */
export async function resolveCredential(
  host: string,
  options: CredentialOptions,
  ports: CredentialPorts,
): Promise<ResolvedCredential | undefined> {
  const explicit = explicitCredential(host, options);
  const resolved =
    explicit ?? (await dockerConfigCredential(host, ports)) ?? jobCredential(host, options.job);
  if (resolved) for (const secret of credentialSecrets(resolved.credential)) ports.log.addSecret(secret);
  return resolved;
}

function explicitCredential(host: string, options: CredentialOptions): ResolvedCredential | undefined {
  if (!options.username || !options.password) return undefined;
  if (options.host && configKeyHost(options.host) !== host) return undefined;
  return {
    credential: {kind: 'basic', username: options.username, password: options.password},
    source: 'the username and password inputs',
  };
}

function jobCredential(host: string, job: RegistryLogin | undefined): ResolvedCredential | undefined {
  if (!job || configKeyHost(job.host) !== host) return undefined;
  return {
    credential: {kind: 'basic', username: job.username, password: job.password},
    source: "the CI job's registry login",
  };
}
