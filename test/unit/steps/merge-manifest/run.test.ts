import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseBuildConfig} from '../../../../packages/core/src/config/parse.js';
import {errorMessage} from '../../../../packages/core/src/errors.js';
import {expandImages} from '../../../../packages/core/src/plan/load.js';
import {createRegistryClient} from '../../../../packages/core/src/registry/client.js';
import {OCI_INDEX} from '../../../../packages/core/src/registry/media-types.js';
import {runMergeManifest} from '../../../../packages/core/src/steps/merge-manifest/run.js';
import {runRetag} from '../../../../packages/core/src/steps/retag/run.js';
import {pushTestImage} from '../../../helpers/registry.js';
import {tempDir} from '../../../helpers/tmp.js';
import {fakePorts} from '../../registry/fake-ports.js';
import {withParsedTarget} from '../../../helpers/registry-inputs.js';

const DATE = '20250101';

function setup(configText: string) {
  const dir = tempDir('hephy-merge-');
  const repository = `oci:${path.join(dir, 'layout')}`;
  const images = expandImages(parseBuildConfig(configText, {file: 'app/build-config.yaml', dir: 'app'}), []);
  const {ports, requests, logged} = fakePorts(() => new Response());
  const client = createRegistryClient({ports});
  const inputs = withParsedTarget({
    repository,
    naming: 'tag-prefix' as const,
    date: DATE,
    dirs: 'app',
    root: dir,
    insecureRegistries: [],
    outputDir: dir,
    username: '',
    password: '',
    verifyPlatforms: true,
    indexArchs: [],
    sourceUrl: 'https://example.com/repo',
    revision: 'abc123',
    tags: [],
  });
  const push = async (arch: string, platform: {architecture: string; variant?: string}) => {
    const image = await pushTestImage(client, `${repository}:app-${DATE}-${arch}`, platform);
    writeFileSync(path.join(dir, `app-${arch}.tag`), `app-${DATE}-${arch}\n${image.digest}\n`);
    return image;
  };
  return {dir, repository, images, ports, requests, logged, client, inputs, push};
}

const TWO_ARCH =
  'use_local_context: true\nplatforms: [linux/amd64, linux/arm/v7]\nadditional_tags: [latest]\n';

const ONE_ARCH = 'use_local_context: true\nplatforms: [linux/amd64]\n';

