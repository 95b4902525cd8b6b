import {describe, expect, it} from 'vitest';
import {dependencyArgs} from '../../../../packages/core/src/steps/build-arch/dependencies.js';
import {ociLabels} from '../../../../packages/core/src/steps/build-arch/labels.js';
import {readTagFile, writeTagFile} from '../../../../packages/core/src/steps/build-arch/tag-file.js';
import type {BuildConfig} from '../../../../packages/core/src/config/types.js';
import {tempDir} from '../../../helpers/tmp.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const scheme = {
  repository: 'reg.example.com/team/images',
  naming: 'tag-prefix' as const,
  date: '20251015-feature',
  branch: 'feature',
};

describe('dependencyArgs', () => {
  it("uses this run's .tag file for the arch, else <dep>-latest of the default branch, both pinned", async () => {
    const outputDir = tempDir();
    await writeTagFile(outputDir, 'curl', 'arm64', {tag: 'curl-20251015-feature-arm64', digest: digest('a')});
    const heads: string[] = [];
    const {args, used} = await dependencyArgs(
      new Set(['ECR_REGISTRY', 'CURL_TAG', 'CURL_IMAGE', 'BASE_IMAGE', 'UNRELATED']),
      ['curl', 'base', 'other'],
      {scheme, arch: 'arm64', outputDir, head: async (r) => (heads.push(r), digest('b'))},
    );
    expect(Object.fromEntries(args)).toEqual({
      ECR_REGISTRY: 'reg.example.com/team/images',
      CURL_TAG: 'curl-20251015-feature-arm64',
      CURL_IMAGE: `reg.example.com/team/images:curl-20251015-feature-arm64@${digest('a')}`,
      BASE_IMAGE: `reg.example.com/team/images:base-latest@${digest('b')}`,
    });
    expect(heads).toEqual(['reg.example.com/team/images:base-latest']);
    expect(used.map((u) => [u.image, u.fromThisRun])).toEqual([
      ['curl', true],
      ['base', false],
    ]);
  });

  it('fails naming the dependency and the tag it looked for', async () => {
    await expect(
      dependencyArgs(new Set(['CURL_TAG']), ['curl'], {
        scheme,
        arch: 'amd64',
        outputDir: tempDir(),
        head: async () => undefined,
      }),
    ).rejects.toThrow(
      'curl was not built for amd64 in this run and reg.example.com/team/images:curl-latest does not exist',
    );
  });

  it('passes nothing for a Dockerfile that declares no dependency args', async () => {
    const result = await dependencyArgs(new Set(['VERSION']), ['curl'], {
      scheme,
      arch: 'amd64',
      outputDir: tempDir(),
      head: async () => {
        throw new Error('no registry call expected');
      },
    });
    expect(result.args.size).toBe(0);
  });
});

describe('tag files', () => {
  it('round-trip tag and digest, and read missing as undefined', async () => {
    const dir = tempDir();
    await writeTagFile(dir, 'curl', 'amd64', {tag: 'curl-20251015-amd64', digest: digest('c')});
    expect(await readTagFile(dir, 'curl', 'amd64')).toEqual({
      tag: 'curl-20251015-amd64',
      digest: digest('c'),
    });
    expect(await readTagFile(dir, 'curl', 'arm64')).toBeUndefined();
  });
});

describe('ociLabels', () => {
  const local = {source: {kind: 'local'}} as BuildConfig;
  const upstream = {
    source: {kind: 'upstream', repo: 'https://x/y', ref: 'v1.2.3', submodules: false},
  } as BuildConfig;
  const now = new Date('2025-10-15T08:09:10.123Z');

  it('labels a local image with this repository and commit (GitHub or GitLab)', () => {
    expect(
      ociLabels(local, {
        env: {GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_SERVER_URL: 'https://github.com'},
        now,
        date: '20251015',
      }),
    ).toEqual({
      'org.opencontainers.image.created': '2025-10-15T08:09:10Z',
      'org.opencontainers.image.version': '20251015',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'abc',
    });
    expect(
      ociLabels(local, {
        env: {CI_PROJECT_URL: 'https://gitlab.com/g/p', CI_COMMIT_SHA: 'def'},
        now,
        date: 'd',
      }),
    ).toMatchObject({
      'org.opencontainers.image.source': 'https://gitlab.com/g/p',
      'org.opencontainers.image.revision': 'def',
    });
  });

  it('labels an upstream image with the upstream repository, commit and ref', () => {
    expect(
      ociLabels(upstream, {
        env: {GITHUB_REPOSITORY: 'o/r'},
        now,
        date: 'd',
        upstream: {repository: 'https://x/y', commit: 'c0ffee'},
      }),
    ).toMatchObject({
      'org.opencontainers.image.source': 'https://x/y',
      'org.opencontainers.image.revision': 'c0ffee',
      'org.opencontainers.image.version': 'v1.2.3',
    });
  });
});
