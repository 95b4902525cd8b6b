import {describe, expect, test} from 'vitest';
import {UserErrors} from '../../../packages/core/src/errors.js';
import {parseBuildConfig} from '../../../packages/core/src/config/parse.js';
import {FILE, local, problems} from './helpers.js';

describe('parseBuildConfig: defaults', () => {
  test('a config with only a source gets every default', () => {
    const config = parseBuildConfig('use_local_context: true\n', {file: FILE, dir: 'curl'});
    expect(config).toMatchObject({
      file: FILE,
      dir: 'curl',
      source: {kind: 'local'},
      dockerfilePath: 'Dockerfile',
      contextPath: '.',
      target: '',
      targets: [],
      buildArgs: [],
      additionalTags: [],
      platforms: [
        {os: 'linux', architecture: 'amd64'},
        {os: 'linux', architecture: 'arm64'},
      ],
      manualBuild: false,
      manualImages: {},
      dependsOn: [],
      cache: false,
    });
    expect(config.buildBackend).toBeUndefined();
  });

  test('every field is read and positions are kept', () => {
    const text = [
      'upstream_repo: git@github.com:owner/repo.git',
      'upstream_ref: "1.10"',
      'upstream_submodules: true',
      'context_path: src',
      'dockerfile_path: ../Dockerfile',
      'targets:',
      '  - {name: executor, target: kaniko-executor, additional_tags: [latest]}',
      '  - name: debug',
      'build_args: ["VERSION=1.0", "ECR_REGISTRY=${ECR_REGISTRY}"]',
      'platforms: [linux/amd64, linux/arm/v7]',
      'additional_tags: [v1.25.3, "${GIT_TAG}-slim"]',
      'build_backend: buildah',
      'depends_on: [manifest-tool]',
      'cache: true',
    ].join('\n');
    const config = parseBuildConfig(text, {file: FILE, dir: 'curl'});
    expect(config.source).toEqual({
      kind: 'upstream',
      repo: 'git@github.com:owner/repo.git',
      ref: '1.10',
      submodules: true,
    });
    expect(config.targets).toEqual([
      {name: 'executor', target: 'kaniko-executor', additionalTags: ['latest']},
      {name: 'debug', target: 'debug', additionalTags: []},
    ]);
    expect(config.platforms[1]).toEqual({os: 'linux', architecture: 'arm', variant: 'v7'});
    expect(config.buildArgs).toEqual(['VERSION=1.0', 'ECR_REGISTRY=${ECR_REGISTRY}']);
    expect(config).toMatchObject({
      contextPath: 'src',
      dockerfilePath: '../Dockerfile',
      buildBackend: 'buildah',
    });
    expect(config).toMatchObject({
      dependsOn: ['manifest-tool'],
      cache: true,
      additionalTags: ['v1.25.3', '${GIT_TAG}-slim'],
    });
    expect(config.positions['platforms[1]']).toEqual({line: 10, column: 26});
    expect(config.positions['targets[1].name']).toEqual({line: 8, column: 5});
  });

  test('manual_build takes one image per architecture and needs no source', () => {
    const text =
      'manual_build: true\nplatforms: [linux/amd64, linux/arm/v7]\nmanual_images:\n  amd64: ghcr.io/o/i:1-amd64\n  armv7: ghcr.io/o/i@sha256:' +
      'a'.repeat(64) +
      '\n';
    const config = parseBuildConfig(text, {file: FILE, dir: 'curl'});
    expect(config.manualImages).toEqual({
      amd64: 'ghcr.io/o/i:1-amd64',
      armv7: `ghcr.io/o/i@sha256:${'a'.repeat(64)}`,
    });
    expect(config.source).toEqual({kind: 'local'});
  });

  test('all problems come together in one UserErrors', () => {
    const text = 'use_local_context: yes\nplatforms: [linux/arm65]\nadditional_tags: [-bad]\ncahce: true\n';
    let thrown: unknown;
    try {
      parseBuildConfig(text, {file: FILE, dir: 'curl'});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserErrors);
    const errors = (thrown as UserErrors).errors;
    expect(errors.map((e) => e.field)).toEqual([
      'use_local_context',
      'platforms[0]',
      'additional_tags[0]',
      'cahce',
    ]);
    expect(errors[3]?.location).toEqual({file: FILE, line: 4, column: 1});
  });
});

