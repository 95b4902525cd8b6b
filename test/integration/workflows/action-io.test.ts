import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {repoRoot, runGitHubStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {readComponent, STEPS} from '../gitlab/component-files.js';

/**
 * Each action.yml against what its code reads and writes, by reading both: the inputs are the
 * names inputs.ts passes to the input reader, the outputs the keys the step hands to
 * setOutputs. A step whose files are missing fails here (its owner has not landed it yet).
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

function inputsRead(step: string): Set<string> {
  let text = readFileSync(path.join(stepDir(step), 'inputs.ts'), 'utf8');
  // The inputs shared by the registry steps (repository, naming, date, dirs, ...) are read in one place.
  if (text.includes('../common/registry.js')) {
    text += readFileSync(
      path.join(repoRoot, 'packages', 'core', 'src', 'steps', 'common', 'registry.ts'),
      'utf8',
    );
  }
  const names = [
    ...text.matchAll(/\b(?:string|stringOrOff|boolean|list|choice|input)\(\s*'([a-z0-9-]+)'/g),
  ].map((m) => m[1] as string);
  return new Set(names);
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

/** Inputs only a GitLab component has (the job's image, where the bundles are, runner tags, OIDC). */
const GITLAB_ONLY = new Set([
  'stage',
  'job-prefix',
  'image',
  'image-repository',
  'dist-dir',
  'runner-tag',
  'amd64-runner-tag',
  'aws-role-arn',
  'oidc-audience',
]);
/** Inputs only the GitHub action has: the artifact service carries files between jobs there. */
const GITHUB_ONLY = new Set(['artifact-name']);

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
  it('declares exactly the inputs the step reads', () => {
    expect(Object.keys(action(step).inputs).sort()).toEqual([...inputsRead(step)].sort());
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

  it('has the same inputs as the GitLab component, which adds only GitLab needs', () => {
    const component = Object.keys(readComponent(step).header.spec.inputs).filter((i) => !GITLAB_ONLY.has(i));
    const github = Object.keys(action(step).inputs).filter((i) => !GITHUB_ONLY.has(i));
    expect(component.sort()).toEqual(github.sort());
  });
});
