import {describe, expect, test} from 'vitest';
import {parseBuildConfig} from '../../../packages/core/src/config/parse.js';
import {FILE, local, problems} from './helpers.js';

/** The messages (without file:line:col) for `extra` appended to a valid local config. */
function messages(extra: string): string[] {
  return problems(local(extra)).map((p) => p.replace(/^curl\/build-config\.yaml:\d+:\d+: /, ''));
}

describe('platforms', () => {
  test.each([
    ['linux/arm65', 'linux/arm64'],
    ['linux/amd46', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['Linux/AMD64', 'linux/amd64'],
  ])('%s is not a platform; suggests %s', (platform, suggestion) => {
    const [problem] = problems(local(`platforms: [linux/amd64, ${platform}]\n`));
    expect(problem).toMatch(/^curl\/build-config\.yaml:2:26: platforms\[1\]: /);
    expect(problem).toContain(`\`${platform}\` is not a known platform (did you mean \`${suggestion}\`?)`);
    expect(problem).toContain('known: linux/amd64, linux/arm64');
  });

  test('an empty list, a repeated platform, and the same arch label twice', () => {
    expect(messages('platforms: []\n')).toEqual([
      'platforms: must list at least one platform, e.g. [linux/amd64]',
    ]);
    expect(messages('platforms: [linux/amd64, linux/amd64]\n')).toEqual([
      'platforms[1]: `linux/amd64` is the architecture `amd64` again (as platforms[0]); list it once',
    ]);
    expect(messages('platforms: [linux/arm64, linux/arm64/v8]\n')).toHaveLength(1);
  });

  test('every known platform parses', () => {
    const all =
      'linux/amd64, linux/arm64, linux/arm/v7, linux/arm/v6, linux/386, linux/ppc64le, linux/s390x, linux/riscv64';
    expect(messages(`platforms: [${all}]\n`)).toEqual([]);
  });

  test('ko_config.platforms is used when platforms is absent, and must agree when both are given', () => {
    const ko = 'build_backend: ko\nko_config: {import_path: ./cmd, platforms: [linux/arm64]}\n';
    expect(parseBuildConfig(ko, {file: FILE, dir: 'curl'}).platforms).toEqual([
      {os: 'linux', architecture: 'arm64'},
    ]);
    expect(problems(`${ko}platforms: [linux/amd64]\n`)).toEqual([
      'curl/build-config.yaml:3:12: platforms: differs from ko_config.platforms: give the platforms once, here',
    ]);
    expect(problems(`${ko}platforms: [linux/arm64]\n`)).toEqual([]);
    expect(
      problems('build_backend: ko\nko_config: {import_path: ./cmd, platforms: [linux/arm65]}\n')[0],
    ).toContain(
      'ko_config.platforms[0]: `linux/arm65` is not a known platform (did you mean `linux/arm64`?)',
    );
  });
});

describe('tags', () => {
  test.each(['-latest', '.hidden', 'has space', 'a/b', 'x'.repeat(129), 'é', '${}', '${1X}-v', 'v${OPEN'])(
    '%s is not an OCI tag',
    (tag) => {
      const [problem] = messages(`additional_tags: ["${tag}"]\n`);
      expect(problem).toMatch(/^additional_tags\[0\]: `.*` is not (a valid OCI tag|a valid placeholder)/);
    },
  );

  test.each(['latest', 'v1.25.3', '_x', 'x'.repeat(128), '${GIT_TAG}', 'v${MAJOR}.${MINOR}-slim'])(
    '%s is a tag',
    (tag) => {
      expect(messages(`additional_tags: ["${tag}"]\n`)).toEqual([]);
    },
  );

  test('a repeated tag and a bad tag inside targets', () => {
    expect(messages('additional_tags: [latest, latest]\n')).toEqual([
      'additional_tags[1]: `latest` is already listed at additional_tags[0]; remove one',
    ]);
    expect(messages('targets: [{name: a, additional_tags: [":x"]}]\n')[0]).toMatch(
      /^targets\[0\]\.additional_tags\[0\]: /,
    );
  });
});

describe('build_args', () => {
  test.each([
    ['VERSION', '`VERSION` must be KEY=VALUE (e.g. `VERSION=1`)'],
    ['1X=a', '`1X` is not a valid name: use letters, digits and _, not starting with a digit'],
    ['MY-ARG=a', '`MY-ARG` is not a valid name: use letters, digits and _, not starting with a digit'],
    ['=a', '`` is not a valid name: use letters, digits and _, not starting with a digit'],
    ['A=${B', '`${B` is not a valid placeholder: write ${NAME} with NAME a variable name'],
  ])('%s', (arg, message) => {
    expect(messages(`build_args: ["${arg}"]\n`)).toEqual([`build_args[0]: ${message}`]);
  });

  test('the same name twice', () => {
    expect(messages('build_args: [A=1, A=2]\n')).toEqual(['build_args: sets A more than once']);
  });

  test('values may hold = and ${VAR}', () => {
    const config = parseBuildConfig(local('build_args: ["A=x=y", "B=${REGISTRY}/img", "C="]\n'), {
      file: FILE,
      dir: 'curl',
    });
    expect(config.buildArgs).toEqual(['A=x=y', 'B=${REGISTRY}/img', 'C=']);
  });
});

describe('targets', () => {
  test('names must be unique, present, and usable in image names', () => {
    expect(messages('targets: [{name: a}, {name: a}]\n')).toEqual([
      'targets[1]: the name `a` is already used by targets[0]; names must be unique',
    ]);
    expect(messages('targets: [{target: stage}]\n')).toEqual([
      'targets[0]: needs a `name` (the image becomes `<dir>-<name>`)',
    ]);
    expect(messages('targets: [{name: Debug}]\n')).toEqual([
      'targets[0].name: `Debug` cannot be part of an image name: use lower-case letters and digits, separated by . _ __ or -',
    ]);
    expect(messages('targets: [executor]\n')).toEqual([
      'targets[0]: must be a mapping of keys, not the string "executor"',
    ]);
  });

  test('target and targets together', () => {
    expect(messages('target: debug\ntargets: [{name: a}]\n')).toEqual([
      'targets: cannot be combined with a non-empty `target`: set the stage in each target instead',
    ]);
    expect(messages('target: ""\ntargets: [{name: a}]\n')).toEqual([]);
  });
});

describe('build_backend, ko_config, spin_config', () => {
  test('an unknown backend suggests the nearest', () => {
    expect(messages('build_backend: kanikoo\n')).toEqual([
      'build_backend: `kanikoo` is not a backend (did you mean `kaniko`?); use one of kaniko, buildah, buildkit, buildx, ko, spin',
    ]);
  });

  test('ko needs ko_config.import_path', () => {
    expect(problems('build_backend: ko\n')).toEqual([
      'curl/build-config.yaml:1:16: build_backend: ko needs `ko_config` with `import_path` (the Go package to build, e.g. ./cmd/server)',
    ]);
    expect(problems('build_backend: ko\nko_config: {base_image: alpine}\n')).toEqual([
      'curl/build-config.yaml:2:12: ko_config: needs `import_path`: the Go package to build, e.g. ./cmd/server',
    ]);
  });

  test('ko_config fields are checked', () => {
    const text =
      'build_backend: ko\nko_config:\n  import_path: ../other\n  base_image: "Not An Image"\n  env: [CGO_ENABLED]\n  ldflags: [1]\n';
    expect(problems(text).map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'ko_config.import_path: must stay inside the image directory; `../other` leads out of it',
      'ko_config.base_image: `Not An Image` is not an image reference: write [host[:port]/]path[:tag][@sha256:digest]',
      'ko_config.env[0]: `CGO_ENABLED` must be KEY=VALUE (e.g. `CGO_ENABLED=1`)',
      'ko_config.ldflags[0]: must be a string, not the number `1`; quote it to keep it as text: "1"',
    ]);
  });

  test('a Go import path is accepted as import_path', () => {
    const config = parseBuildConfig(
      'build_backend: ko\nko_config: {import_path: example.com/app/cmd/server}\n',
      {file: FILE, dir: 'curl'},
    );
    expect(config.ko).toEqual({importPath: 'example.com/app/cmd/server', env: [], ldflags: []});
  });

  test('a backend config that does not match the backend', () => {
    expect(messages('build_backend: buildah\nko_config: {import_path: ./cmd}\n')).toEqual([
      'ko_config: is used only with `build_backend: ko` (this config says buildah); remove it',
    ]);
  });

  test('spin_config.manifest defaults to spin.toml and stays inside', () => {
    expect(
      parseBuildConfig('build_backend: spin\nspin_config: {}\n', {file: FILE, dir: 'curl'}).spin,
    ).toEqual({manifest: 'spin.toml'});
    expect(problems('build_backend: spin\nspin_config: {manifest: /etc/spin.toml}\n')[0]).toContain(
      'spin_config.manifest: must be relative to the image directory, not absolute (`/etc/spin.toml`)',
    );
  });
});

