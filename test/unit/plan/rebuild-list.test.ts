import {describe, expect, it} from 'vitest';
import {parseRebuildList} from '../../../packages/core/src/plan/rebuild-list.js';

describe('parseRebuildList', () => {
  it('ignores comments and blank lines and keeps line numbers', () => {
    const text = '# weekly\n\nkaniko\ncurl/  # the bootstrap image\n  \ncurl\n';
    expect(parseRebuildList(text)).toEqual([
      {dir: 'kaniko', line: 3},
      {dir: 'curl', line: 4},
    ]);
  });
});
