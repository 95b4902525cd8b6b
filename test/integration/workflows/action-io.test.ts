import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {repoRoot, runGitHubStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {
  declaredOn,
  GITLAB_JOB_INPUTS,
  inputsOn,
  STEP_INPUTS,
  type InputSpec,
  type InputTable,
} from '../../../packages/core/src/inputs/index.js';
import {readComponent, STEPS} from '../gitlab/component-files.js';

/**
 * Each action.yml and GitLab component against the step's input table (which the step reads
 * through, and action.yml's `inputs:` is generated from), and against what its code writes: the
 * outputs are the keys the step hands to setOutputs. A step whose files are missing fails here.
 */
const stepDir = (step: string) => path.join(repoRoot, 'packages', 'core', 'src', 'steps', step);

function sources(step: string): string {
  const dir = stepDir(step);
  expect(existsSync(dir), `packages/core/src/steps/${step} is missing`).toBe(true);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  // prepare-diff's outputs are made in plan/outputs.ts.
  const extra = step === 'prepare-diff' ? [path.join(repoRoot, 'packages/core/src/plan/outputs.ts')] : [];
  return [...files.map((f) => path.join(dir, f)), ...extra].map((f) => readFileSync(f, 'utf8')).join('\n');
}

function table(step: string): InputTable {
  const inputs = STEP_INPUTS[step];
  expect(inputs, `packages/core/src/inputs has no table for ${step}`).toBeDefined();
  return inputs as InputTable;
}

/** A table default as a GitLab spec writes it: a list joined by commas, a boolean as is. */
function gitlabDefault(value: unknown): unknown {
  return Array.isArray(value) ? value.join(',') : value;
}

function action(step: string): {inputs: Record<string, unknown>; outputs: Record<string, unknown>} {
  const file = path.join(repoRoot, 'actions', step, 'action.yml');
  expect(existsSync(file), `actions/${step}/action.yml is missing`).toBe(true);
  const doc = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
  };
  return {inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {}};
}

const GITLAB_ONLY = new Set(GITLAB_JOB_INPUTS);

/** The outputs prepare-diff really writes: its bundle run as the runner runs it, on a one-image repo. */
async function preparedOutputs(): Promise<string[]> {
  const repo = tempDir();
  mkdirSync(path.join(repo, 'curl'));
  writeFileSync(
    path.join(repo, 'curl', 'build-config.yaml'),
    'use_local_context: true\nplatforms: [linux/amd64]\n',
  );
  writeFileSync(path.join(repo, 'curl', 'Dockerfile'), 'FROM scratch\n');
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'x'],
  ]) {
    expect(spawnSync('git', args, {cwd: repo}).status).toBe(0);
  }
  const run = await runGitHubStep('prepare-diff', {
    cwd: repo,
    inputs: {mode: 'all', 'output-dir': tempDir()},
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return Object.keys(run.outputs).sort();
}

describe.each(STEPS)('actions/%s/action.yml', (step) => {
  it('declares exactly the inputs of its table, in its order', () => {
    expect(Object.keys(action(step).inputs)).toEqual(inputsOn(table(step), 'github'));
  });

  it('declares outputs the step writes', async () => {
    if (step === 'prepare-diff')
      return expect(Object.keys(action(step).outputs).sort()).toEqual(await preparedOutputs());
    const text = sources(step);
    for (const output of Object.keys(action(step).outputs)) {
      expect(text, `${step} never writes ${output}`).toMatch(
        new RegExp(`['"]?${output}['"]?\\s*:|\\b${output.replace(/-/g, '')}\\b`),
      );
    }
  });

  it('has the GitLab component declare and pass on the inputs of its table, adding only GitLab needs', () => {
    const component = readComponent(step);
    const declared = component.header.spec.inputs;
    const names = inputsOn(table(step), 'gitlab');
    for (const name of names) {
      const entry = table(step)[name] as InputSpec;
      const own = entry.on?.gitlab || {};
      const spec = declaredOn(entry, 'gitlab');
      expect(declared[name], `${step}.yml declares no input ${name}`).toBeDefined();
      expect({...declared[name]}, `${step}.yml input ${name}`).toEqual({
        description: spec.description,
        default: gitlabDefault(spec.default),
        ...(entry.type === 'boolean' ? {type: 'boolean'} : {}),
        ...(own.regex ? {regex: own.regex} : {}),
        ...(own.options ? {options: [...own.options]} : {}),
      });
    }
    expect(Object.keys(declared).filter((name) => !names.includes(name))).toEqual(
      Object.keys(declared).filter((name) => GITLAB_ONLY.has(name)),
    );
    // Every step input reaches the job as INPUT_<NAME>, the way platform/inputs.ts reads it.
    const passed = [
      ...component.text.matchAll(/^ +INPUT_([A-Z0-9_]+): '\$\[\[ inputs\.([a-z0-9-]+) \]\]'$/gm),
    ];
    for (const [, variable, name] of passed) expect(variable).toBe(name!.toUpperCase().replace(/-/g, '_'));
    expect(passed.map((m) => m[2]).sort()).toEqual([...names].sort());
  });
});
