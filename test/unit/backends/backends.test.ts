import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {buildah} from '../../../packages/core/src/backends/buildah.js';
import {buildkit} from '../../../packages/core/src/backends/buildkit.js';
import {buildx} from '../../../packages/core/src/backends/buildx.js';
import {kaniko} from '../../../packages/core/src/backends/kaniko.js';
import {csvField, ko} from '../../../packages/core/src/backends/ko.js';
import {spin} from '../../../packages/core/src/backends/spin.js';
import {fullRequest, plainRequest} from './request.js';

const fixture = (name: string) =>
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');

describe('kaniko', () => {
  it('builds and pushes in one executor run, with the fork flags', () => {
    expect(kaniko.commands(fullRequest())).toEqual([
      {
        file: '/kaniko/executor',
        env: {DOCKER_CONFIG: '/tmp/work/auth'},
        args: [
          '--context=dir:///src/curl',
          '--dockerfile=/src/curl/docker/Dockerfile',
          '--destination=127.0.0.1:5000/team/images:curl-20251015-arm64',
          '--custom-platform=linux/arm64',
          '--build-arg',
          'VERSION=1.0',
          '--build-arg',
          'NOTE=two words; $(not a shell)',
          '--target=final',
          '--label',
          'org.opencontainers.image.revision=abc',
          '--label',
          'org.opencontainers.image.source=https://example.com/repo',
          '--cache=true',
          '--cache-repo=127.0.0.1:5000/team/images/cache',
          '--digest-file=/tmp/work/curl/digest',
          '--skip-push-permission-check',
          '--insecure-registry=127.0.0.1:5000',
          '--skip-tls-verify-registry=127.0.0.1:5000',
          '--cleanup',
          '--ignore-path=/tmp/work/curl',
          '--ignore-path=/src/curl',
          '--ignore-path=/tmp/work/auth',
        ],
        unsetEnv: ['KANIKO_DIR', 'DOCKER_AUTH_CONFIG'],
      },
    ]);
  });

  it('leaves out target, cache, insecure and auth when not asked for', () => {
    const [command] = kaniko.commands(plainRequest());
    expect(command?.args.join(' ')).not.toMatch(/--target|--cache|--insecure|--skip-tls|--build-arg|--label/);
    expect(command?.env).toEqual({});
  });

  it('reads the digest file kaniko writes', () => {
    expect(kaniko.digestSource(plainRequest())).toEqual({file: '/tmp/work/curl/digest'});
    expect(kaniko.parseDigest(fixture('kaniko-digest-file'))).toBe(
      'sha256:6f3ec0e0e3b1a0e4f3e1a9e6b53c2d1c1e8c6f1a7b9e2c4d5f6a7b8c9d0e1f2a',
    );
    expect(kaniko.parseDigest('')).toBeUndefined();
    expect(kaniko.parseDigest('not a digest')).toBeUndefined();
  });
});

describe('buildah', () => {
  it('uses the layer cache only with a cache repository, so one storage never mixes arches', () => {
    const {cacheRepository: _cache, ...uncached} = fullRequest();
    const [build] = buildah.commands(uncached);
    expect(build?.args).not.toContain('--layers');
    expect(buildah.commands(fullRequest())[0]?.args).toContain('--layers');
  });

  it('builds with chroot isolation and vfs, then pushes with --digestfile', () => {
    const [build, push] = buildah.commands(fullRequest());
    expect(build).toEqual({
      file: 'buildah',
      args: [
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--platform',
        'linux/arm64',
        '--layers',
        '--cache-from',
        '127.0.0.1:5000/team/images/cache',
        '--cache-to',
        '127.0.0.1:5000/team/images/cache',
        '--file',
        '/src/curl/docker/Dockerfile',
        '--target',
        'final',
        '--build-arg',
        'VERSION=1.0',
        '--build-arg',
        'NOTE=two words; $(not a shell)',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--label',
        'org.opencontainers.image.source=https://example.com/repo',
        '--authfile',
        '/tmp/work/auth/config.json',
        '--tls-verify=false',
        '--tag',
        '127.0.0.1:5000/team/images:curl-20251015-arm64',
        '/src/curl',
      ],
    });
    expect(push).toEqual({
      file: 'buildah',
      args: [
        '--storage-driver',
        'vfs',
        'push',
        '--digestfile',
        '/tmp/work/curl/digest',
        '--authfile',
        '/tmp/work/auth/config.json',
        '--tls-verify=false',
        '127.0.0.1:5000/team/images:curl-20251015-arm64',
        'docker://127.0.0.1:5000/team/images:curl-20251015-arm64',
      ],
    });
  });

  it('keeps TLS verification on for registries that are not insecure', () => {
    for (const command of buildah.commands(plainRequest()))
      expect(command.args).not.toContain('--tls-verify=false');
  });

  it('reads the push digest file', () => {
    expect(buildah.parseDigest(fixture('buildah-digestfile'))).toBe(
      'sha256:6f3ec0e0e3b1a0e4f3e1a9e6b53c2d1c1e8c6f1a7b9e2c4d5f6a7b8c9d0e1f2a',
    );
  });
});

