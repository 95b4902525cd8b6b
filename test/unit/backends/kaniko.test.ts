import {describe, expect, it} from 'vitest';
import {ignorePaths, kaniko, kanikoArgs} from '../../../packages/core/src/backends/kaniko.js';
import {fullRequest, plainRequest} from './request.js';

describe('kaniko: what it must leave alone', () => {
  it('passes the checkout, output-dir and scratch dir as --ignore-path, once each', () => {
    const request = fullRequest({
      keep: ['/builds/team/repo', '/builds/team/repo/.hephy', '/tmp/hephy-build-x'],
      context: '/builds/team/repo/curl',
      workDir: '/tmp/hephy-build-x/curl',
      authFile: '/tmp/hephy-build-x/curl/auth/config.json',
    });
    expect(ignorePaths(request)).toEqual(['/builds/team/repo', '/tmp/hephy-build-x']);
    expect(kanikoArgs(request)).toContain('--ignore-path=/tmp/hephy-build-x');
  });

  it('needs no --ignore-path for what is under the kaniko dir', () => {
    const request = fullRequest({
      env: {KANIKO_DIR: '/kaniko'},
      keep: ['/kaniko/hephy-builder/work', '/builds/team/repo'],
      context: '/builds/team/repo/curl',
      workDir: '/kaniko/hephy-builder/work/curl',
      authFile: '/kaniko/hephy-builder/work/curl/auth/config.json',
    });
    expect(ignorePaths(request)).toEqual(['/builds/team/repo']);
  });

  it('runs the executor of KANIKO_DIR without KANIKO_DIR, so that kaniko never moves its directory', () => {
    const [command] = kaniko.commands(plainRequest({env: {KANIKO_DIR: '/tmp/k/'}}));
    expect(command?.file).toBe('/tmp/k/executor');
    expect(command?.unsetEnv).toEqual(['KANIKO_DIR']);
  });
});

describe('kaniko: credentials', () => {
  it('keeps DOCKER_AUTH_CONFIG from shadowing the auth file it is given', () => {
    const [command] = kaniko.commands(fullRequest({env: {DOCKER_AUTH_CONFIG: '{"auths":{}}'}}));
    expect(command?.env).toEqual({DOCKER_CONFIG: '/tmp/work/auth'});
    expect(command?.unsetEnv).toContain('DOCKER_AUTH_CONFIG');
  });

  it("leaves the job's DOCKER_AUTH_CONFIG alone when hephy-builder has no credentials to give", () => {
    const [command] = kaniko.commands(plainRequest({env: {DOCKER_AUTH_CONFIG: '{"auths":{}}'}}));
    expect(command?.unsetEnv).not.toContain('DOCKER_AUTH_CONFIG');
  });
});

describe('kaniko: push false', () => {
  it('reads the cache but writes no cache layer (--no-push does not stop them)', () => {
    const args = kanikoArgs(fullRequest({push: false}));
    expect(args).toEqual(
      expect.arrayContaining([
        '--no-push',
        '--cache=true',
        '--no-push-cache',
        '--digest-file=/tmp/work/curl/digest',
      ]),
    );
    expect(kanikoArgs(fullRequest({push: true}))).not.toContain('--no-push-cache');
    expect(kanikoArgs(plainRequest({push: false}))).not.toContain('--no-push-cache');
  });
});
