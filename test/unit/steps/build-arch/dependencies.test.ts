import {describe, expect, it} from 'vitest';
import {
  dockerfileDependencies,
  indexDependencyArgs,
} from '../../../../packages/core/src/plan/dependencies.js';
import {dependencyArgs} from '../../../../packages/core/src/steps/build-arch/dependencies.js';
import {readTagFile, writeTagFile} from '../../../../packages/core/src/steps/common/handoff.js';
import {tempDir} from '../../../helpers/tmp.js';
import {parseRepository} from '../../../../packages/core/src/registry/reference.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const scheme = {
  repository: parseRepository('reg.example.com/team/images'),
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

  it('never stands <dep>-latest in for an image this run (this job or another) failed to build', async () => {
    const heads: string[] = [];
    const context = {
      scheme,
      arch: 'arm64',
      outputDir: tempDir(),
      head: async (r: string) => (heads.push(r), digest('b')),
      inRun: new Set(['curl']),
    };
    await expect(dependencyArgs(new Set(['CURL_TAG']), ['curl'], context)).rejects.toThrow(
      'curl is built for arm64 in this run but left no curl-arm64.tag (its build failed or was skipped)',
    );
    expect(heads).toEqual([]);
    // Its .tag file, handed over from that job, is used as always.
    await writeTagFile(context.outputDir, 'curl', 'arm64', {
      tag: 'curl-20251015-feature-arm64',
      digest: digest('a'),
    });
    const {args} = await dependencyArgs(new Set(['CURL_TAG']), ['curl'], context);
    expect(args.get('CURL_TAG')).toBe('curl-20251015-feature-arm64');
  });

  it('HEADs <dep>-latest once per dependency and arch, however many images use it', async () => {
    const heads: string[] = [];
    const latest = new Map<string, Promise<string | undefined>>();
    const context = (arch: string) => ({
      scheme,
      arch,
      outputDir: tempDir(),
      head: async (r: string) => (heads.push(`${arch} ${r}`), digest('b')),
      latest,
    });
    for (const arch of ['amd64', 'amd64', 'amd64', 'arm64', 'arm64']) {
      const {args} = await dependencyArgs(new Set(['CURL_TAG', 'CURL_IMAGE']), ['curl'], context(arch));
      expect(args.get('CURL_IMAGE')).toBe(`reg.example.com/team/images:curl-latest@${digest('b')}`);
    }
    expect(heads).toEqual([
      'amd64 reg.example.com/team/images:curl-latest',
      'arm64 reg.example.com/team/images:curl-latest',
    ]);
  });

  it('names the ARGs of a directory with a . as the plan does', async () => {
    const dockerfile = 'ARG LIB_X_TAG\nARG LIB_X_IMAGE\nFROM r:${LIB_X_TAG}\n';
    const edges = dockerfileDependencies(
      'app',
      dockerfile,
      'app/Dockerfile',
      indexDependencyArgs(['app', 'lib.x']),
    );
    expect(edges.map((e) => e.dependsOn)).toEqual(['lib.x']);
    const {args} = await dependencyArgs(new Set(['LIB_X_TAG', 'LIB_X_IMAGE']), ['lib.x'], {
      scheme,
      arch: 'amd64',
      outputDir: tempDir(),
      head: async () => digest('c'),
    });
    expect(Object.fromEntries(args)).toEqual({
      LIB_X_TAG: 'lib.x-latest',
      LIB_X_IMAGE: `reg.example.com/team/images:lib.x-latest@${digest('c')}`,
    });
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
