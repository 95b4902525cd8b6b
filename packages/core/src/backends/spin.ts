import path from 'node:path';
import {DIGEST_PATTERN} from './digest.js';
import {dockerConfigEnv, labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';

/**
 * Spin pushes a platform-neutral Wasm application as an OCI artifact. It has no digest file:
 * the digest is on stdout (`Pushed with digest sha256:...`) only when the registry returned one.
 */
export const spin: Backend = {
  name: 'spin',
  commands: (request) => [
    {file: 'spin', args: spinArgs(request), env: dockerConfigEnv(request.authFile), cwd: request.context},
  ],
  digestSource: () => ({stdout: true}),
  parseDigest: (text) => {
    const line = text.split(/\r?\n/).find((l) => l.startsWith('Pushed with digest '));
    return line ? DIGEST_PATTERN.exec(line)?.[0] : undefined;
  },
};

export function spinArgs(request: BuildRequest): string[] {
  if (!request.push)
    return ['build', '--from', path.join(request.context, request.spin?.manifest ?? 'spin.toml')];
  return [
    'registry',
    'push',
    '--from',
    path.join(request.context, request.spin?.manifest ?? 'spin.toml'),
    '--build',
    ...repeat('--annotation', labelPairs(request.labels)),
    ...(request.insecure ? ['--insecure'] : []),
    request.destination,
  ];
}