describe('buildkit', () => {
  it('runs buildctl-daemonless.sh without BUILDKIT_HOST, buildctl with it', () => {
    expect(buildkit.commands(plainRequest())[0]?.file).toBe('buildctl-daemonless.sh');
    expect(buildkit.commands(plainRequest({env: {BUILDKIT_HOST: 'tcp://buildkitd:1234'}}))[0]?.file).toBe(
      'buildctl',
    );
  });

  it('passes options as --opt and writes --metadata-file', () => {
    const [command] = buildkit.commands(fullRequest());
    expect(command?.env).toEqual({DOCKER_CONFIG: '/tmp/work/auth'});
    expect(command?.args).toEqual([
      'build',
      '--frontend',
      'dockerfile.v0',
      '--local',
      'context=/src/curl',
      '--local',
      'dockerfile=/src/curl/docker',
      '--opt',
      'filename=Dockerfile',
      '--opt',
      'platform=linux/arm64',
      '--opt',
      'target=final',
      '--opt',
      'build-arg:VERSION=1.0',
      '--opt',
      'build-arg:NOTE=two words; $(not a shell)',
      '--opt',
      'label:org.opencontainers.image.revision=abc',
      '--opt',
      'label:org.opencontainers.image.source=https://example.com/repo',
      '--output',
      'type=image,name=127.0.0.1:5000/team/images:curl-20251015-arm64,push=true,registry.insecure=true',
      '--import-cache',
      'type=registry,ref=127.0.0.1:5000/team/images/cache:curl-arm64,registry.insecure=true',
      '--export-cache',
      'type=registry,ref=127.0.0.1:5000/team/images/cache:curl-arm64,mode=max,image-manifest=true,oci-mediatypes=true,registry.insecure=true',
      '--metadata-file',
      '/tmp/work/curl/metadata.json',
    ]);
  });

  it('caches over TLS for a TLS registry, in the dateless tag it is given', () => {
    const args = buildkit.commands(
      plainRequest({cacheRepository: 'registry.example.com/team/images/cache', cacheTag: 'curl-arm64'}),
    )[0]?.args;
    expect(args).toContain('type=registry,ref=registry.example.com/team/images/cache:curl-arm64');
    expect(args).toContain(
      'type=registry,ref=registry.example.com/team/images/cache:curl-arm64,mode=max,image-manifest=true,oci-mediatypes=true',
    );
    expect(args?.join(' ')).not.toContain('insecure');
  });

  it('uses no cache without a cache repository', () => {
    expect(buildkit.commands(fullRequest({cacheRepository: undefined}))[0]?.args.join(' ')).not.toMatch(
      /-cache/,
    );
  });

  it('reads containerimage.digest from the metadata buildctl prints', () => {
    expect(buildkit.digestSource(plainRequest())).toEqual({file: '/tmp/work/curl/metadata.json'});
    expect(buildkit.parseDigest(fixture('buildctl-metadata.json'))).toBe(
      'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3',
    );
    expect(buildkit.parseDigest('{')).toBeUndefined();
    expect(buildkit.parseDigest('{}')).toBeUndefined();
  });
});

