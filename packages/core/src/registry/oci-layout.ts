import {randomUUID} from 'node:crypto';
import {copyFile, link, mkdir, readFile, rename, stat, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors.js';
import {sha256Digest} from './digest.js';
import {isDigest} from '../shared/reference.js';
import {withFileLock, type LayoutLockOptions} from './layout-lock.js';
import {manifestMediaType, OCI_INDEX} from './media-types.js';
import {formatReference} from './reference.js';
import type {LayoutReference, Reference} from '../shared/reference.js';
import type {Descriptor, Manifest, ManifestPayload, ManifestStore} from './types.js';

/** Where an image layout keeps a tag (image-spec image-layout.md: only valid on index.json entries). */
export const REF_NAME = 'org.opencontainers.image.ref.name';

interface LayoutIndex {
  schemaVersion: 2;
  mediaType: string;
  manifests: Descriptor[];
}

/**
 * An OCI image layout directory with the same operations as a registry: `oci-layout`,
 * `index.json` (tags are `ref.name` annotations) and `blobs/sha256/<hex>`. Files are written to a
 * temporary name and renamed, so a crash leaves the old state or the new one, never half of one.
 * Every change of `index.json` holds its lock file, so writers in other processes lose no tag.
 */
export class LayoutStore implements ManifestStore {
  /** index.json updates of one directory, one after another. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly lockOptions: LayoutLockOptions = {}) {}

  async headManifest(ref: Reference): Promise<Descriptor | undefined> {
    const r = layout(ref);
    if (r.digest) {
      const bytes = await readBlob(r.dir, r.digest);
      return bytes && {mediaType: manifestMediaType(bytes, null), digest: r.digest, size: bytes.length};
    }
    const entry = (await readIndex(r.dir)).manifests.find((m) => m.annotations?.[REF_NAME] === r.tag);
    return entry && {mediaType: entry.mediaType, digest: entry.digest, size: entry.size};
  }

  async getManifest(ref: Reference): Promise<Manifest | undefined> {
    const r = layout(ref);
    const head = await this.headManifest(r);
    const bytes = head && (await readBlob(r.dir, head.digest));
    return head && bytes ? {...head, bytes} : undefined;
  }

  async putManifest(ref: Reference, manifest: ManifestPayload): Promise<Descriptor> {
    const r = layout(ref);
    const written = await this.putBlob(r, manifest.bytes);
    const descriptor = {mediaType: manifest.mediaType, digest: written.digest, size: written.size};
    if (r.tag !== undefined) {
      const tag = r.tag;
      const file = path.join(r.dir, 'index.json');
      await this.serial(r.dir, () =>
        withFileLock(
          file,
          async () => {
            const index = await readIndex(r.dir);
            index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
            index.manifests.push({...descriptor, annotations: {[REF_NAME]: tag}});
            await writeAtomic(file, JSON.stringify(index));
          },
          this.lockOptions,
        ),
      );
    }
    return descriptor;
  }

  /** A file check, as a registry's HEAD: a reuse lookup asks for every layer, read none of them. */
  async headBlob(ref: Reference, digest: string): Promise<boolean> {
    return stat(blobPath(layout(ref).dir, digest)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async getBlob(ref: Reference, digest: string): Promise<Uint8Array> {
    const bytes = await readBlob(layout(ref).dir, digest);
    if (!bytes) throw new UserError(`${formatReference({...layout(ref), digest})}: blob not found`);
    return bytes;
  }

  async putBlob(ref: Reference, bytes: Uint8Array): Promise<Descriptor> {
    const r = layout(ref);
    await ensureLayout(r.dir);
    const digest = sha256Digest(bytes);
    const file = blobPath(r.dir, digest);
    if (!(await exists(file))) await writeAtomic(file, bytes);
    return {mediaType: 'application/octet-stream', digest, size: bytes.length};
  }

  async mountBlob(ref: Reference, digest: string, from: Reference): Promise<boolean> {
    if (from.kind !== 'layout' || !(await exists(blobPath(from.dir, digest)))) return false;
    const r = layout(ref);
    await ensureLayout(r.dir);
    const target = blobPath(r.dir, digest);
    if (!(await exists(target))) {
      const temporary = `${target}.${randomUUID()}.tmp`;
      await copyFile(blobPath(from.dir, digest), temporary);
      await rename(temporary, target);
    }
    return true;
  }

  async listTags(ref: Reference): Promise<string[]> {
    const index = await readIndex(layout(ref).dir);
    return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t): t is string => t !== undefined);
  }

  private serial<T>(dir: string, work: () => Promise<T>): Promise<T> {
    const key = path.resolve(dir);
    const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }
}

function layout(ref: Reference): LayoutReference {
  if (ref.kind !== 'layout') throw new Error(`${formatReference(ref)} is not an OCI layout reference`);
  return ref;
}

function blobPath(dir: string, digest: string): string {
  if (!isDigest(digest)) throw new UserError(`"${digest}" is not a sha256 digest`);
  return path.join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}

async function readBlob(dir: string, digest: string): Promise<Uint8Array | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(blobPath(dir, digest)));
  } catch {
    return undefined;
  }
  if (sha256Digest(bytes) !== digest) throw new Error(`${dir}: blob ${digest} does not match its digest`);
  return bytes;
}

async function readIndex(dir: string): Promise<LayoutIndex> {
  let text: string;
  try {
    text = await readFile(path.join(dir, 'index.json'), 'utf8');
  } catch {
    return {schemaVersion: 2, mediaType: OCI_INDEX, manifests: []};
  }
  const index = JSON.parse(text) as LayoutIndex;
  index.manifests ??= [];
  return index;
}

async function ensureLayout(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'blobs', 'sha256'), {recursive: true});
  const marker = path.join(dir, 'oci-layout');
  if (!(await exists(marker))) await createOnce(marker, JSON.stringify({imageLayoutVersion: '1.0.0'}));
  const index = path.join(dir, 'index.json');
  if (!(await exists(index))) {
    await createOnce(index, JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: []}));
  }
}

/**
 * Writes a whole file only where none exists: another process may have written its index.json
 * (with its tags) since we looked, and a rename would replace it.
 */
async function createOnce(file: string, data: string): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, data);
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
}

async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
