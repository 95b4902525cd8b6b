import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {sha256Digest} from '../../../packages/core/src/registry/digest.js';
import {
  pushTestImage,
  recordingPorts,
  skopeoRaw,
  startRegistry,
  type RegistryAuthMode,
  type TestRegistry,
} from '../../helpers/registry.js';
import {runGitHubStep, runGitLabStep, type BundleRun} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';

const DATE = '20250101';

/** A workspace with two images and what build-arch would have left: dirs.txt and .tag files. */
async function workspace(registry: TestRegistry, archs: {curl: string[]; web: string[]}) {
  const root = tempDir('hephy-ws-');
  const config = (platforms: string[], tags: string[]) =>
    [
      'use_local_context: true',
      'platforms:',
      ...platforms.map((p) => `  - ${p}`),
      'additional_tags:',
      ...tags.map((t) => `  - "${t}"`),
      '',
    ].join('\n');
  for (const [dir, platforms, tags] of [
    // Every arch of a config must be built for its index (see test/integration/merge-manifest/partial.test.ts).
    ['curl', ['linux/amd64', 'linux/arm/v7'], ['latest', 'build-${RUN_NUMBER}']],
    ['web', ['linux/arm64'], ['stable']],
  ] as const) {
    mkdirSync(path.join(root, dir));
    writeFileSync(path.join(root, dir, 'build-config.yaml'), config([...platforms], [...tags]));
    writeFileSync(path.join(root, dir, 'Dockerfile'), 'FROM scratch\n');
  }
  writeFileSync(path.join(root, 'dirs.txt'), 'curl\nweb\n');
  const client = createRegistryClient({
    ports: recordingPorts(),
    credentials: {username: registry.username, password: registry.password},
  });
  const platforms: Record<string, {architecture: string; variant?: string}> = {
    amd64: {architecture: 'amd64'},
    arm64: {architecture: 'arm64'},
    armv7: {architecture: 'arm', variant: 'v7'},
  };
  const pushed: Record<string, string> = {};
  for (const [image, list] of Object.entries(archs)) {
    for (const arch of list) {
      const tag = `${image}-${DATE}-${arch}`;
      const result = await pushTestImage(client, `${registry.host}/team/images:${tag}`, platforms[arch]!);
      writeFileSync(path.join(root, `${image}-${arch}.tag`), `${tag}\n${result.digest}\n`);
      pushed[`${image}-${arch}`] = result.digest;
    }
  }
  return {root, pushed};
}

function inputs(registry: TestRegistry): Record<string, string> {
  return {
    repository: `${registry.host}/team/images`,
    date: DATE,
    username: registry.username,
    password: registry.password,
    'source-url': 'https://example.com/org/monorepo',
  };
}

function expectNoSecret(run: BundleRun, registry: TestRegistry) {
  if (!registry.password) return;
  // `::add-mask::` lines are how a secret is handed to the runner, which never shows them.
  const shown = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [shown, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(registry.password);
    expect(text).not.toContain(Buffer.from(`${registry.username}:${registry.password}`).toString('base64'));
  }
}

describe.each<RegistryAuthMode>(['open', 'htpasswd', 'token'])(
  'merge-manifest and retag bundles (%s registry)',
  (mode) => {
    it('make one index per image from the .tag files present, then add the extra tags with the same digest', async () => {
      const registry = await startRegistry(mode);
      const {root, pushed} = await workspace(registry, {curl: ['amd64', 'armv7'], web: ['arm64']});
      const merge = await runGitHubStep('merge-manifest', {
        cwd: root,
        inputs: inputs(registry),
        env: {GITHUB_SHA: 'a'.repeat(40)},
      });
      expect(merge.exitCode, merge.stdout + merge.stderr).toBe(0);
      expectNoSecret(merge, registry);
      const manifests = JSON.parse(merge.outputs.manifests ?? '[]') as {
        image: string;
        reference: string;
        digest: string;
        platforms: string[];
      }[];
      expect(manifests.map((m) => [m.image, m.reference, m.platforms])).toEqual([
        ['curl', `${registry.host}/team/images:curl-${DATE}`, ['linux/amd64', 'linux/arm/v7']],
        ['web', `${registry.host}/team/images:web-${DATE}`, ['linux/arm64']],
      ]);
      const raw = await skopeoRaw(registry, `${registry.host}/team/images:curl-${DATE}`);
      expect(sha256Digest(Buffer.from(raw))).toBe(manifests[0]!.digest);
      const index = JSON.parse(raw) as {
        mediaType: string;
        manifests: {digest: string; platform: object}[];
        annotations: Record<string, string>;
      };
      expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(index.manifests.map((m) => [m.digest, m.platform])).toEqual([
        [pushed['curl-amd64'], {architecture: 'amd64', os: 'linux'}],
        [pushed['curl-armv7'], {architecture: 'arm', os: 'linux', variant: 'v7'}],
      ]);
      expect(index.annotations['org.opencontainers.image.revision']).toBe('a'.repeat(40));
      expect(index.annotations['org.opencontainers.image.source']).toBe('https://example.com/org/monorepo');

      const retag = await runGitLabStep('retag', {
        cwd: root,
        inputs: {repository: `${registry.host}/team/images`, date: DATE, tags: 'extra'},
        ci: {
          CI_REGISTRY: registry.host,
          CI_REGISTRY_USER: registry.username,
          CI_REGISTRY_PASSWORD: registry.password,
          RUN_NUMBER: '42',
        },
      });
      expect(retag.exitCode, retag.stdout + retag.stderr).toBe(0);
      expectNoSecret(retag, registry);
      for (const tag of ['curl-latest', 'curl-build-42', 'curl-extra', 'web-stable', 'web-extra']) {
        const image = tag.split('-')[0]!;
        const digest = manifests.find((m) => m.image === image)!.digest;
        expect(
          sha256Digest(Buffer.from(await skopeoRaw(registry, `${registry.host}/team/images:${tag}`))),
          tag,
        ).toBe(digest);
      }

      // A re-run writes nothing: the tags already hold these indexes.
      const again = await runGitHubStep('merge-manifest', {
        cwd: root,
        inputs: inputs(registry),
        env: {GITHUB_SHA: 'a'.repeat(40)},
      });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(JSON.parse(again.outputs.manifests ?? '[]')).toEqual(manifests);
      expect(again.summary).toContain('unchanged');
      expect(again.summary).not.toMatch(/\| (created|updated) \|/);
    });
  },
);
