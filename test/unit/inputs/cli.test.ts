import {describe, expect, it} from 'vitest';
import {cliOptions, cliReader, cliUsage} from '../../../packages/core/src/inputs/cli.js';
import {PREPARE_DIFF_INPUTS} from '../../../packages/core/src/inputs/prepare-diff.js';
import {readInputs, type InputTable} from '../../../packages/core/src/inputs/table.js';
import {readCommandInputs} from '../../../packages/cli/src/command-inputs.js';
import {UsageError} from '../../../packages/cli/src/command.js';

const TABLE = {
  repository: {
    type: 'string',
    default: '',
    description: 'd',
    on: {cli: {default: 'oci:.hephy/images', metavar: 'REF'}},
  },
  tags: {
    type: 'list',
    default: [],
    description: 'd',
    on: {cli: {flag: 'tag', multiple: true, metavar: 'TAG'}},
  },
  'artifact-name': {type: 'string', default: 'hephy-sources', description: 'd', on: {cli: false}},
} as const satisfies InputTable;

describe('the CLI flags of a table', () => {
  it("are prepare-diff's inputs, include-dependents spelled --no-dependents", () => {
    expect(Object.keys(cliOptions(PREPARE_DIFF_INPUTS)).sort()).toEqual(
      [
        'base',
        'head',
        'mode',
        'rebuild-list',
        'ignore',
        'require-readme',
        'no-dependents',
        'no-push',
        'root',
        'output-dir',
        // The plan's tag table; api-token is for CI only.
        'repository',
        'naming',
        'date',
        'tag',
        'insecure-registry',
        'username',
        'password-stdin',
      ].sort(),
    );
    expect(cliUsage(PREPARE_DIFF_INPUTS)).toMatch(
      /^\[--base REV\] \[--head REV\] \[--mode auto\|changed\|all\|list\|drift\] \[--rebuild-list FILE\] \[--ignore GLOBS\] \[--require-readme\] \[--no-dependents\] \[--root DIR\] \[--output-dir DIR\] \[--repository HOST\/PATH\|oci:DIR\]/,
    );
  });

  it('read into the typed inputs with the CLI defaults; a repeated flag is a list', () => {
    expect(cliOptions(TABLE)).toEqual({repository: {type: 'string'}, tag: {type: 'string', multiple: true}});
    expect(cliUsage(TABLE)).toBe('[--repository REF] [--tag TAG]...');
    expect(readInputs(TABLE, cliReader(TABLE, {}), {surface: 'cli'})).toEqual({
      repository: 'oci:.hephy/images',
      tags: [],
      artifactName: 'hephy-sources',
    });
    expect(readInputs(TABLE, cliReader(TABLE, {tag: ['a', 'b,c']}), {surface: 'cli'}).tags).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('turn --no-dependents into include-dependents false, and a bad value into a usage error', () => {
    expect(readCommandInputs(PREPARE_DIFF_INPUTS, {}).includeDependents).toBe(true);
    expect(readCommandInputs(PREPARE_DIFF_INPUTS, {'no-dependents': true}).includeDependents).toBe(false);
    expect(readCommandInputs(PREPARE_DIFF_INPUTS, {ignore: 'a,*.{md,txt}'}).ignore).toEqual([
      'a',
      '*.{md,txt}',
    ]);
    const error = (() => {
      try {
        return readCommandInputs(PREPARE_DIFF_INPUTS, {mode: 'sometimes'});
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('--mode "sometimes" is not one of auto, changed, all, list, drift');
  });
});