describe('merge-manifest on an OCI layout (no server)', () => {
  it('makes an index from every arch, keeps the variant, and retag keeps its digest', async () => {
    const t = setup(TWO_ARCH);
    const amd = await t.push('amd64', {architecture: 'amd64'});
    const arm = await t.push('armv7', {architecture: 'arm', variant: 'v7'});
    const {manifests} = await runMergeManifest(t.inputs, t.ports, {images: t.images});
    expect(manifests).toEqual([
      expect.objectContaining({
        reference: `${t.repository}:app-${DATE}`,
        platforms: ['linux/amd64', 'linux/arm/v7'],
        status: 'created',
      }),
    ]);
    const index = JSON.parse(
      Buffer.from((await t.client.getManifest(`${t.repository}:app-${DATE}`))!.bytes).toString(),
    );
    expect(index.manifests).toEqual([
      {
        mediaType: amd.mediaType,
        digest: amd.digest,
        size: amd.size,
        platform: {architecture: 'amd64', os: 'linux'},
      },
      {
        mediaType: arm.mediaType,
        digest: arm.digest,
        size: arm.size,
        platform: {architecture: 'arm', os: 'linux', variant: 'v7'},
      },
    ]);
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://example.com/repo',
      'org.opencontainers.image.revision': 'abc123',
    });
    const {tags} = await runRetag(t.inputs, t.ports, {images: t.images});
    expect(tags).toEqual([
      expect.objectContaining({tag: 'app-latest', digest: manifests[0]!.digest, status: 'created'}),
    ]);
    expect((await runRetag(t.inputs, t.ports, {images: t.images})).tags[0]?.status).toBe('unchanged');
    expect(t.requests).toEqual([]);
  });

  it('indexes the arches the run built on purpose (index-archs), says what it left out, and retag tags it', async () => {
    const t = setup(TWO_ARCH);
    const amd = await t.push('amd64', {architecture: 'amd64'});
    const inputs = {...t.inputs, indexArchs: ['amd64']};
    const {manifests, incomplete} = await runMergeManifest(inputs, t.ports, {images: t.images});
    expect(incomplete).toEqual([]);
    expect(manifests).toEqual([expect.objectContaining({platforms: ['linux/amd64'], status: 'created'})]);
    expect(t.logged()).toContain('app: armv7 not built in this run (index-archs): left out of its index');
    const {tags} = await runRetag(inputs, t.ports, {images: t.images});
    expect(tags).toEqual([expect.objectContaining({tag: 'app-latest', status: 'created'})]);
    // An arch the run did build but that left no .tag file is still missing: no index.
    const both = {...t.inputs, date: DATE, indexArchs: ['amd64', 'armv7']};
    const error = await runMergeManifest(both, t.ports, {images: t.images}).catch((e: unknown) => e);
    expect(errorMessage(error)).toMatch(/app: no index: armv7 missing/);
    expect(amd.digest).toMatch(/^sha256:/);
  });

  it("annotates the index with the event's repository and head commit when the inputs leave them empty", async () => {
    const t = setup(ONE_ARCH);
    await t.push('amd64', {architecture: 'amd64'});
    const event = {sourceUrl: 'https://gitlab.example.com/g/p', headSha: 'head1'};
    await runMergeManifest({...t.inputs, sourceUrl: '', revision: ''}, t.ports, {images: t.images, event});
    const index = JSON.parse(
      Buffer.from((await t.client.getManifest(`${t.repository}:app-${DATE}`))!.bytes).toString(),
    );
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://gitlab.example.com/g/p',
      'org.opencontainers.image.revision': 'head1',
    });
  });

  it('fails when an image config disagrees with the platform the build asked for', async () => {
    const t = setup(ONE_ARCH);
    await t.push('amd64', {architecture: 'arm64'});
    const error = await runMergeManifest(t.inputs, t.ports, {images: t.images}).catch((e: unknown) => e);
    expect(errorMessage(error)).toMatch(
      /app-amd64.tag:1: .* was pushed as amd64 \(linux\/amd64\) but its image config says linux\/arm64/,
    );
    expect(await t.client.headManifest(`${t.repository}:app-${DATE}`)).toBeUndefined();
  });

  it('names the .tag file line holding a bad digest, and the image with no .tag file at all, writing nothing', async () => {
    const t = setup(TWO_ARCH);
    writeFileSync(path.join(t.dir, 'app-amd64.tag'), `app-${DATE}-amd64\nsha256:nothex\n`);
    const error = await runMergeManifest(t.inputs, t.ports, {images: t.images}).catch((e: unknown) => e);
    expect(errorMessage(error)).toMatch(/app-amd64\.tag:2: "sha256:nothex" is not a manifest digest/);
    const empty = setup(TWO_ARCH);
    const none = await runMergeManifest(empty.inputs, empty.ports, {images: empty.images}).catch(
      (e: unknown) => e,
    );
    expect(errorMessage(none)).toMatch(
      /app: no index: amd64, armv7 missing \(app-amd64\.tag, app-armv7\.tag not in .*; no arch was built\)/,
    );
  });

  it('flattens a backend index with an attestation into this platform and its attestation', async () => {
    const t = setup(ONE_ARCH);
    const image = await t.push('amd64', {architecture: 'amd64'});
    const attestation = await pushTestImage(t.client, `${t.repository}:att`, {
      architecture: 'unknown',
      os: 'unknown',
    });
    const backendIndex = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: image.mediaType,
            digest: image.digest,
            size: image.size,
            platform: {architecture: 'amd64', os: 'linux'},
          },
          {
            mediaType: attestation.mediaType,
            digest: attestation.digest,
            size: attestation.size,
            platform: {architecture: 'unknown', os: 'unknown'},
            annotations: {
              'vnd.docker.reference.type': 'attestation-manifest',
              'vnd.docker.reference.digest': image.digest,
            },
          },
        ],
      }),
    );
    const pushed = await t.client.putManifest(`${t.repository}:app-${DATE}-amd64`, {
      mediaType: OCI_INDEX,
      bytes: backendIndex,
    });
    writeFileSync(path.join(t.dir, 'app-amd64.tag'), `app-${DATE}-amd64\n${pushed.digest}\n`);
    const {manifests} = await runMergeManifest(t.inputs, t.ports, {images: t.images});
    const index = JSON.parse(
      Buffer.from((await t.client.getManifest(`${t.repository}:app-${DATE}`))!.bytes).toString(),
    );
    expect(index.manifests.map((m: {digest: string}) => m.digest)).toEqual([
      image.digest,
      attestation.digest,
    ]);
    expect(manifests[0]?.platforms).toEqual(['linux/amd64']);
  });

  it('joins manual_images from another repository by copying them in by digest', async () => {
    const t = setup(
      'manual_build: true\nplatforms: [linux/amd64]\nmanual_images:\n  amd64: registry.example.com/up:v1\n',
    );
    const other = path.join(t.dir, 'upstream');
    const image = await pushTestImage(t.client, `oci:${other}:v1`, {architecture: 'amd64'});
    t.images[0]!.config.manualImages.amd64 = `oci:${other}:v1`;
    const {manifests} = await runMergeManifest(t.inputs, t.ports, {images: t.images});
    expect(manifests[0]?.status).toBe('created');
    expect(await t.client.headManifest(`${t.repository}@${image.digest}`)).toMatchObject({
      digest: image.digest,
    });
  });
});
