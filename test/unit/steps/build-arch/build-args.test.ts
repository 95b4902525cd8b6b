import {describe, expect, it} from 'vitest';
import {
  argPrefix,
  declaredArgs,
  expandVariables,
  mergeBuildArgs,
} from '../../../../packages/core/src/steps/build-arch/build-args.js';
import {fromHosts} from '../../../../packages/core/src/steps/build-arch/from-hosts.js';
import {runnerArch} from '../../../../packages/core/src/steps/build-arch/inputs.js';

describe('expandVariables', () => {
  it('expands ${VAR} and ${VAR:-default} from the environment and nothing else', () => {
    const missing: string[] = [];
    const env = {REG: 'r.example.com', EMPTY: ''};
    expect(expandVariables('A=${REG}/x', env)).toBe('A=r.example.com/x');
    expect(expandVariables('A=${NOPE:-fallback}', env)).toBe('A=fallback');
    expect(expandVariables('A=${EMPTY:-fallback}', env)).toBe('A=fallback');
    expect(expandVariables('A=$REG $(id) `id` ; ${UNSET}', env, (n) => missing.push(n))).toBe(
      'A=$REG $(id) `id` ; ',
    );
    expect(missing).toEqual(['UNSET']);
  });
});

describe('declaredArgs', () => {
  it('finds every ARG name, with and without defaults, several on a line', () => {
    const dockerfile =
      'ARG ECR_REGISTRY\narg CURL_TAG=latest OTHER\nFROM ${ECR_REGISTRY}:${CURL_TAG}\n  ARG   LATE=1\n';
    expect([...declaredArgs(dockerfile)].sort()).toEqual(['CURL_TAG', 'ECR_REGISTRY', 'LATE', 'OTHER']);
  });
});

describe('mergeBuildArgs', () => {
  it('keeps what the config sets, and fills what it leaves unset or empty', () => {
    const known = new Map([
      ['ECR_REGISTRY', 'reg/images'],
      ['CURL_TAG', 'curl-20251015-amd64'],
    ]);
    expect(mergeBuildArgs(['ECR_REGISTRY=', 'VERSION=1', 'CURL_TAG=pinned'], known)).toEqual([
      'ECR_REGISTRY=reg/images',
      'VERSION=1',
      'CURL_TAG=pinned',
    ]);
  });

  it('names dependency args after the image, upper case, - as _', () => {
    expect(argPrefix('manifest-tool')).toBe('MANIFEST_TOOL');
  });
});

describe('fromHosts', () => {
  it('lists the registries FROM lines pull from, leaving out stages, scratch and ARG-built names', () => {
    const dockerfile = [
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS build',
      'FROM ghcr.io/org/base:1 AS base',
      'FROM build AS again',
      'FROM ${ECR_REGISTRY}:${CURL_TAG}',
      'FROM scratch',
      'FROM localhost:5000/x/y',
    ].join('\n');
    expect(fromHosts(dockerfile)).toEqual(['index.docker.io', 'ghcr.io', 'localhost:5000']);
  });
});

describe('runnerArch', () => {
  it('reads RUNNER_ARCH on GitHub, else Node', () => {
    expect(runnerArch({RUNNER_ARCH: 'ARM64'}, 'x64')).toBe('arm64');
    expect(runnerArch({}, 'x64')).toBe('amd64');
    expect(runnerArch({}, 'arm')).toBe('armv7');
  });
});
