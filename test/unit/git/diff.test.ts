import {describe, expect, it} from 'vitest';
import {parseNameStatus} from '../../../packages/core/src/git/diff.js';

describe('parseNameStatus', () => {
  it('reads plain changes and renames at their new path', () => {
    const output = [
      'M',
      'curl/Dockerfile',
      'A',
      'new/x',
      'D',
      'old/y',
      'R087',
      'a/one',
      'b/one',
      'C100',
      'c/src',
      'c/copy',
      '',
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      {status: 'M', path: 'curl/Dockerfile'},
      {status: 'A', path: 'new/x'},
      {status: 'D', path: 'old/y'},
      {status: 'R', path: 'b/one', from: 'a/one'},
      {status: 'C', path: 'c/copy', from: 'c/src'},
    ]);
  });

  it('keeps names with tabs, newlines and non-ASCII characters intact', () => {
    const output = ['M', 'dir/with\ttab', 'A', 'dir/new\nline', 'M', 'dir/ünïcode', ''].join('\0');
    expect(parseNameStatus(output).map((c) => c.path)).toEqual([
      'dir/with\ttab',
      'dir/new\nline',
      'dir/ünïcode',
    ]);
  });

  it('reads an empty diff as no changes', () => {
    expect(parseNameStatus('')).toEqual([]);
  });
});
