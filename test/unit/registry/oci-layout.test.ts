import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';
import {pushTestImage} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {fakePorts} from './fake-ports.js';

describe('OCI image layout target', () => {
  it('stores images, tags and indexes as index.json + blobs/sha256, with the same interface as a registry', async () => {
    const dir = tempDir('hephy-oci-');
    const {ports, requests} = fakePorts(() => new Response());
    const client = createRegistryClient({ports});
    const image = await pushTestImage(client, `oci:${dir}:app-20250101-amd64`, {architecture: 'amd64'});
    expect(JSON.parse(readFileSync(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    expect(existsSync(path.join(dir, 'blobs', 'sha256', image.digest.slice(7)))).toBe(true);
    expect(await client.headManifest(`oci:${dir}:app-20250101-amd64`)).toEqual({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.size,
    });
    const index = Buffer.from(JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: []}));
    await client.putManifest(`oci:${dir}:app-latest`, {mediaType: OCI_INDEX, bytes: index});
    await client.putManifest(`oci:${dir}:app-latest`, {mediaType: OCI_INDEX, bytes: index});
    expect((await client.listTags(`oci:${dir}`))?.sort()).toEqual(['app-20250101-amd64', 'app-latest']);
    expect(await client.getManifest(`oci:${dir}@${image.digest}`)).toMatchObject({digest: image.digest});
    expect(await client.headManifest(`oci:${dir}:absent`)).toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('answers a blob HEAD from the file alone: a missing layer (or a directory in its place) is absent', async () => {
    const dir = tempDir('hephy-oci-');
    const {ports} = fakePorts(() => new Response());
    const client = createRegistryClient({ports});
    const blob = await client.putBlob(`oci:${dir}`, Buffer.from('layer'));
    expect(await client.headBlob(`oci:${dir}`, blob.digest)).toBe(true);
    rmSync(path.join(dir, 'blobs', 'sha256', blob.digest.slice(7)));
    expect(await client.headBlob(`oci:${dir}`, blob.digest)).toBe(false);
    mkdirSync(path.join(dir, 'blobs', 'sha256', blob.digest.slice(7)));
    expect(await client.headBlob(`oci:${dir}`, blob.digest)).toBe(false);
  });
});
