import {describe, expect, it} from 'vitest';
import {
  dockerfileDependencies,
  indexDependencyArgs,
  scanDependencyArgs,
  tagArgName,
  tagArgPrefix,
} from '../../../packages/core/src/plan/dependencies.js';

describe('tagArgName', () => {
  it('upper-cases and writes every character an ARG name cannot hold as _', () => {
    expect(tagArgName('manifest-tool')).toBe('MANIFEST_TOOL_TAG');
    expect(tagArgPrefix('lib.x-2')).toBe('LIB_X_2');
    expect(indexDependencyArgs(['lib.x']).get('LIB_X_TAG')).toBe('lib.x');
  });
});

describe('scanDependencyArgs', () => {
  it('finds ARG X_TAG lines with their line and column, with or without defaults', () => {
    const dockerfile =
      'ARG ECR_REGISTRY\nARG CURL_TAG\n  arg BASE_TAG=latest OTHER_TAG\nFROM ${ECR_REGISTRY}:${CURL_TAG}\nRUN echo ARG_TAG\n';
    expect(scanDependencyArgs(dockerfile)).toEqual([
      {name: 'CURL_TAG', line: 2, column: 5},
      {name: 'BASE_TAG', line: 3, column: 7},
      {name: 'OTHER_TAG', line: 3, column: 23},
    ]);
  });

  it('finds ARG X_IMAGE lines too (the digest-pinned form)', () => {
    expect(scanDependencyArgs('ARG CURL_IMAGE\nFROM ${CURL_IMAGE}\n')).toEqual([
      {name: 'CURL_IMAGE', line: 1, column: 5},
    ]);
  });
});

describe('dockerfileDependencies', () => {
  it('maps ARG <DEP>_TAG to image directories, skipping plain args and the image itself', () => {
    const index = indexDependencyArgs(['curl', 'manifest-tool', 'base']);
    const edges = dockerfileDependencies(
      'base',
      'ARG CURL_TAG\nARG BASE_TAG\nARG GO_TAG\n',
      'base/Dockerfile',
      index,
    );
    expect(edges).toEqual([
      {
        dir: 'base',
        dependsOn: 'curl',
        via: 'ARG',
        arg: 'CURL_TAG',
        location: {file: 'base/Dockerfile', line: 1, column: 5},
      },
    ]);
  });

  it('ARG <DEP>_IMAGE alone declares the dependency; both ARGs make one edge', () => {
    const index = indexDependencyArgs(['curl', 'manifest-tool', 'app']);
    const pinned = dockerfileDependencies(
      'app',
      'ARG MANIFEST_TOOL_IMAGE\nFROM ${MANIFEST_TOOL_IMAGE}\n',
      'app/Dockerfile',
      index,
    );
    expect(pinned.map((e) => [e.dependsOn, e.arg, e.location.line])).toEqual([
      ['manifest-tool', 'MANIFEST_TOOL_IMAGE', 1],
    ]);
    const both = dockerfileDependencies('app', 'ARG CURL_IMAGE CURL_TAG\n', 'app/Dockerfile', index);
    expect(both.map((e) => [e.dependsOn, e.arg])).toEqual([['curl', 'CURL_IMAGE']]);
  });
});
