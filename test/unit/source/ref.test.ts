import {describe, expect, it} from 'vitest';
import {checkUpstreamRef, isFullCommitId, refNameProblem} from '../../../packages/core/src/source/ref.js';

describe('checkUpstreamRef', () => {
  it.each([
    'main',
    'v1.25.3',
    'release/1.x',
    'refs/tags/v1',
    'refs/pull/12/head',
    'feature_x-y',
    'a'.repeat(40),
  ])('accepts %s', (ref) => {
    expect(checkUpstreamRef(ref)).toBe(ref);
  });

  it('accepts full commit ids', () => {
    expect(isFullCommitId('0123456789abcdef0123456789abcdef01234567')).toBe(true);
    expect(isFullCommitId('0123456')).toBe(false);
  });

  it.each([
    ['--upload-pack=touch /tmp/x', /starts with "-"/],
    ['-n', /starts with "-"/],
    ['a..b', /contains "\.\."/],
    ['main@{1}', /contains "@\{"/],
    ['@', /is "@"/],
    ['has space', /space/],
    ['tab\there', /control character/],
    ['a~1', /~/],
    ['a^', /\^/],
    ['a:b', /:/],
    ['a?', /\?/],
    ['a*', /\*/],
    ['a[b', /\[/],
    ['a\\b', /\\/],
    ['/main', /empty path component/],
    ['main/', /empty path component/],
    ['a//b', /empty path component/],
    ['main.', /ends with "\."/],
    ['.hidden', /starting with "\."/],
    ['a/.b', /starting with "\."/],
    ['a.lock', /\.lock/],
    ['a.lock/b', /\.lock/],
    ['', /is empty/],
  ])('refuses %j', (ref, why) => {
    expect(() => checkUpstreamRef(ref)).toThrow(why);
    expect(refNameProblem(ref)).toBeDefined();
  });
});
