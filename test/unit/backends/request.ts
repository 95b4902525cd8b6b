import type {BuildRequest} from '../../../packages/core/src/backends/types.js';

/** A request with every feature on: target, args, labels, cache, insecure, auth. */
export function fullRequest(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    context: '/src/curl',
    dockerfile: '/src/curl/docker/Dockerfile',
    target: 'final',
    platform: 'linux/arm64',
    buildArgs: ['VERSION=1.0', 'NOTE=two words; $(not a shell)'],
    labels: {
      'org.opencontainers.image.source': 'https://example.com/repo',
      'org.opencontainers.image.revision': 'abc',
    },
    destination: '127.0.0.1:5000/team/images:curl-20251015-arm64',
    cacheRepository: '127.0.0.1:5000/team/images/cache',
    cacheTag: 'curl-arm64',
    insecure: true,
    push: true,
    authFile: '/tmp/work/auth/config.json',
    workDir: '/tmp/work/curl',
    env: {},
    ...overrides,
  };
}

/** The smallest request: no target, no args, no cache, a TLS registry, no auth file. */
export function plainRequest(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return fullRequest({
    target: '',
    buildArgs: [],
    labels: {},
    cacheRepository: undefined,
    cacheTag: undefined,
    insecure: false,
    authFile: undefined,
    destination: 'registry.example.com/team/images:curl-20251015-arm64',
    ...overrides,
  });
}
