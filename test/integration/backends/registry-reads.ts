import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gunzipSync} from 'node:zlib';
import type {Ports} from '../../../packages/core/src/ports.js';
import {parseTar} from '../../../packages/core/src/source/tar.js';
import {recordingPorts, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';

/** test/stand-ins: the stand-in executables (`ko`, `spin`, ...), put first on PATH. */
export const STAND_INS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stand-ins');

/**
 * Ports for build-arch with the stand-ins on PATH, buildah's isolated store, and a log file in
 * which each stand-in records what it was asked to do (`HEPHY_STANDIN_LOG`).
 */
export function standInPorts(
  storage: Record<string, string>,
  env: Record<string, string> = {},
): Ports & {logged: () => string; standIn: () => Record<string, unknown>[]} {
  const log = path.join(tempDir('hephy-standin-log-'), 'log.jsonl');
  const ports = recordingPorts({
    ...storage,
    PATH: `${STAND_INS}:${process.env.PATH ?? ''}`,
    HEPHY_STANDIN_LOG: log,
    RUNNER_TEMP: tempDir(),
    ...env,
  });
  const standIn = () =>
    (existsSync(log) ? readFileSync(log, 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return Object.assign(ports, {standIn});
}

/** A GET on the registry's API with the registry's valid credentials. */
export async function registryGet(
  registry: TestRegistry,
  apiPath: string,
  accept?: string,
): Promise<Response> {
  const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
  return fetch(`${registry.url}${apiPath}`, {
    headers: {
      ...(registry.username ? {Authorization: `Basic ${auth}`} : {}),
      ...(accept ? {Accept: accept} : {}),
    },
  });
}

/** Every repository with its tags: what a build wrote to the registry. */
export async function registryContent(registry: TestRegistry): Promise<Record<string, string[]>> {
  const catalog = (await (await registryGet(registry, '/v2/_catalog')).json()) as {repositories?: string[]};
  const content: Record<string, string[]> = {};
  for (const repository of catalog.repositories ?? []) {
    const tags = (await (await registryGet(registry, `/v2/${repository}/tags/list`)).json()) as {
      tags?: string[];
    };
    content[repository] = [...(tags.tags ?? [])].sort();
  }
  return content;
}

export interface OciManifest {
  config: {digest: string};
  layers: {digest: string}[];
  annotations?: Record<string, string>;
}

const MANIFEST_TYPES =
  'application/vnd.oci.image.manifest.v1+json,application/vnd.docker.distribution.manifest.v2+json';

export async function manifestOf(
  registry: TestRegistry,
  repository: string,
  tag: string,
): Promise<OciManifest> {
  const response = await registryGet(registry, `/v2/${repository}/manifests/${tag}`, MANIFEST_TYPES);
  if (response.status !== 200) throw new Error(`${repository}:${tag}: ${response.status}`);
  return (await response.json()) as OciManifest;
}

export async function blobOf(registry: TestRegistry, repository: string, digest: string): Promise<Buffer> {
  const response = await registryGet(registry, `/v2/${repository}/blobs/${digest}`);
  if (response.status !== 200) throw new Error(`blob ${digest}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The files of an image's layers, later layers over earlier ones. */
export async function imageFiles(
  registry: TestRegistry,
  repository: string,
  tag: string,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const layer of (await manifestOf(registry, repository, tag)).layers) {
    let bytes = await blobOf(registry, repository, layer.digest);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    for (const entry of parseTar(bytes).entries.filter((e) => e.kind === 'file'))
      files[entry.path.replace(/^\.?\//, '')] = entry.data.toString();
  }
  return files;
}

/** The image config's labels. */
export async function imageLabels(
  registry: TestRegistry,
  repository: string,
  tag: string,
): Promise<Record<string, string>> {
  const manifest = await manifestOf(registry, repository, tag);
  const config = JSON.parse((await blobOf(registry, repository, manifest.config.digest)).toString()) as {
    config?: {Labels?: Record<string, string>};
  };
  return config.config?.Labels ?? {};
}

/** The digest of the manifest a tag names, computed from the bytes the registry serves. */
export async function tagDigest(registry: TestRegistry, repository: string, tag: string): Promise<string> {
  const response = await registryGet(registry, `/v2/${repository}/manifests/${tag}`, MANIFEST_TYPES);
  if (response.status !== 200) throw new Error(`${repository}:${tag}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