describe('parseBuildConfig: malformed YAML', () => {
  test.each([
    ['an unclosed flow list', 'use_local_context: true\nplatforms: [linux/amd64\n', 3, 1],
    ['a duplicate key', 'use_local_context: true\nuse_local_context: false\n', 2, 1],
    ['a tab indentation', 'ko_config:\n\timport_path: x\n', 2, 1],
    ['an unknown tag', 'use_local_context: !yes true\n', 1, 20],
    ['two documents', 'use_local_context: true\n---\ncache: true\n', 2, 1],
  ])('%s is an error at its line and column', (_name, text, line, column) => {
    const [first, ...rest] = problems(text);
    expect(first).toMatch(new RegExp(`^curl/build-config\\.yaml:${line}:${column}: invalid YAML: `));
    expect(first).not.toContain('\n');
    expect(rest.every((p) => p.startsWith('curl/build-config.yaml:'))).toBe(true);
  });

  test('a stray token is named, a long one by its first 200 characters only', () => {
    const secretish = `AUTHORIZATION: basic ${'Q'.repeat(5000)}`;
    const found = problems(`[core]\nbare = false\n[http]\nextraheader = ${secretish}\n`);
    expect(found.join('\n')).not.toContain('Q'.repeat(201));
    expect(found.every((p) => p.length < 400)).toBe(true);
    expect(found.join('\n')).toMatch(/"[^"]{200}\.\.\. \(\d+ characters\)"/);
  });

  test('an empty file, or only comments, says what it needs', () => {
    expect(problems('# nothing here\n')).toEqual([
      'curl/build-config.yaml:1:1: the file is empty: it needs at least a source (use_local_context: true)',
    ]);
  });

  test('a top level that is not a mapping', () => {
    expect(problems('- use_local_context: true\n')).toEqual([
      'curl/build-config.yaml:1:1: must be a mapping of keys, not a list',
    ]);
  });
});

describe('parseBuildConfig: unknown keys', () => {
  test.each([
    ['platfroms: [linux/amd64]', 'platfroms', 'platforms'],
    ['Platforms: [linux/amd64]', 'Platforms', 'platforms'],
    ['build-args: []', 'build-args', 'build_args'],
    ['tags: [latest]', 'tags', 'additional_tags'],
    ['dockerfile: Dockerfile', 'dockerfile', 'dockerfile_path'],
    ['depends: [curl]', 'depends', 'depends_on'],
  ])('%s suggests the nearest key', (line, key, suggestion) => {
    expect(problems(local(`${line}\n`))).toEqual([
      `curl/build-config.yaml:2:1: ${key}: unknown key \`${key}\` (did you mean \`${suggestion}\`?)`,
    ]);
  });

  test('a key far from every known key gets no suggestion', () => {
    expect(problems(local('colour: blue\n'))).toEqual([
      'curl/build-config.yaml:2:1: colour: unknown key `colour`',
    ]);
  });

  test('unknown keys inside ko_config, spin_config and targets', () => {
    const text =
      'build_backend: ko\nko_config:\n  import_path: ./cmd\n  ldflag: [-s]\nspin_config: {manifets: spin.toml}\ntargets:\n  - {name: a, tagets: x}\n';
    expect(problems(text)).toEqual(
      expect.arrayContaining([
        'curl/build-config.yaml:4:3: ko_config.ldflag: unknown key `ldflag` (did you mean `ldflags`?)',
        'curl/build-config.yaml:5:15: spin_config.manifets: unknown key `manifets` (did you mean `manifest`?)',
        'curl/build-config.yaml:7:15: targets[0].tagets: unknown key `tagets` (did you mean `target`?)',
      ]),
    );
  });
});

describe('parseBuildConfig: wrong types', () => {
  test.each([
    [
      'use_local_context: "true"',
      'use_local_context: must be `true` or `false`, not the string "true"; write true without quotes',
    ],
    [
      'use_local_context: yes',
      'use_local_context: must be `true` or `false`, not the string "yes"; write true without quotes',
    ],
    ['cache: 1', 'cache: must be `true` or `false`, not the number `1`'],
    ['cache: tru', 'cache: must be `true` or `false`, not the string "tru" (did you mean true?)'],
    [
      'platforms: [linux/amd64, null]',
      'platforms[1]: must be a string, not empty (give it a value, or remove it)',
    ],
    ['1: x', 'the key `1` must be text: write a name such as `platforms`'],
    ['platforms: linux/amd64', 'platforms: must be a list, not the string "linux/amd64"'],
    [
      'additional_tags: [1.10]',
      'additional_tags[0]: must be a string, not the number `1.10`; quote it to keep it as text: "1.10"',
    ],
    ['target: [a]', 'target: must be a string, not a list'],
    ['build_args: {A: b}', 'build_args: must be a list, not a mapping'],
    ['ko_config: ./cmd', 'ko_config: must be a mapping of keys, not the string "./cmd"'],
    ['depends_on:', 'depends_on: must be a list, not empty (give it a value, or remove it)'],
    ['manual_images: [a]', 'manual_images: must be a mapping of keys, not a list'],
  ])('%s', (line, message) => {
    const text = line.startsWith('use_local_context') ? `${line}\n` : local(`${line}\n`);
    const found = problems(text);
    expect(found.map((p) => p.replace(/^curl\/build-config\.yaml:\d+:\d+: /, ''))).toContain(message);
  });

  test('a number where a ref is expected says to quote it', () => {
    expect(problems('upstream_repo: https://example.com/o/r\nupstream_ref: 1234567\n')).toEqual([
      'curl/build-config.yaml:2:15: upstream_ref: must be a string, not the number `1234567`; quote it to keep it as text: "1234567"',
    ]);
  });
});

