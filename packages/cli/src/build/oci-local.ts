import {createHash, randomUUID} from 'node:crypto';
import {mkdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Exec, ExecOptions} from '@hephy-builder/core';
import type {RegistryClient} from '@hephy-builder/core/registry/client';
import {copyManifest} from '@hephy-builder/core/registry/copy';
import {parsePlatform} from '@hephy-builder/core/config/platform-spec';
import {imageDigestFor} from '@hephy-builder/core/registry/image-index';
import {isImageManifestType} from '@hephy-builder/core/registry/media-types';
import type {Manifest} from '@hephy-builder/core/registry/types';
import type {Reference} from '@hephy-builder/core/shared/reference';
import {formatReference, parseReference, withTarget} from '@hephy-builder/core/registry/reference';

/**
 * Images of an OCI layout as buildah's local storage knows them. buildah 1.28 cannot build FROM
 * (or pull) `oci:<dir>:<tag>` when a directory name starts with a dot, as `.hephy/images` does:
 * it names the pulled image after the path and rejects that name. So within one run an image
 * headed for `oci:<dir>:<tag>` is built under the local name
 * `localhost/hephy-oci/<platform>/<dir>:<tag>`, and its dependents are built FROM that name. The
 * platform is part of the name because a tag like `hello-latest` is an index: each arch's build
 * needs its own image of it.
 */
export function localRepository(dir: string, platform: string): string {
  const parts = path
    .resolve(dir)
    .toLowerCase()
    .split(path.sep)
    .map((part) => part.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  const arch = platform.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `localhost/hephy-oci/${arch}/${parts.join('/') || 'root'}`;
}

/** `oci:<dir>[:<tag>][@digest]` as the local name (the digest dropped: local storage is by tag). */
export function localReference(reference: string, platform: string): string | undefined {
  if (!reference.startsWith('oci:')) return undefined;
  const ref = parseReference(reference);
  if (ref.kind !== 'layout') return undefined;
  return `${localRepository(ref.dir, platform)}${ref.tag !== undefined ? `:${ref.tag}` : ''}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Copies the image buildah pushed into a private layout into the shared one, in this process:
 * one writer updates `index.json` (buildah processes pushing into one layout at once would
 * overwrite each other's index).
 */
export async function importIntoLayout(
  client: RegistryClient,
  staging: string,
  destination: string,
): Promise<void> {
  const from = parseReference(staging);
  const to = parseReference(destination);
  const manifest = await client.getManifest(from);
  if (!manifest) throw new Error(`buildah pushed nothing to ${formatReference(from)}`);
  await copyManifest(client, manifest, withTarget(from, {}), withTarget(to, {}));
  await client.putManifest(to, {mediaType: manifest.mediaType, bytes: manifest.bytes});
}

/** A private layout for one push or pull, under a path buildah accepts as an image name. */
export function stagingLayout(scratch: string, reference: string): string {
  return path.join(scratch, 'oci-staging', shortHash(reference));
}

/**
 * The config digest of `manifest` for `platform` (an index: its entry for that platform). It is
 * what buildah's storage calls the image's ID, pulled or built (buildah's `--iidfile`).
 */
async function configDigest(
  client: RegistryClient,
  source: Reference,
  manifest: Manifest,
  platform: string,
): Promise<string | undefined> {
  const wanted = parsePlatform(platform);
  const digest = wanted && imageDigestFor(manifest, wanted);
  const image =
    digest === manifest.digest
      ? manifest
      : digest && (await client.getManifest(withTarget(source, {digest})));
  if (!image || !isImageManifestType(image.mediaType)) return undefined;
  const parsed = JSON.parse(Buffer.from(image.bytes).toString('utf8')) as {config?: {digest?: unknown}};
  return typeof parsed.config?.digest === 'string' ? parsed.config.digest : undefined;
}

/**
 * Makes `oci:<dir>:<tag>` (built by an earlier run, like `<dep>-latest`, or reused by this one)
 * available under its local name: copied into a private layout whose path buildah accepts,
 * pulled, and tagged. A local image of that name is used only when it is the layout's image (same
 * config digest): the name may be left from another build of the same tag, as when this run
 * reused an image whose fingerprint an earlier run of the day had built, then built it anew.
 */
export async function pullIntoStorage(
  exec: Exec,
  storageArgs: readonly string[],
  client: RegistryClient,
  reference: string,
  platform: string,
  env?: ExecOptions['env'],
): Promise<void> {
  // The build's environment: it names the buildah storage (CONTAINERS_STORAGE_CONF).
  const options = env ? {env} : {};
  const local = localReference(reference, platform) as string;
  const source = parseReference(reference);
  const manifest = await client.getManifest(source);
  const found = await exec.run(
    'buildah',
    [...storageArgs, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', local],
    {...options, allowFailure: true},
  );
  // Not in the layout: the local image, if any; else the build says what is missing.
  if (!manifest) return;
  const wanted = await configDigest(client, source, manifest, platform);
  if (found.exitCode === 0 && wanted === `sha256:${found.stdout.trim()}`) return;
  // os.tmpdir() and a hex name: a path that is also a valid image name for buildah.
  const dir = path.join(tmpdir(), `hephy-oci-pull-${shortHash(randomUUID())}`);
  const staging = parseReference(`oci:${dir}:${source.tag ?? 'latest'}`);
  try {
    await mkdir(dir, {recursive: true});
    await copyManifest(client, manifest, withTarget(source, {}), withTarget(staging, {}));
    await client.putManifest(staging, {mediaType: manifest.mediaType, bytes: manifest.bytes});
    const pulled = await exec.run(
      'buildah',
      [...storageArgs, 'pull', '--quiet', '--platform', platform, formatReference(staging)],
      options,
    );
    const id = pulled.stdout.trim();
    await exec.run('buildah', [...storageArgs, 'tag', id, local], options);
    // Drop the name buildah gave the pull (after its path); the image keeps its local name.
    await exec.run('buildah', [...storageArgs, 'rmi', `localhost${dir}:latest`], {
      ...options,
      allowFailure: true,
    });
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