describe('manual_build and manual_images', () => {
  test('keys must be arch labels of the platforms', () => {
    const text = 'manual_build: true\nmanual_images:\n  amd64: ghcr.io/o/i:a\n  arm46: ghcr.io/o/i:b\n';
    expect(problems(text)).toEqual([
      'curl/build-config.yaml:3:3: manual_images: has no image for arm64: add one per platform',
      'curl/build-config.yaml:4:10: manual_images.arm46: `arm46` is not an architecture of this image (did you mean `arm64`? platforms give amd64, arm64)',
    ]);
  });

  test('references must be image references', () => {
    const text = 'manual_build: true\nplatforms: [linux/386]\nmanual_images: {386: "https://x/y"}\n';
    expect(problems(text)[0]).toContain('manual_images.386: `https://x/y` is not an image reference');
  });

  test('manual_build without images, and images without manual_build', () => {
    expect(problems('manual_build: true\n')).toEqual([
      'curl/build-config.yaml:1:15: manual_build: needs `manual_images` with a reference for each of amd64, arm64',
    ]);
    expect(messages('manual_images: {amd64: a/b:c, arm64: a/b:d}\n')).toEqual([
      'manual_images: is used only with `manual_build: true`; add that or remove this',
    ]);
  });
});

describe('depends_on and cache', () => {
  test('depends_on names directories', () => {
    expect(messages('depends_on: [curl]\n')).toEqual([
      'depends_on[0]: `curl` is this image itself; remove it',
    ]);
    expect(messages('depends_on: [../base]\n')[0]).toContain(
      'depends_on[0]: `../base` cannot be part of an image name',
    );
    expect(messages('depends_on: [base, base]\n')).toEqual([
      'depends_on[1]: `base` is already listed at depends_on[0]; remove one',
    ]);
  });
});

