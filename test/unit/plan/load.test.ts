import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserErrors} from '../../../packages/core/src/errors.js';
import {loadPlannedImages} from '../../../packages/core/src/plan/load.js';
import {tempDir} from '../../helpers/tmp.js';

const LOCAL = 'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n';

function repo(files: Record<string, string>): string {
  const root = tempDir('hephy-load-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('loadPlannedImages', () => {
  it('orders images by depends_on and Dockerfile ARG <DEP>_TAG', async () => {
    const root = repo({
      'app/build-config.yaml': `${LOCAL}depends_on: [manifest-tool]\n`,
      'app/Dockerfile': 'FROM scratch\n',
      'curl/build-config.yaml': LOCAL,
      'curl/Dockerfile': 'ARG CURL_TAG=8.5.0\nFROM alpine\n',
      'manifest-tool/build-config.yaml': LOCAL,
      'manifest-tool/Dockerfile':
        'ARG ECR_REGISTRY\nARG CURL_TAG\nARG BASE_TAG\nFROM ${ECR_REGISTRY}:${CURL_TAG}\n',
    });
    const images = await loadPlannedImages(root, ['app', 'curl', 'manifest-tool']);
    expect(images.map((i) => [i.image, i.dependsOn])).toEqual([
      ['curl', []],
      ['manifest-tool', ['curl']],
      ['app', ['manifest-tool']],
    ]);
    expect(images[0]).toMatchObject({
      dir: 'curl',
      platforms: ['linux/amd64', 'linux/arm64'],
      archs: ['amd64', 'arm64'],
    });
  });

  it('keeps a dependency outside the given dirs, without planning it', async () => {
    const root = repo({
      'curl/build-config.yaml': LOCAL,
      'manifest-tool/build-config.yaml': LOCAL,
      'manifest-tool/Dockerfile': 'ARG CURL_TAG\nFROM x:${CURL_TAG}\n',
    });
    const images = await loadPlannedImages(root, ['manifest-tool']);
    expect(images.map((i) => [i.image, i.dependsOn])).toEqual([['manifest-tool', ['curl']]]);
  });

  it('expands targets into <dir>-<name> images', async () => {
    const root = repo({
      'kaniko/build-config.yaml':
        'upstream_repo: https://github.com/chainguard-dev/kaniko\nupstream_ref: v1.25.3\nadditional_tags: [v1]\ntargets:\n  - {name: executor, target: kaniko-executor, additional_tags: [latest]}\n  - {name: debug, target: kaniko-debug}\n',
    });
    const images = await loadPlannedImages(root, ['kaniko']);
    expect(images.map((i) => [i.image, i.dir, i.target, i.additionalTags])).toEqual([
      ['kaniko-executor', 'kaniko', 'kaniko-executor', ['v1', 'latest']],
      ['kaniko-debug', 'kaniko', 'kaniko-debug', ['v1']],
    ]);
  });

  it('names the file, line and column of an unknown dependency', async () => {
    const root = repo({
      'app/build-config.yaml': `${LOCAL}depends_on:\n  - curl\n  - nothere\n`,
      'app/Dockerfile': 'FROM scratch\n',
      'curl/build-config.yaml': LOCAL,
    });
    const error = await loadPlannedImages(root, ['app']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrors);
    expect(String(error)).toMatch(
      /^app\/build-config\.yaml:5:5: depends_on\[1\]: "nothere" is not an image directory/,
    );
  });

  it('names every declaration of a dependency cycle', async () => {
    const root = repo({
      'a/build-config.yaml': `${LOCAL}depends_on: [b]\n`,
      'a/Dockerfile': 'FROM scratch\n',
      'b/build-config.yaml': LOCAL,
      'b/Dockerfile': 'FROM scratch\nARG A_TAG\n',
    });
    const error = await loadPlannedImages(root, ['a', 'b']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrors);
    expect(String(error)).toMatch(/dependency cycle: a -> b -> a/);
    expect(String(error)).toContain('a/build-config.yaml:3:');
    expect(String(error)).toContain('b/Dockerfile:2:5: ARG A_TAG');
  });

  it('reports every invalid config at once', async () => {
    const root = repo({
      'a/build-config.yaml': 'use_local_context: true\nplatforms: [linux/arm65]\n',
      'b/build-config.yaml': 'nope: 1\n',
    });
    const error = (await loadPlannedImages(root, ['a', 'b']).catch((e: unknown) => e)) as UserErrors;
    expect(error).toBeInstanceOf(UserErrors);
    expect(error.errors.some((e) => String(e).startsWith('a/build-config.yaml:2'))).toBe(true);
    expect(error.errors.some((e) => String(e).startsWith('b/build-config.yaml:1'))).toBe(true);
  });
});

describe('a build-config.yaml at the root', () => {
  const image = (dir: string) => {
    mkdirSync(dir, {recursive: true});
    writeFileSync(path.join(dir, 'build-config.yaml'), 'use_local_context: true\nplatforms: [linux/amd64]\n');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  };

  it('names the root image after the root directory, made a valid name (a checkout named MyApp)', async () => {
    const root = path.join(tempDir(), 'MyApp');
    image(root);
    const [planned] = await loadPlannedImages(root, ['.']);
    expect(planned?.image).toBe('myapp');
  });

  it('refuses two images of one name, naming both files', async () => {
    const root = path.join(tempDir(), 'tools');
    image(root);
    image(path.join(root, 'tools'));
    const failure = loadPlannedImages(root, ['.', 'tools']);
    await expect(failure).rejects.toThrow(UserErrors);
    await expect(failure).rejects.toThrow(
      /tools\/build-config\.yaml: the image name `tools` is also the name of an image of build-config\.yaml/,
    );
  });

  it('a Dockerfile over 4 MiB is an error naming dockerfile_path, not a dependency scan', async () => {
    const root = repo({
      'big/build-config.yaml': `${LOCAL}dockerfile_path: Dockerfile\n`,
      'big/Dockerfile': `FROM scratch\n${'# padding line\n'.repeat(300_000)}`,
    });
    const error = await loadPlannedImages(root, ['big']).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserErrors);
    expect((error as UserErrors).errors.map((e) => e.toString())).toEqual([
      'big/build-config.yaml:3:1: dockerfile_path: big/Dockerfile: the file is larger than 4 MiB, the most hephy-builder reads of a repository file: a config, Dockerfile or list this large is a mistake',
    ]);
  });
});
