import {describe, expect, it} from 'vitest';
import {parseBuildOptions} from '../../../../packages/cli/src/build/options.js';
import {UsageError} from '../../../../packages/cli/src/command.js';

describe('hephy-builder build --build-arg-env', () => {
  it('takes the variables build_args may read, repeated or comma separated', () => {
    expect(parseBuildOptions({'build-arg-env': ['VERSION,GIT_SHA', 'VERSION']}, []).buildArgEnv).toEqual([
      'VERSION',
      'GIT_SHA',
    ]);
    expect(parseBuildOptions({}, []).buildArgEnv).toEqual([]);
  });

  it('refuses the name of a secret, as build-arch does', () => {
    const error = (() => {
      try {
        return parseBuildOptions({'build-arg-env': ['VERSION,GITHUB_TOKEN']}, []);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^--build-arg-env: GITHUB_TOKEN looks like a secret/);
  });
});
