import {describe, expect, it} from 'vitest';
import {
  formatReference,
  isLoopbackHost,
  parseReference,
} from '../../../packages/core/src/registry/reference.js';

describe('parseReference', () => {
  it('reads host, port, path, tag and digest', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseReference(`registry.example.com:5000/team/images:curl-1@${digest}`)).toEqual({
      kind: 'registry',
      host: 'registry.example.com:5000',
      repository: 'team/images',
      tag: 'curl-1',
      digest,
    });
  });

  it('normalises Docker Hub names', () => {
    expect(parseReference('alpine:3')).toMatchObject({
      host: 'index.docker.io',
      repository: 'library/alpine',
      tag: '3',
    });
    expect(parseReference('docker.io/org/app')).toMatchObject({
      host: 'index.docker.io',
      repository: 'org/app',
    });
    expect(parseReference('localhost:5000/app')).toMatchObject({host: 'localhost:5000', repository: 'app'});
  });

  it('reads OCI layout references', () => {
    expect(parseReference('oci:/tmp/x/images:curl-1')).toEqual({
      kind: 'layout',
      dir: '/tmp/x/images',
      tag: 'curl-1',
    });
    expect(parseReference('oci:out')).toEqual({kind: 'layout', dir: 'out'});
    expect(formatReference(parseReference('oci:out:t'))).toBe('oci:out:t');
  });

  it('refuses upper case paths, bad tags and bad digests, saying what is wrong', () => {
    expect(() => parseReference('registry.example.com/Team/x')).toThrow(/lower case/);
    expect(() => parseReference('registry.example.com/team:-bad')).toThrow(/invalid tag "-bad"/);
    expect(() => parseReference('registry.example.com/team@sha256:12')).toThrow(/invalid digest/);
  });

  it('treats only loopback hosts as loopback', () => {
    expect(isLoopbackHost('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('[::1]:5000')).toBe(true);
    expect(isLoopbackHost('10.0.0.1:5000')).toBe(false);
    expect(isLoopbackHost('127.example.com')).toBe(false);
  });
});
