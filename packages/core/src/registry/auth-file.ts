import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {DockerAuthEntry} from './docker-config.js';
import {configKeyHost, helperServerUrl} from './docker-config.js';
import {resolveCredential, type CredentialOptions, type CredentialPorts} from './credentials.js';

/**
 * Writes a Docker config.json (`{"auths": ...}`) that a build backend can read (kaniko's
 * /kaniko/.docker/config.json, `buildah --authfile`), holding for each host the credential this
 * client would use, resolved the same way. Hosts without credentials are left out. The file is
 * readable by its owner only. Returns the hosts written.
 */
export async function writeAuthFile(
  file: string,
  hosts: readonly string[],
  options: CredentialOptions,
  ports: CredentialPorts,
): Promise<string[]> {
  const auths: Record<string, DockerAuthEntry> = {};
  for (const host of new Set(hosts.map(configKeyHost))) {
    const resolved = await resolveCredential(host, options, ports);
    if (!resolved) continue;
    const {credential} = resolved;
    const key = helperServerUrl(host);
    if (credential.kind === 'basic') {
      auths[key] = {auth: Buffer.from(`${credential.username}:${credential.password}`).toString('base64')};
    } else if (credential.kind === 'identity') {
      auths[key] = {username: credential.username, identitytoken: credential.token};
    } else {
      auths[key] = {registrytoken: credential.token};
    }
  }
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, `${JSON.stringify({auths}, null, 2)}\n`, {mode: 0o600});
  return Object.keys(auths);
}