describe('ko', () => {
  const request = fullRequest({
    ko: {
      importPath: './cmd/server',
      baseImage: 'cgr.dev/chainguard/static:latest',
      env: ['CGO_ENABLED=0'],
      ldflags: ['-s', '-w', '-X main.version=v1.0.0'],
    },
  });

  it('builds bare into the repository with the arch tag, no SBOM tag, from the context', () => {
    expect(ko.commands(request)).toEqual([
      {
        file: 'ko',
        cwd: '/src/curl',
        env: {
          KO_DOCKER_REPO: '127.0.0.1:5000/team/images',
          KO_CONFIG_PATH: '/tmp/work/curl/ko',
          KO_DEFAULTBASEIMAGE: 'cgr.dev/chainguard/static:latest',
          DOCKER_CONFIG: '/tmp/work/auth',
        },
        args: [
          'build',
          '--bare',
          '--platform=linux/arm64',
          '--tags=curl-20251015-arm64',
          '--image-refs=/tmp/work/curl/image-refs',
          '--sbom=none',
          '--image-label=org.opencontainers.image.revision=abc',
          '--image-label=org.opencontainers.image.source=https://example.com/repo',
          '--insecure-registry',
          './cmd/server',
        ],
      },
    ]);
  });

  it('passes a module import path to ko as it is (ko resolves it)', () => {
    const module = fullRequest({ko: {importPath: 'example.com/app/cmd/server', env: [], ldflags: []}});
    expect(ko.commands(module)[0]?.args.at(-1)).toBe('example.com/app/cmd/server');
  });

  it('quotes a label holding a comma or a quote as one CSV field (--image-label is a string slice)', () => {
    const labels = {'org.opencontainers.image.source': 'https://x/a,b', 'org.example.q': 'say "hi"'};
    expect(
      ko.commands(fullRequest({...request, labels}))[0]?.args.filter((a) => a.startsWith('--image-label')),
    ).toEqual([
      '--image-label="org.example.q=say ""hi"""',
      '--image-label="org.opencontainers.image.source=https://x/a,b"',
    ]);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes env and ldflags as defaultEnv/defaultLdflags, with no builds entry ko would stat', () => {
    const files = ko.files?.(request) ?? {};
    expect(Object.keys(files)).toEqual(['/tmp/work/curl/ko/.ko.yaml']);
    expect(parse(files['/tmp/work/curl/ko/.ko.yaml']!)).toEqual({
      defaultEnv: ['CGO_ENABLED=0'],
      defaultLdflags: ['-s', '-w', '-X main.version=v1.0.0'],
    });
    const bare = fullRequest({ko: {importPath: './cmd/server', env: [], ldflags: []}});
    expect(parse(ko.files?.(bare)['/tmp/work/curl/ko/.ko.yaml'] ?? '')).toEqual({});
  });

  it('refuses a ko build without ko_config', () => {
    expect(() => ko.commands(plainRequest())).toThrow(/ko_config/);
  });

  it('reads the digest from --image-refs and from what ko prints', () => {
    const digest = 'sha256:5d2c6e58e2a4b2e5f1c9d6b7a8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7';
    expect(ko.parseDigest(fixture('ko-image-refs'))).toBe(digest);
    expect(ko.parseDigest(fixture('ko-stdout.txt').split('\n').slice(-2).join('\n'))).toBe(digest);
  });
});

describe('spin', () => {
  it('builds and pushes the app from its manifest', () => {
    expect(spin.commands(fullRequest({spin: {manifest: 'app/spin.toml'}}))[0]).toEqual({
      file: 'spin',
      cwd: '/src/curl',
      env: {DOCKER_CONFIG: '/tmp/work/auth'},
      args: [
        'registry',
        'push',
        '--from',
        '/src/curl/app/spin.toml',
        '--build',
        '--annotation',
        'org.opencontainers.image.revision=abc',
        '--annotation',
        'org.opencontainers.image.source=https://example.com/repo',
        '--insecure',
        '127.0.0.1:5000/team/images:curl-20251015-arm64',
      ],
    });
  });

  it('passes --insecure (plain HTTP in spin) only for a plain-HTTP registry', () => {
    expect(spin.commands(plainRequest({spin: {manifest: 'spin.toml'}}))[0]?.args).not.toContain('--insecure');
  });

  it('reads "Pushed with digest" from stdout, and nothing when the registry gave none', () => {
    expect(spin.digestSource(plainRequest())).toEqual({stdout: true});
    expect(spin.parseDigest(fixture('spin-stdout.txt'))).toBe(
      'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    );
    expect(spin.parseDigest(fixture('spin-stdout-no-digest.txt'))).toBeUndefined();
  });
});

describe('push: false builds without pushing', () => {
  const request = fullRequest({
    push: false,
    ko: {importPath: './cmd/x', env: [], ldflags: []},
    spin: {manifest: 'spin.toml'},
  });

  it('asks every backend not to push', () => {
    expect(kaniko.commands(request)[0]?.args).toContain('--no-push');
    expect(buildah.commands(request).map((c) => c.args[2])).toEqual(['build']);
    expect(buildkit.commands(request)[0]?.args).toContain(
      'type=image,name=127.0.0.1:5000/team/images:curl-20251015-arm64,push=false,registry.insecure=true',
    );
    expect(buildx.commands(request)[0]?.args).not.toContain('--push');
    expect(ko.commands(request)[0]?.args).toContain('--push=false');
    expect(spin.commands(request)[0]?.args.slice(0, 1)).toEqual(['build']);
  });
});

describe('push: false writes nothing to a registry, cache included', () => {
  const request = fullRequest({push: false});

  it('buildkit imports the cache but does not export it', () => {
    const args = buildkit.commands(request)[0]?.args ?? [];
    expect(args).toContain('--import-cache');
    expect(args).not.toContain('--export-cache');
  });

  it('buildah reads the cache but does not write it', () => {
    const args = buildah.commands(request)[0]?.args ?? [];
    expect(args).toContain('--cache-from');
    expect(args).not.toContain('--cache-to');
  });
});
