import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../../packages/core/src/config/types.js';
import {
  canonicalJson,
  dateFreeBuildArgs,
  imageFingerprint,
  type FingerprintInputs,
} from '../../../../packages/core/src/steps/build-arch/fingerprint.js';
import {fingerprintRef} from '../../../../packages/core/src/steps/build-arch/reuse.js';
import {archRef} from '../../../../packages/core/src/plan/names.js';
import {parseRepository} from '../../../../packages/core/src/registry/reference.js';

const config = {
  file: 'curl/build-config.yaml',
  dir: 'curl',
  name: 'curl',
  source: {kind: 'local'},
  dockerfilePath: 'Dockerfile',
  contextPath: '.',
  target: '',
  targets: [],
  buildArgs: ['GREETING=hi'],
  platforms: [{os: 'linux', architecture: 'amd64'}],
  additionalTags: [],
  manualBuild: false,
  manualImages: {},
  dependsOn: ['base'],
  cache: false,
  positions: {build_args: {line: 3, column: 1}},
} as BuildConfig;

const inputs: FingerprintInputs = {
  tree: 'a'.repeat(40),
  config,
  dependencies: [{image: 'base', digest: `sha256:${'1'.repeat(64)}`}],
  bases: [{reference: 'alpine:3.20', platform: 'linux/amd64', digest: `sha256:${'2'.repeat(64)}`}],
  buildArgs: ['GREETING=hi', 'BASE_TAG=<tag of base>'],
  target: '',
  platform: 'linux/amd64',
  backend: 'buildah',
};

describe('imageFingerprint', () => {
  const fingerprint = imageFingerprint(inputs);

  it('is 64 hex digits, the same for the same inputs', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(imageFingerprint({...inputs, config: {...config}})).toBe(fingerprint);
  });

  it.each<[string, Partial<FingerprintInputs>]>([
    ['the committed tree', {tree: 'b'.repeat(40)}],
    ['the build-config', {config: {...config, buildArgs: ['GREETING=hello']}}],
    ['the upstream commit', {upstreamCommit: 'c'.repeat(40)}],
    ['a dependency digest', {dependencies: [{image: 'base', digest: `sha256:${'2'.repeat(64)}`}]}],
    ['the expanded build args', {buildArgs: ['GREETING=hello', 'BASE_TAG=<tag of base>']}],
    ['the target', {target: 'runtime'}],
    ['the platform', {platform: 'linux/arm64'}],
    ['the backend', {backend: 'kaniko'}],
    [
      "an external base's digest (the base moved)",
      {bases: [{reference: 'alpine:3.20', platform: 'linux/amd64', digest: `sha256:${'3'.repeat(64)}`}]},
    ],
  ])('changes with %s', (_what, change) => {
    expect(imageFingerprint({...inputs, ...change})).not.toBe(fingerprint);
  });

  it('does not change when a config key only moves to another line', () => {
    expect(
      imageFingerprint({...inputs, config: {...config, positions: {build_args: {line: 9, column: 1}}}}),
    ).toBe(fingerprint);
  });

  it('does not depend on the order dependencies are listed in', () => {
    const two = [
      {image: 'base', digest: `sha256:${'1'.repeat(64)}`},
      {image: 'tools', digest: `sha256:${'3'.repeat(64)}`},
    ];
    expect(imageFingerprint({...inputs, dependencies: [...two].reverse()})).toBe(
      imageFingerprint({...inputs, dependencies: two}),
    );
  });
});

describe('dateFreeBuildArgs', () => {
  it("gives the same args on two dates: a dependency's tag carries the date", () => {
    const on = (date: string) =>
      dateFreeBuildArgs(
        [`BASE_TAG=base-${date}-amd64`, `FROM_IMAGE=reg/x:base-${date}-amd64@sha256:1`],
        [{image: 'base', tag: `base-${date}-amd64`}],
      );
    expect(on('20250101')).toEqual(on('20250202'));
    expect(on('20250101')).toEqual(['BASE_TAG=<tag of base>', 'FROM_IMAGE=reg/x:<tag of base>@sha256:1']);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({b: 1, a: {d: [2, {z: 1, y: undefined, x: 0}], c: null}})).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"z":1}]},"b":1}',
    );
  });
});

describe('fingerprintRef', () => {
  const fp = 'f'.repeat(16) + '0'.repeat(48);
  it('puts fp-<16 hex> where the run tag has its date (tag-prefix naming)', () => {
    const scheme = {
      repository: parseRepository('reg.example/team/images'),
      naming: 'tag-prefix' as const,
      date: '20250101',
    };
    expect(fingerprintRef(archRef(scheme, 'curl', 'amd64'), scheme.date, fp)).toMatchObject({
      repository: 'team/images',
      tag: `curl-fp-${'f'.repeat(16)}-amd64`,
    });
  });

  it('has no branch in it: the same inputs are found from any branch', () => {
    const scheme = {
      repository: parseRepository('reg.example/team/images'),
      naming: 'repository' as const,
      date: '20250101-feature-x',
      branch: 'feature-x',
    };
    expect(fingerprintRef(archRef(scheme, 'curl', 'armv7'), scheme.date, fp)).toMatchObject({
      repository: 'team/images/curl',
      tag: `fp-${'f'.repeat(16)}-armv7`,
    });
  });
});