describe('paths', () => {
  test.each([
    ['context_path: ..', 'context_path: must stay inside the image directory; `..` leads out of it'],
    [
      'context_path: a/../../b',
      'context_path: must stay inside the image directory; `a/../../b` leads out of it',
    ],
    ['context_path: /etc', 'context_path: must be relative to the image directory, not absolute (`/etc`)'],
    [
      'context_path: "C:\\\\src"',
      'context_path: must be relative to the image directory, not absolute (`C:\\src`)',
    ],
    ['context_path: ""', 'context_path: must not be empty (write `.` for the directory itself)'],
    [
      'dockerfile_path: ../Dockerfile',
      'dockerfile_path: `../Dockerfile` (relative to context_path `.`) leads out of the image directory',
    ],
    [
      'dockerfile_path: /Dockerfile',
      'dockerfile_path: must be relative to the image directory, not absolute (`/Dockerfile`)',
    ],
  ])('%s', (line, message) => {
    expect(messages(`${line}\n`)).toEqual([message]);
  });

  test('the Dockerfile is relative to the context and may sit above it inside the directory', () => {
    const config = parseBuildConfig(local('context_path: app\ndockerfile_path: ../Dockerfile\n'), {
      file: FILE,
      dir: 'curl',
    });
    expect(config).toMatchObject({contextPath: 'app', dockerfilePath: '../Dockerfile'});
    expect(messages('context_path: app\ndockerfile_path: ../../Dockerfile\n')).toHaveLength(1);
  });
});
