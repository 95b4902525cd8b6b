import {describe, expect, it} from 'vitest';
import {
  declaredArgs,
  expandBuildArgs,
  mergeBuildArgs,
} from '../../../../packages/core/src/steps/build-arch/build-args.js';
import {fromHosts} from '../../../../packages/core/src/steps/build-arch/from-hosts.js';
import {dockerfileImages} from '../../../../packages/core/src/steps/build-arch/dockerfile-from.js';

describe('expandBuildArgs', () => {
  const known = new Map([['ECR_REGISTRY', 'reg/images']]);

  it("expands ${VAR}, and warns about an unset one and uses ''", () => {
    const warned: string[] = [];
    const args = expandBuildArgs(
      ['A=${REG}/x', 'B=${UNSET}-1', 'C=$(id)'],
      {REG: 'r.example.com'},
      known,
      (n) => warned.push(n),
    );
    expect(args).toEqual(['A=r.example.com/x', 'B=-1', 'C=$(id)']);
    expect(warned).toEqual(['UNSET']);
  });

  it("does not warn about the seed's ECR_REGISTRY=${ECR_REGISTRY}, which the repository fills", () => {
    const warned: string[] = [];
    const configArgs = expandBuildArgs(['ECR_REGISTRY=${ECR_REGISTRY}'], {}, known, (n) => warned.push(n));
    expect(warned).toEqual([]);
    expect(mergeBuildArgs(configArgs, known)).toEqual(['ECR_REGISTRY=reg/images']);
  });

  it('still warns when nothing fills the arg (the Dockerfile does not declare it, or text remains)', () => {
    const warned: string[] = [];
    expandBuildArgs(['ECR_REGISTRY=${ECR_REGISTRY}'], {}, new Map(), (n) => warned.push(n));
    expandBuildArgs(['ECR_REGISTRY=${ECR_REGISTRY}/x'], {}, known, (n) => warned.push(n));
    expect(warned).toEqual(['ECR_REGISTRY', 'ECR_REGISTRY']);
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
});

describe('fromHosts', () => {
  it('lists the registries FROM lines pull from (ARG-built names expanded), leaving out stages and scratch', () => {
    const dockerfile = [
      'ARG ECR_REGISTRY',
      'ARG CURL_TAG',
      'FROM --platform=$BUILDPLATFORM golang:1.25 AS build',
      'FROM ghcr.io/org/base:1 AS base',
      'FROM build AS again',
      'FROM ${ECR_REGISTRY}:${CURL_TAG}',
      'FROM scratch',
      'FROM localhost:5000/x/y',
    ].join('\n');
    const {images} = dockerfileImages(
      dockerfile,
      ['ECR_REGISTRY=reg.example.com/team', 'CURL_TAG=curl-1'],
      'linux/amd64',
    );
    expect(fromHosts(images)).toEqual(['index.docker.io', 'ghcr.io', 'reg.example.com', 'localhost:5000']);
  });
});
