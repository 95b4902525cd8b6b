import {describe, expect, it} from 'vitest';
import {isSafeRefName} from '../../../packages/core/src/git/deepen.js';

describe('isSafeRefName', () => {
  it.each(['main', 'feature/x', 'release-1.2', 'v1.0.0'])('accepts %s', (name) => {
    expect(isSafeRefName(name)).toBe(true);
  });

  it.each(['', '--upload-pack=evil', 'a..b', 'a b', 'x:y', 'a~1', 'a^', 'a@{1}', 'tab\tname', 'a\\b'])(
    'refuses %j',
    (name) => {
      expect(isSafeRefName(name)).toBe(false);
    },
  );
});
