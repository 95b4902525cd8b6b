import {describe, expect, it} from 'vitest';
import type {BuildRequest} from '../../../../packages/core/src/backends/types.js';
import type {BuildConfig} from '../../../../packages/core/src/config/types.js';
import {
  buildFingerprint,
  pulledImages,
} from '../../../../packages/core/src/steps/build-arch/build-fingerprint.js';
import type {PlannedImage} from '../../../../packages/core/src/plan/types.js';
import type {FingerprintSources} from '../../../../packages/core/src/steps/build-arch/build-fingerprint.js';

const request = {platform: 'linux/amd64', buildArgs: ['BASE=alpine:3.20']} as unknown as BuildRequest;
const dockerfile = '# syntax=docker/dockerfile:1\nARG BASE\nFROM ${BASE}\n';

describe('pulledImages', () => {
  it('counts the # syntax= frontend only for the backends that run it (BuildKit, buildx)', () => {
    const refs = (backend: string) =>
      pulledImages(backend, dockerfile, request, {}, {} as BuildConfig).images.map((i) => i.reference);
    expect(refs('buildkit')).toEqual(['docker/dockerfile:1', 'alpine:3.20']);
    expect(refs('buildx')).toEqual(['docker/dockerfile:1', 'alpine:3.20']);
    expect(refs('buildah')).toEqual(['alpine:3.20']);
    expect(refs('kaniko')).toEqual(['alpine:3.20']);
  });

  it("gives ko's base: the config's, else KO_DEFAULTBASEIMAGE, else ko's own default; spin none", () => {
    const ko = (config: Partial<BuildConfig['ko']>, env: Record<string, string> = {}) =>
      pulledImages('ko', '', request, env, {ko: config} as BuildConfig).images.map((i) => i.reference);
    expect(ko({baseImage: 'ghcr.io/o/base:1'}, {KO_DEFAULTBASEIMAGE: 'x/y:1'})).toEqual(['ghcr.io/o/base:1']);
    expect(ko({}, {KO_DEFAULTBASEIMAGE: 'x/y:1'})).toEqual(['x/y:1']);
    expect(ko({})).toEqual(['cgr.dev/chainguard/static:latest']);
    expect(pulledImages('spin', '', request, {}, {} as BuildConfig)).toEqual({images: [], unresolved: []});
  });
});

describe('buildFingerprint', () => {
  it.each(['ko', 'spin'])(
    'gives %s images none: they compile with the runner toolchain, from sources beyond the tree',
    async (backend) => {
      const logged: string[] = [];
      const ran: string[] = [];
      const sources = {
        ports: {
          log: {info: (m: string) => logged.push(m)},
          exec: {run: async (file: string) => (ran.push(file), {exitCode: 0, stdout: '', stderr: ''})},
        },
        backend,
      } as unknown as FingerprintSources;
      const image = {image: 'app', config: {dir: 'app'}} as unknown as PlannedImage;
      expect(await buildFingerprint(image, request, sources)).toBeUndefined();
      expect(logged).toEqual([
        `app: ${backend} builds with the runner's toolchain from sources the fingerprint cannot see: no fingerprint, always built`,
      ]);
      expect(ran).toEqual([]);
    },
  );
});
