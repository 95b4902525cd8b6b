import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {inputsOn, STEP_INPUTS} from '../../../packages/core/src/inputs/index.js';
import {repoRoot} from '../../helpers/runner.js';
import {readComponent} from '../gitlab/component-files.js';

/**
 * The whole-pipeline entries (root action.yml, the reusable workflow, pipeline.yml) pass a chosen
 * subset of the steps' inputs on in their own words: each input they hand a step is one of that
 * step's table, under its own name.
 */
const inputName = (variable: string) =>
  variable
    .replace(/^INPUT_/, '')
    .toLowerCase()
    .replace(/_/g, '-');
const ALL_INPUTS = new Set(Object.values(STEP_INPUTS).flatMap((table) => Object.keys(table)));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

describe('pass-through inputs', () => {
  it('root action.yml hands each step only inputs of its table, each from the input of that name', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: {steps: Step[]};
    };
    const checked = new Set<string>();
    for (const step of action.runs.steps) {
      const name = /dist\/([a-z-]+)\/index\.js/.exec(step.run ?? '')?.[1];
      if (!name) continue;
      checked.add(name);
      const inputs = inputsOn(STEP_INPUTS[name]!, 'github');
      for (const [variable, value] of Object.entries(step.env ?? {})) {
        if (!variable.startsWith('INPUT_')) continue;
        expect(inputs, `${name}: ${variable}`).toContain(inputName(variable));
        const from = /^\$\{\{ inputs\.([a-z0-9-]+) \}\}$/.exec(String(value))?.[1];
        if (from) expect(from, `${name}: ${variable}`).toBe(inputName(variable));
        if (from) expect(Object.keys(action.inputs)).toContain(from);
      }
    }
    expect([...checked].sort()).toEqual(Object.keys(STEP_INPUTS).sort());
  });

  it('the reusable workflow gives each step action only inputs of its table', () => {
    const workflow = parse(
      readFileSync(path.join(repoRoot, '.github/workflows/hephy-builder.yml'), 'utf8'),
    ) as {
      jobs: Record<string, {steps: Step[]}>;
    };
    const checked = new Set<string>();
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const name = /\/actions\/([a-z-]+)$/.exec(step.uses ?? '')?.[1];
        if (!name) continue;
        checked.add(name);
        for (const [input, value] of Object.entries(step.with ?? {})) {
          expect(inputsOn(STEP_INPUTS[name]!, 'github'), `${name}: ${input}`).toContain(input);
          const from = /^\$\{\{ inputs\.([a-z0-9-]+) \}\}$/.exec(String(value))?.[1];
          if (from) expect(from, `${name}: ${input}`).toBe(input);
        }
      }
    }
    expect(checked.size).toBeGreaterThan(0);
  });

  it('pipeline.yml passes each step input it declares under its own name and type', () => {
    const pipeline = readComponent('pipeline');
    const declared = pipeline.header.spec.inputs;
    const passed = [
      ...pipeline.text.matchAll(/^ +(INPUT_[A-Z0-9_]+): (?:\{value: )?'\$\[\[ inputs\.([a-z0-9-]+) \]\]'/gm),
    ];
    expect(passed.length).toBeGreaterThan(0);
    for (const [, variable, from] of passed) {
      const name = inputName(variable!);
      if (!ALL_INPUTS.has(name)) continue;
      expect(from, variable).toBe(name);
      const tables = Object.values(STEP_INPUTS).filter((table) => Object.hasOwn(table, name));
      const boolean = tables.some((table) => table[name]!.type === 'boolean');
      expect(declared[name]?.type === 'boolean', `pipeline.yml input ${name} is a boolean`).toBe(boolean);
    }
  });
});
