import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {loadBuildConfig} from '../../../packages/core/src/config/load.js';

/** The seed pipeline's own configs, copied byte for byte (comments, trailing spaces and all). */
const SEED = fileURLToPath(new URL('../../fixtures/seed', import.meta.url));
const AMD64_ARM64 = [
  {os: 'linux', architecture: 'amd64'},
  {os: 'linux', architecture: 'arm64'},
];

describe('every seed config loads with the values it states', () => {
  test('curl', async () => {
    expect(await loadBuildConfig(SEED, 'curl')).toMatchObject({
      source: {kind: 'local'},
      dockerfilePath: 'Dockerfile',
      target: '',
      contextPath: '.',
      buildArgs: [],
      platforms: AMD64_ARM64,
      additionalTags: ['latest', 'test'],
    });
  });

  test('manifest-tool', async () => {
    expect(await loadBuildConfig(SEED, 'manifest-tool')).toMatchObject({
      source: {kind: 'local'},
      dockerfilePath: 'Dockerfile',
      target: '',
      platforms: AMD64_ARM64,
      additionalTags: ['latest'],
    });
  });

  test('test-app (upstream, no target)', async () => {
    expect(await loadBuildConfig(SEED, 'test-app')).toMatchObject({
      source: {
        kind: 'upstream',
        repo: 'https://github.com/spkane/scratch-helloworld.git',
        ref: 'main',
        submodules: false,
      },
      dockerfilePath: 'Dockerfile',
      contextPath: '.',
      platforms: AMD64_ARM64,
      additionalTags: ['latest'],
    });
  });

  test("kaniko's disabled-build-config.yaml (upstream, a target, a commented-out tag)", async () => {
    expect(await loadBuildConfig(SEED, 'kaniko', {fileName: 'disabled-build-config.yaml'})).toMatchObject({
      file: 'kaniko/disabled-build-config.yaml',
      source: {kind: 'upstream', repo: 'https://github.com/chainguard-dev/kaniko', ref: 'v1.25.3'},
      dockerfilePath: 'deploy/Dockerfile',
      target: 'kaniko-debug',
      buildArgs: [],
      platforms: AMD64_ARM64,
      additionalTags: ['v1.25.3'],
    });
  });

  test('ko-test (ko with neither use_local_context nor upstream_repo: the directory is the source)', async () => {
    const config = await loadBuildConfig(SEED, 'ko-test');
    expect(config).toMatchObject({source: {kind: 'local'}, buildBackend: 'ko', platforms: AMD64_ARM64});
    expect(config.additionalTags).toEqual(['latest', 'github-test']);
    expect(config.ko).toEqual({
      importPath: './cmd/server',
      baseImage: 'cgr.dev/chainguard/static:latest',
      env: ['CGO_ENABLED=0'],
      ldflags: ['-s', '-w', '-X main.version=github-test'],
    });
  });

  test('examples-ko-demo (platforms and working_dir inside ko_config)', async () => {
    const config = await loadBuildConfig(SEED, 'examples-ko-demo');
    expect(config).toMatchObject({source: {kind: 'local'}, buildBackend: 'ko', platforms: AMD64_ARM64});
    expect(config.additionalTags).toEqual(['latest', 'ko-demo', 'optimized']);
    expect(config.ko).toEqual({
      importPath: './cmd/server',
      baseImage: 'cgr.dev/chainguard/static:latest',
      env: ['CGO_ENABLED=0', 'KO_BUILT=true'],
      ldflags: ['-s', '-w', '-X main.version=v1.0.0'],
      platforms: AMD64_ARM64,
      workingDir: '/app',
    });
    expect(config.positions['ko_config.working_dir']).toEqual({line: 29, column: 3});
  });
});
