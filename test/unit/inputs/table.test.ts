import {describe, expect, it} from 'vitest';
import {
  CLONE_UPSTREAM_INPUTS,
  inputDefaults,
  STEP_INPUTS,
  readInputs,
  type InputTable,
} from '../../../packages/core/src/inputs/index.js';
import {inputReader} from '../../../packages/core/src/inputs/read.js';
import {readBuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {readCloneUpstreamInputs} from '../../../packages/core/src/steps/clone-upstream/inputs.js';
import {readMergeManifestInputs} from '../../../packages/core/src/steps/merge-manifest/inputs.js';
import {readPrepareDiffInputs} from '../../../packages/core/src/steps/prepare-diff/inputs.js';
import {readRetagInputs} from '../../../packages/core/src/steps/retag/inputs.js';
import {githubRunner} from '../../helpers/github-runner.js';

const TABLE = {
  'output-dir': {type: 'string', default: '.', description: 'd'},
  push: {type: 'boolean', default: true, description: 'd'},
  tags: {type: 'list', default: ['a'], description: 'd'},
  naming: {type: 'choice', options: ['tag-prefix', 'repository'], default: 'tag-prefix', description: 'd'},
  'artifact-name': {type: 'string', default: 'hephy-sources', blankIsOff: true, description: 'd'},
  globs: {type: 'string', default: 'x', parse: (text: string) => text.split('+'), description: 'd'},
  password: {type: 'string', default: '', secret: true, description: 'd'},
} as const satisfies InputTable;

function reader(values: Record<string, string>) {
  return inputReader(
    (name) => values[name] ?? '',
    (name) => name in values,
  );
}

describe('readInputs', () => {
  it('applies each type and default, keyed by the camel-cased name', () => {
    const values = readInputs(TABLE, reader({}));
    expect(values).toEqual({
      outputDir: '.',
      push: true,
      tags: ['a'],
      naming: 'tag-prefix',
      artifactName: 'hephy-sources',
      globs: ['x'],
      password: '',
    });
  });

  it('reads given values through the types and the parse of the entry', () => {
    const values = readInputs(
      TABLE,
      reader({
        push: 'false',
        tags: 'x, y',
        naming: 'repository',
        'artifact-name': '',
        globs: 'a+b',
        password: 's3',
      }),
    );
    expect(values).toMatchObject({push: false, tags: ['x', 'y'], naming: 'repository', artifactName: ''});
    expect(values.globs).toEqual(['a', 'b']);
  });

  it('masks a secret before an error about another input can be raised', () => {
    const masked: string[] = [];
    expect(() =>
      readInputs(TABLE, reader({naming: 'other', password: 'hunter2'}), {
        addSecret: (secret) => masked.push(secret),
      }),
    ).toThrow(/"other" is not one of tag-prefix, repository/);
    expect(masked).toEqual(['hunter2']);
  });
});

describe('inputDefaults', () => {
  it('is every input of a table at its default, as a run with none set reads them', () => {
    expect(inputDefaults(CLONE_UPSTREAM_INPUTS)).toEqual({
      dirs: '',
      root: '.',
      allowProtocols: ['https', 'ssh', 'git'],
      outputDir: '.',
      artifactName: 'hephy-sources',
    });
  });
});

describe('each step reads exactly the inputs of its table', () => {
  const readers: Record<string, (env: Record<string, string>) => unknown> = {
    'prepare-diff': (env) => readPrepareDiffInputs(platform(env)),
    'clone-upstream': (env) => readCloneUpstreamInputs(platform(env)),
    'build-arch': (env) => readBuildArchInputs(platform(env)),
    'merge-manifest': (env) => readMergeManifestInputs(platform(env)),
    retag: (env) => readRetagInputs(platform(env)),
  };
  const read: string[] = [];
  function platform(env: Record<string, string>) {
    const github = githubRunner({GITHUB_EVENT_NAME: 'workflow_dispatch', ...env});
    return {
      ...github,
      input: (name: string) => {
        read.push(name);
        return github.input(name);
      },
    };
  }

  for (const [step, table] of Object.entries(STEP_INPUTS)) {
    it(step, async () => {
      read.length = 0;
      // Set, so that a blank-is-off input is read rather than defaulted.
      await readers[step]!({
        INPUT_REPOSITORY: 'registry.example/team/images',
        'INPUT_ARTIFACT-NAME': 'sources',
      });
      expect(new Set(read)).toEqual(new Set(Object.keys(table)));
    });
  }
});
