import {describe, expect, it} from 'vitest';
import {checkPlaceholders} from '../../../packages/core/src/config/checks.js';
import {expandVariables} from '../../../packages/core/src/config/variables.js';

describe('expandVariables', () => {
  it('replaces ${NAME} from the environment and leaves every other $ form as text', () => {
    const missing: string[] = [];
    const text = 'A=${REG}/x $REG $(id) `id` ; ${UNSET} ${EMPTY}';
    expect(expandVariables(text, {REG: 'r.example.com', EMPTY: ''}, (n) => missing.push(n))).toBe(
      'A=r.example.com/x $REG $(id) `id` ;  ',
    );
    expect(missing).toEqual(['UNSET', 'EMPTY']);
  });

  it('expands exactly what config validation accepts: ${X:-y} is rejected there and not expanded here', () => {
    expect(checkPlaceholders('${X:-y}')).toMatch(/is not a valid placeholder/);
    expect(checkPlaceholders('${X_1}')).toBeUndefined();
    const missing: string[] = [];
    expect(expandVariables('${X:-y}', {X: '1'}, (n) => missing.push(n))).toBe('${X:-y}');
    expect(missing).toEqual([]);
  });
});