describe('parseBuildConfig: source', () => {
  test('both sources', () => {
    expect(
      problems('use_local_context: true\nupstream_repo: https://github.com/o/r\nupstream_ref: main\n'),
    ).toEqual([
      'curl/build-config.yaml:1:20: use_local_context: cannot be true together with upstream_repo/upstream_ref: keep one source',
    ]);
  });

  test('neither source', () => {
    expect(problems('platforms: [linux/amd64]\n')).toEqual([
      'curl/build-config.yaml:1:1: use_local_context: no source: set `use_local_context: true` to build this directory, or `upstream_repo` and `upstream_ref` to build another repository',
    ]);
    expect(problems('use_local_context: false\n')).toHaveLength(1);
  });

  test.each(['ko', 'spin'])('neither source is the directory itself with build_backend: %s', (backend) => {
    const extra = backend === 'ko' ? 'ko_config: {import_path: ./cmd/server}\n' : '';
    const config = parseBuildConfig(`build_backend: ${backend}\n${extra}`, {file: FILE, dir: 'curl'});
    expect(config.source).toEqual({kind: 'local'});
  });

  test('upstream_repo without upstream_ref, and the other way round', () => {
    expect(problems('upstream_repo: https://github.com/o/r\n')).toEqual([
      'curl/build-config.yaml:1:16: upstream_repo: needs `upstream_ref`: a branch, tag or full commit SHA',
    ]);
    expect(problems('upstream_ref: main\n')).toEqual([
      'curl/build-config.yaml:1:15: upstream_ref: needs `upstream_repo`: the repository to build from',
    ]);
  });

  test.each([
    ['github.com/o/r', '(write `https://github.com/o/r`)'],
    ['--upload-pack=evil', 'is not a git remote'],
    ['https://github.com/o/r x', 'is not a git remote'],
    ['/srv/git/repo', 'is not a git remote'],
  ])('upstream_repo %s is not a remote', (repo, message) => {
    const [problem] = problems(`upstream_repo: "${repo}"\nupstream_ref: main\n`);
    expect(problem).toContain('upstream_repo: ');
    expect(problem).toContain(message);
  });

  test.each([
    ['https://bot:s3cr3t-tok@github.com/o/r', 'https://***@github.com/o/r', ['s3cr3t-tok']],
    ['https://bot:p@ss@w0rd-x@github.com/o/r', 'https://***@github.com/o/r', ['p@ss', 'w0rd-x']],
    ['https://ghp_tokenvalue1@github.com/o/r', 'https://***@github.com/o/r', ['ghp_tokenvalue1']],
    [
      'https://ghp_tokenvalue1:x-oauth-basic@github.com/o/r',
      'https://***@github.com/o/r',
      ['ghp_tokenvalue1'],
    ],
    ['ssh://git:hunter2-pw@host/o/r', 'ssh://***@host/o/r', ['hunter2-pw']],
    ['bot:hunter2-pw@host:o/r', '***@host:o/r', ['hunter2-pw']],
    ['https://bot:s3cr3t-tok@github.com', 'https://***@github.com', ['s3cr3t-tok']],
  ])('upstream_repo %s holds credentials: refused, masked whole', (repo, display, secrets) => {
    const found = problems(`upstream_ref: main\nupstream_repo: "${repo}"\n`);
    expect(found).toEqual([
      `curl/build-config.yaml:2:16: upstream_repo: \`${display}\` holds credentials, and this file is committed: remove them from the URL and give them to git outside the repository, from a git credential helper or a CI variable (see docs/configuration.md)`,
    ]);
    for (const secret of secrets) expect(found.join('\n')).not.toContain(secret);
  });

  test.each([
    'https://gitlab.example.com/group/sub/repo.git',
    'ssh://git@host:2222/o/r',
    'git@github.com:o/r.git',
    'https://github.com/o/r@v2',
    'git://127.0.0.1:9418/r',
    'file:///srv/git/r',
  ])('upstream_repo %s is a remote', (repo) => {
    expect(problems(`upstream_repo: "${repo}"\nupstream_ref: v1\n`)).toEqual([]);
  });

  test.each(['""', '-x', 'a..b', 'main~1', 'a b', 'refs/heads/', 'x.lock'])(
    'upstream_ref %s is not a ref',
    (ref) => {
      const [problem] = problems(`upstream_repo: https://github.com/o/r\nupstream_ref: ${ref}\n`);
      expect(problem).toMatch(/^curl\/build-config\.yaml:2:15: upstream_ref: /);
    },
  );

  test('upstream_submodules without upstream_repo', () => {
    expect(problems(local('upstream_submodules: true\n'))).toEqual([
      'curl/build-config.yaml:2:22: upstream_submodules: applies only with `upstream_repo`; remove it',
    ]);
  });
});
