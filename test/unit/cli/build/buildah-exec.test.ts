import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {layoutImagesUsed, localBuildArgs} from '../../../../packages/cli/src/build/buildah-exec.js';
import {localReference} from '../../../../packages/cli/src/build/oci-local.js';

const build = [
  '--storage-driver',
  'vfs',
  'build',
  '--platform',
  'linux/arm64',
  '--build-arg',
  'REGISTRY=oci:.hephy/images',
  '--build-arg',
  'HELLO_TAG=hello-20250101-arm64',
  '--build-arg',
  `BUSYBOX_IMAGE=oci:.hephy/images:busybox-latest@sha256:${'a'.repeat(64)}`,
  '--tag',
  'oci:.hephy/images:greeter-20250101-arm64',
  '/ctx',
];
const local = `localhost/hephy-oci/linux-arm64${path.resolve('.hephy/images').toLowerCase().replace(/\/\./g, '/')}`;

describe('the buildah adapter (one storage, several arches, an OCI layout target)', () => {
  it('names oci: images by local names per platform, valid for buildah', () => {
    expect(localReference('oci:.hephy/images:hello-latest', 'linux/arm64')).toBe(`${local}:hello-latest`);
    expect(localReference('registry.example.com/x:y', 'linux/arm64')).toBeUndefined();
  });

  it('rewrites oci: tags and build args to local names', () => {
    expect(localBuildArgs(build, 'linux/arm64')).toEqual([
      '--storage-driver',
      'vfs',
      'build',
      '--platform',
      'linux/arm64',
      '--build-arg',
      `REGISTRY=${local}`,
      '--build-arg',
      'HELLO_TAG=hello-20250101-arm64',
      '--build-arg',
      `BUSYBOX_IMAGE=${local}:busybox-latest`,
      '--tag',
      `${local}:greeter-20250101-arm64`,
      '/ctx',
    ]);
  });

  it('finds the layout images a build starts FROM', () => {
    expect(layoutImagesUsed(build).sort()).toEqual([
      'oci:.hephy/images:busybox-latest',
      'oci:.hephy/images:hello-20250101-arm64',
    ]);
  });

  it('leaves registry builds as they are', () => {
    const args = [
      'build',
      '--layers',
      '--build-arg',
      'REGISTRY=127.0.0.1:5000/x',
      '--tag',
      '127.0.0.1:5000/x:t',
      '.',
    ];
    expect(localBuildArgs(args, 'linux/amd64')).toEqual(args);
  });
});
