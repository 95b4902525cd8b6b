import {describe, expect, it} from 'vitest';
import {globMatcher, globToRegExp} from '../../../packages/core/src/plan/glob.js';

const cases: [string, string, boolean][] = [
  ['README.md', 'README.md', true],
  ['README.md', 'docs/README.md', false],
  ['README.md', 'README.mdx', false],
  ['*.md', 'CHANGES.md', true],
  ['*.md', 'docs/CHANGES.md', false],
  ['**/*.md', 'docs/deep/a.md', true],
  ['**/*.md', 'top.md', true],
  ['docs/**', 'docs/a/b.png', true],
  ['docs/**', 'docsx/a', false],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['?.txt', 'a.txt', true],
  ['?.txt', 'ab.txt', false],
  ['[abc].txt', 'b.txt', true],
  ['[!abc].txt', 'b.txt', false],
  ['*.{md,txt}', 'notes.txt', true],
  ['*.{md,txt}', 'notes.rst', false],
  ['{docs,examples}/**', 'examples/x', true],
  ['.github/*', '.github/x.yml', true],
  ['*', '.hidden', true],
  ['a+b(c).md', 'a+b(c).md', true],
  ['a.md', 'aXmd', false],
];

describe('globToRegExp', () => {
  it.each(cases)('%s against %s is %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('globMatcher', () => {
  it('matches any of several patterns, and nothing for none', () => {
    const match = globMatcher(['README.md', 'docs/**']);
    expect(match('README.md')).toBe(true);
    expect(match('docs/x')).toBe(true);
    expect(match('Dockerfile')).toBe(false);
    expect(globMatcher([])('README.md')).toBe(false);
  });
});
