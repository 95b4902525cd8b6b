import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runComposite} from '../../helpers/composite.js';
import {tempDir} from '../../helpers/tmp.js';

/**
 * The composite runner of root-action.test.ts on a small action of its own, so that what it
 * claims to do as the GitHub runner does is seen to happen: if:, outputs between steps,
 * GITHUB_ENV, INPUT_* for a local node action, the shell named, no runtime token.
 */
function fixture(): {actionDir: string; workspace: string} {
  const actionDir = tempDir('hephy-composite-action-');
  const workspace = tempDir('hephy-composite-ws-');
  writeFileSync(
    path.join(actionDir, 'action.yml'),
    `name: fixture
inputs:
  greeting:
    default: hello
  skip:
    default: 'false'
outputs:
  said:
    value: \${{ steps.node.outputs.said }}
runs:
  using: composite
  steps:
    - id: first
      shell: bash
      env:
        GREETING: \${{ inputs.greeting }}-\${{ inputs.skip == 'true' && 'a' || 'b' }}
      run: |
        echo "word=$GREETING" >> "$GITHUB_OUTPUT"
        echo "CARRIED=from-first" >> "$GITHUB_ENV"
        echo "token=\${ACTIONS_RUNTIME_TOKEN-unset} path=$GITHUB_ACTION_PATH shell=\${BASH_VERSION:+bash}"
    - id: skipped
      if: inputs.skip == 'true'
      shell: sh
      run: exit 1
    - id: node
      uses: ./tools/echo
      with:
        word: \${{ steps.first.outputs.word }}
    - id: after-failure
      if: failure()
      shell: sh
      run: echo never
`,
  );
  mkdirSync(path.join(workspace, 'tools', 'echo'), {recursive: true});
  writeFileSync(
    path.join(workspace, 'tools', 'echo', 'action.yml'),
    "name: echo\ninputs:\n  word: {}\n  'two words':\n    default: the default\nruns:\n  using: node24\n  main: index.mjs\n",
  );
  writeFileSync(
    path.join(workspace, 'tools', 'echo', 'index.mjs'),
    `import {appendFileSync} from 'node:fs';
appendFileSync(process.env.GITHUB_OUTPUT, 'said=' + process.env.INPUT_WORD + '/' + process.env.INPUT_TWO_WORDS + '/' + process.env.CARRIED + '\\n');
`,
  );
  return {actionDir, workspace};
}

describe('the composite runner of the tests', () => {
  it('runs the steps as the GitHub runner does', async () => {
    const {actionDir, workspace} = fixture();
    const run = await runComposite({actionDir, workspace, inputs: {greeting: 'hi'}});
    expect(
      run.steps.map((s) => `${s.id}:${s.outcome}`),
      run.log,
    ).toEqual(['first:success', 'skipped:skipped', 'node:success', 'after-failure:skipped']);
    expect(run.log).toContain(`token=unset path=${actionDir} shell=bash`);
    expect(run.outputs).toEqual({said: 'hi-b/the default/from-first'});
  });

  it('skips what follows a failed step unless its if: asks for failure()', async () => {
    const {actionDir, workspace} = fixture();
    const run = await runComposite({actionDir, workspace, inputs: {skip: 'true'}});
    expect(run.steps.map((s) => `${s.id}:${s.outcome}`)).toEqual([
      'first:success',
      'skipped:failure',
      'node:skipped',
      'after-failure:success',
    ]);
    expect(run.ok).toBe(false);
  });

  it('refuses to hand a composite action a runtime token', async () => {
    const {actionDir, workspace} = fixture();
    await expect(
      runComposite({actionDir, workspace, inputs: {}, env: {ACTIONS_RUNTIME_TOKEN: 'x'}}),
    ).rejects.toThrow(/never get ACTIONS_RUNTIME_TOKEN/);
  });
});
