import {describe, expect, test} from 'vitest';
import {
  KNOWN_PLATFORMS,
  parsePlatform,
  suggestPlatform,
} from '../../../packages/core/src/config/platform-spec.js';
import {archLabel, formatPlatform} from '../../../packages/core/src/shared/platform-spec.js';
import {didYouMean, editDistance} from '../../../packages/core/src/config/suggest.js';

describe('parsePlatform', () => {
  test('every known platform round-trips and has a distinct arch label but arm64/v8', () => {
    for (const text of KNOWN_PLATFORMS) expect(formatPlatform(parsePlatform(text)!)).toBe(text);
    const labels = KNOWN_PLATFORMS.map((text) => archLabel(parsePlatform(text)!));
    expect(labels).toEqual([
      'amd64',
      'arm64',
      'arm64',
      'armv7',
      'armv6',
      '386',
      'ppc64le',
      's390x',
      'riscv64',
    ]);
  });

  test('a variant is kept', () => {
    expect(parsePlatform('linux/arm/v7')).toEqual({os: 'linux', architecture: 'arm', variant: 'v7'});
  });

  test.each([
    '',
    'linux',
    'linux/arm65',
    'linux/amd64/',
    ' linux/amd64',
    'LINUX/AMD64',
    'windows/amd64',
    'linux/arm',
  ])('%j is not a platform', (text) => expect(parsePlatform(text)).toBeUndefined());

  test.each([
    ['linux/arm65', 'linux/arm64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/s390', 'linux/s390x'],
    ['plan9/mips', undefined],
    ['amd64', 'linux/amd64'],
    ['linux/armv7', 'linux/arm/v7'],
    ['darwin/arm64', 'linux/arm64'],
  ])('suggestPlatform(%s) = %s', (text, suggestion) => expect(suggestPlatform(text)).toBe(suggestion));
});

describe('suggestions', () => {
  test('a transposition is one edit', () => {
    expect(editDistance('platfroms', 'platforms')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('nothing near, nothing suggested', () => {
    expect(didYouMean('zzz', ['platforms', 'cache'])).toBe('');
    expect(didYouMean('cahce', ['platforms', 'cache'])).toBe(' (did you mean `cache`?)');
  });
});
