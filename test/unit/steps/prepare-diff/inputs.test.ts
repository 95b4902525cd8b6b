import {describe, expect, it} from 'vitest';
import {UserError} from '../../../../packages/core/src/errors.js';
import {createLocalPlatform} from '../../../../packages/core/src/platform/local.js';
import {parseGlobList} from '../../../../packages/core/src/plan/glob.js';
import {readPrepareDiffInputs} from '../../../../packages/core/src/steps/prepare-diff/inputs.js';

const platform = (env: Record<string, string>) => createLocalPlatform(env, () => {});

describe('readPrepareDiffInputs', () => {
  it('fills in the defaults', async () => {
    const inputs = await readPrepareDiffInputs(platform({}));
    expect(inputs).toMatchObject({
      base: '',
      head: 'HEAD',
      mode: 'auto',
      rebuildList: '',
      ignore: ['README.md'],
      requireReadme: false,
      includeDependents: true,
      root: '.',
      outputDir: '.',
    });
  });

  it('reads GitLab spellings (INPUT_OUTPUT_DIR)', async () => {
    const inputs = await readPrepareDiffInputs(
      platform({INPUT_OUTPUT_DIR: 'out', INPUT_INCLUDE_DEPENDENTS: 'false'}),
    );
    expect(inputs).toMatchObject({outputDir: 'out', includeDependents: false});
  });

  it('rejects an unknown mode, naming the choices', async () => {
    const error = await readPrepareDiffInputs(platform({INPUT_MODE: 'everything'})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toBe('input mode: "everything" is not one of auto, changed, all, list, drift');
  });

  it('rejects a require-readme that is not a boolean', async () => {
    await expect(readPrepareDiffInputs(platform({'INPUT_REQUIRE-README': 'yes please'}))).rejects.toThrow(
      /not a boolean/,
    );
  });
});

describe('parseGlobList', () => {
  it('splits lines, spaces and commas, but not the commas of braces', () => {
    expect(parseGlobList('README.md, *.{md,txt}\n# comment\ndocs/**')).toEqual([
      'README.md',
      '*.{md,txt}',
      'docs/**',
    ]);
  });

  it('reads JSON arrays and none', () => {
    expect(parseGlobList('["a.md","b/**"]')).toEqual(['a.md', 'b/**']);
    expect(parseGlobList('none')).toEqual([]);
  });
});
