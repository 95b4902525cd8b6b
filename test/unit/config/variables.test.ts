import {describe, expect, it} from 'vitest';
import {checkPlaceholders} from '../../../packages/core/src/config/checks.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {expandVariables, parseBuildArgEnv} from '../../../packages/core/src/config/variables.js';

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

describe('the build-arg-env input', () => {
  it('takes variable names, once each', () => {
    expect(parseBuildArgEnv(['ECR_REGISTRY', 'VERSION', 'VERSION', 'GITHUB_SHA'])).toEqual([
      'ECR_REGISTRY',
      'VERSION',
      'GITHUB_SHA',
    ]);
  });

  it.each([
    'INPUT_PASSWORD',
    'INPUT_USERNAME',
    'CI_JOB_TOKEN',
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'CI_REGISTRY_PASSWORD',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'DOCKER_AUTH_CONFIG',
    'CI_JOB_JWT_V2',
    'NPM_PRIVATE_REPO',
    'api_key',
  ])('refuses %s, which names a secret, even when the owner lists it', (name) => {
    const error = (() => {
      try {
        return parseBuildArgEnv(['VERSION', name]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toBe(
      `input build-arg-env: ${name} looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image`,
    );
  });

  it('refuses what is not a variable name', () => {
    expect(() => parseBuildArgEnv(['A-B'])).toThrow(/A-B: not a variable name/);
  });
});
