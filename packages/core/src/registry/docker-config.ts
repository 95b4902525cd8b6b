import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors.js';
import type {Env, Exec, Logger} from '../ports.js';
import {credentialSecrets, type Credential, type ResolvedCredential} from './credential.js';
import {readCredentialHelper} from './credential-helper.js';
import {DOCKER_HUB_CONFIG_KEY, DOCKER_HUB_HOST} from './reference.js';

/** The parts of Docker's config.json that hold credentials. */
export interface DockerConfigFile {
  auths?: Record<string, DockerAuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface DockerAuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json` (docker/cli `config.Dir`). */
export function dockerConfigPath(env: Env): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json');
  return env.HOME ? path.join(env.HOME, '.docker', 'config.json') : undefined;
}

export async function readDockerConfig(file: string): Promise<DockerConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DockerConfigFile;
  } catch (error) {
    // Never the parser's message: it quotes the file's text, and this file holds credentials.
    throw new UserError('is not valid JSON (its text is not shown: it holds credentials)', {
      location: {file, ...jsonErrorPlace(text, error)},
    });
  }
}

/** Where JSON.parse stopped, from the offset V8 names in its message ("at position 12"). */
function jsonErrorPlace(text: string, error: unknown): {line: number; column: number} | undefined {
  const match = /\bposition (\d+)/.exec(String((error as Error).message));
  if (!match) return undefined;
  const lines = text.slice(0, Number(match[1])).split('\n');
  return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1};
}

/** A config key as a bare host: `https://index.docker.io/v1/` -> `index.docker.io` (docker/cli `ConvertToHostname`). */
export function configKeyHost(key: string): string {
  const host = key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
  return host === 'docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB_HOST : host.toLowerCase();
}

/** The server URL a credential helper expects: Hub's historic v1 URL, else the host. */
export function helperServerUrl(host: string): string {
  return host === DOCKER_HUB_HOST ? DOCKER_HUB_CONFIG_KEY : host;
}

/**
 * Credentials for a host from Docker's config: `credHelpers[host]`, then `credsStore`, then
 * `auths` (the order of docker/cli `GetCredentialsStore`). Every secret read is masked at once.
 */
export async function dockerConfigCredential(
  host: string,
  ports: {env: Env; exec: Exec; log: Logger},
): Promise<ResolvedCredential | undefined> {
  const file = dockerConfigPath(ports.env);
  const config = file ? await readDockerConfig(file) : undefined;
  if (!file || !config) return undefined;
  const helper =
    Object.entries(config.credHelpers ?? {}).find(([key]) => configKeyHost(key) === host)?.[1] ??
    config.credsStore;
  if (helper) {
    const credential = await readCredentialHelper(helper, helperServerUrl(host), ports);
    if (credential) return {credential, source: `docker-credential-${helper} (from ${file})`};
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => configKeyHost(key) === host)?.[1];
  if (entry?.auth) ports.log.addSecret(entry.auth);
  const credential = entry ? authEntryCredential(entry, file) : undefined;
  if (!credential) return undefined;
  for (const secret of credentialSecrets(credential)) ports.log.addSecret(secret);
  return {credential, source: file};
}

function authEntryCredential(entry: DockerAuthEntry, file: string): Credential | undefined {
  let {username, password} = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw new UserError(`${file}: an "auth" entry does not decode to user:password`, {location: {file}});
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (entry.registrytoken) return {kind: 'bearer', token: entry.registrytoken};
  if (entry.identitytoken)
    return {kind: 'identity', username: username || '<token>', token: entry.identitytoken};
  return username && password ? {kind: 'basic', username, password} : undefined;
}
