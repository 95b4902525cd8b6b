import {existsSync, mkdirSync, readFileSync, readlinkSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {builderName, buildx} from '../../../packages/core/src/backends/buildx.js';
import {tempDir} from '../../helpers/tmp.js';
import {fullRequest, plainRequest} from './request.js';

const fixture = (name: string) =>
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name), 'utf8');

function writeTree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const privateEnv = {
  DOCKER_CONFIG: '/tmp/work/curl/docker',
  BUILDX_CONFIG: '/tmp/work/curl/docker/buildx',
  DOCKER_AUTH_CONFIG: '',
  BUILDX_BUILDER: '',
};

describe('buildx', () => {
  it('without a cache: one build on the default builder, in the private config dir', () => {
    expect(buildx.commands(plainRequest())).toEqual([
      {
        file: 'docker',
        env: privateEnv,
        args: [
          'buildx',
          'build',
          '--platform',
          'linux/arm64',
          '--file',
          '/src/curl/docker/Dockerfile',
          '--tag',
          'registry.example.com/team/images:curl-20251015-arm64',
          '--push',
          '--provenance=false',
          '--metadata-file',
          '/tmp/work/curl/metadata.json',
          '/src/curl',
        ],
      },
    ]);
    expect(buildx.files?.(plainRequest())).toEqual({});
  });

  it('with a cache: creates a docker-container builder on the host network and builds on it', () => {
    const name = builderName(fullRequest());
    const [create, build] = buildx.commands(fullRequest());
    expect(create).toEqual({
      file: 'docker',
      env: privateEnv,
      args: [
        'buildx',
        'create',
        '--name',
        name,
        '--driver',
        'docker-container',
        '--driver-opt',
        'network=host',
        '--buildkitd-config',
        '/tmp/work/curl/docker/buildkitd.toml',
      ],
    });
    expect(build?.args).toEqual([
      'buildx',
      'build',
      '--builder',
      name,
      '--platform',
      'linux/arm64',
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
      '--output',
      'type=image,name=127.0.0.1:5000/team/images:curl-20251015-arm64,push=true,registry.insecure=true',
      '--provenance=false',
      '--metadata-file',
      '/tmp/work/curl/metadata.json',
      '--cache-from',
      'type=registry,ref=127.0.0.1:5000/team/images/cache:curl-arm64,registry.insecure=true',
      '--cache-to',
      'type=registry,ref=127.0.0.1:5000/team/images/cache:curl-arm64,mode=max,registry.insecure=true',
      '/src/curl',
    ]);
    // The insecure registry (which also holds the cache) for the builder's own pulls and pushes.
    expect(buildx.files?.(fullRequest())).toEqual({
      '/tmp/work/curl/docker/buildkitd.toml':
        '[registry."127.0.0.1:5000"]\n  http = true\n  insecure = true\n',
    });
  });

  it('a TLS registry gets no buildkitd config and no insecure options', () => {
    const request = fullRequest({insecure: false});
    const commands = buildx.commands(request);
    expect(commands.flatMap((c) => c.args).join(' ')).not.toMatch(/insecure|buildkitd-config/);
    expect(buildx.files?.(request)).toEqual({});
  });

  it('push: false writes no cache: no builder, no --cache-to, only the import', () => {
    const commands = buildx.commands(fullRequest({push: false}));
    expect(commands).toHaveLength(1);
    const args = commands[0]?.args ?? [];
    expect(args).not.toContain('--cache-to');
    expect(args).not.toContain('--builder');
    expect(args).toContain('--cache-from');
    expect(args.join(' ')).not.toMatch(/push/);
  });

  it('names its builder per build directory, as buildx accepts names', () => {
    const a = builderName(fullRequest());
    expect(a).toMatch(/^hephy-[0-9a-f]{12}$/);
    expect(builderName(fullRequest())).toBe(a);
    expect(builderName(fullRequest({workDir: '/tmp/other/curl'}))).not.toBe(a);
  });

  it('prepare writes the private config and returns the removal of the builder it creates', async () => {
    const home = writeTree({
      '.docker/config.json': JSON.stringify({credsStore: 'desktop', currentContext: 'ci'}),
      '.docker/contexts/meta/x/meta.json': '{}',
    });
    const workDir = tempDir();
    const auth = writeTree({'config.json': JSON.stringify({auths: {'127.0.0.1:5000': {auth: 'eDp5'}}})});
    const request = fullRequest({workDir, authFile: path.join(auth, 'config.json'), env: {HOME: home}});
    const cleanup = await buildx.prepare?.(request);
    expect(cleanup).toEqual([
      {
        file: 'docker',
        args: ['buildx', 'rm', builderName(request)],
        env: expect.objectContaining({DOCKER_CONFIG: path.join(workDir, 'docker')}),
      },
    ]);
    const config = path.join(workDir, 'docker', 'config.json');
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({
      credsStore: 'desktop',
      currentContext: 'ci',
      auths: {'127.0.0.1:5000': {auth: 'eDp5'}},
      credHelpers: {'127.0.0.1:5000': ''},
      cliPluginsExtraDirs: [path.join(home, '.docker', 'cli-plugins')],
    });
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(readlinkSync(path.join(workDir, 'docker', 'contexts'))).toBe(
      path.join(home, '.docker', 'contexts'),
    );
    expect(await buildx.prepare?.(fullRequest({workDir, push: false, env: {HOME: home}}))).toEqual([]);
  });

  it('prepare without a user config or contexts writes ours alone', async () => {
    const workDir = tempDir();
    await buildx.prepare?.(plainRequest({workDir, env: {HOME: tempDir()}}));
    expect(JSON.parse(readFileSync(path.join(workDir, 'docker', 'config.json'), 'utf8'))).toMatchObject({
      auths: {},
      credHelpers: {},
    });
    expect(existsSync(path.join(workDir, 'docker', 'contexts'))).toBe(false);
  });

  it('reads containerimage.digest from the metadata buildx prints (extra buildx.* keys ignored)', () => {
    expect(buildx.parseDigest(fixture('buildx-metadata.json'))).toBe(
      'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3',
    );
  });
});
