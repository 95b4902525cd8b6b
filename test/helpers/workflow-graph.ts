import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  isMapping,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import {data, Evaluator, Lexer, Parser} from '@actions/expressions';
import {truthy} from '@actions/expressions/result';
import {parse} from 'yaml';
import {interpolate, type Contexts} from './expressions.js';
import {runProcess, type ProcessResult} from './process.js';

/**
 * A workflow's job graph as GitHub would run it: the file parsed and converted by GitHub's own
 * @actions/workflow-parser, each job's `if:` and `strategy.matrix` evaluated by @actions/expressions
 * against the results and outputs of the jobs it needs. Steps are not run: a job succeeds unless
 * the caller says one of its matrix entries fails.
 */
export async function loadWorkflow(file: string): Promise<{template: WorkflowTemplate; errors: string[]}> {
  const content = readFileSync(file, 'utf8');
  const parsed = parseWorkflow({name: path.basename(file), content}, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  return {template, errors: [...errors, ...(template.errors ?? []).map((e) => e.Message)]};
}

export interface JobRun {
  result: 'success' | 'failure' | 'skipped';
  /** The order the job started in: a job starts only after every job it needs has ended. */
  wave: number;
  /** Its matrix entries (one empty entry for a job without a matrix); none when skipped. */
  entries: Record<string, unknown>[];
  outputs: Record<string, string>;
}

export interface Simulation {
  /** The outputs of a job's steps, by step id (prepare's `diff` step: prepare-diff's real outputs). */
  stepOutputs: (job: string) => Record<string, Record<string, string>>;
  /** A matrix entry of a job that fails (its job's result becomes failure). */
  fails?: (job: string, entry: Record<string, unknown>) => boolean;
  inputs: Record<string, unknown>;
  github: Record<string, unknown>;
}

function evaluate(expression: string, contexts: Contexts, needsFailed: boolean): data.ExpressionData {
  const {tokens} = new Lexer(expression).lex();
  const names = ['success', 'failure', 'always', 'cancelled'];
  const tree = new Parser(
    tokens,
    Object.keys(contexts),
    names.map((name) => ({name, minArgs: 0, maxArgs: 0})),
  ).parse();
  const context = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({
      key,
      value: JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData,
    })),
  );
  // For a job: success() is "every job it needs succeeded"; nothing is ever cancelled here.
  const results: Record<string, boolean> = {
    success: !needsFailed,
    failure: needsFailed,
    always: true,
    cancelled: false,
  };
  const functions = new Map(
    names.map((name) => [
      name,
      {name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(results[name] as boolean)},
    ]),
  );
  return new Evaluator(tree, context, functions).evaluate();
}

const toJson = (value: data.ExpressionData): unknown => JSON.parse(JSON.stringify(value, data.replacer));

/** Runs the job graph: each job once every job it needs has ended, as GitHub orders them. */
export function simulate(template: WorkflowTemplate, options: Simulation): Map<string, JobRun> {
  const runs = new Map<string, JobRun>();
  const pending = [...template.jobs];
  for (let wave = 0; pending.length > 0; wave++) {
    const ready = pending.filter((job) => (job.needs ?? []).every((need) => runs.has(need.value)));
    if (ready.length === 0) throw new Error('the job graph has a cycle');
    for (const job of ready) {
      pending.splice(pending.indexOf(job), 1);
      const id = job.id.value;
      const needs = Object.fromEntries(
        (job.needs ?? []).map((need) => {
          const run = runs.get(need.value) as JobRun;
          return [need.value, {result: run.result, outputs: run.outputs}];
        }),
      );
      const needsFailed = Object.values(needs).some((need) => need.result !== 'success');
      const contexts = {needs, inputs: options.inputs, github: options.github};
      if (!truthy(evaluate(job.if.expression, contexts, needsFailed))) {
        runs.set(id, {result: 'skipped', wave, entries: [], outputs: {}});
        continue;
      }
      const entries = matrixEntries(job.strategy, contexts, needsFailed);
      const failed = entries.some((entry) => options.fails?.(id, entry));
      const steps = Object.fromEntries(
        Object.entries(options.stepOutputs(id)).map(([step, outputs]) => [step, {outputs}]),
      );
      const outputs: Record<string, string> = {};
      if (job.outputs && isMapping(job.outputs)) {
        for (const {key, value} of job.outputs) {
          outputs[key.toString()] = interpolate(value.toString(), {...contexts, steps}, {failed: false});
        }
      }
      runs.set(id, {result: failed ? 'failure' : 'success', wave, entries, outputs});
    }
  }
  return runs;
}

function matrixEntries(
  strategy: unknown,
  contexts: Contexts,
  needsFailed: boolean,
): Record<string, unknown>[] {
  const json = strategy
    ? (JSON.parse(JSON.stringify(strategy)) as {map?: {Key: string; Value: unknown}[]})
    : {};
  const matrix = json.map?.find((pair) => pair.Key === 'matrix')?.Value as {expr?: string} | undefined;
  if (!matrix) return [{}];
  if (!matrix.expr) throw new Error('only a matrix from one expression is simulated');
  const value = toJson(evaluate(matrix.expr, contexts, needsFailed)) as {include?: Record<string, unknown>[]};
  const include = value.include ?? [];
  if (include.length === 0) throw new Error('GitHub refuses a matrix without entries');
  if (include.length > 256) throw new Error(`a matrix of ${include.length} entries (GitHub allows 256)`);
  return include;
}

/** The `with:` of a job's step that uses `action`, evaluated for one matrix entry. */
export function stepWith(
  file: string,
  job: string,
  action: string,
  contexts: Contexts,
): Record<string, string>[] {
  const doc = parse(readFileSync(file, 'utf8')) as {
    jobs: Record<string, {steps?: {uses?: string; with?: Record<string, unknown>}[]}>;
  };
  return (doc.jobs[job]?.steps ?? [])
    .filter((step) => step.uses?.includes(action))
    .map((step) =>
      Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value), contexts, {failed: false}),
        ]),
      ),
    );
}

/**
 * Runs the `run:` steps of a job that `pick` selects with bash as the runner does
 * (`bash --noprofile --norc -eo pipefail`), their `env:` evaluated for `contexts`.
 */
export async function runSteps(
  file: string,
  job: string,
  pick: (step: {run?: string; if?: string}) => boolean,
  contexts: Contexts,
  options: {cwd: string; env?: Record<string, string>},
): Promise<ProcessResult[]> {
  const doc = parse(readFileSync(file, 'utf8')) as {
    jobs: Record<string, {steps?: {run?: string; if?: string; env?: Record<string, unknown>}[]}>;
  };
  const results: ProcessResult[] = [];
  for (const step of (doc.jobs[job]?.steps ?? []).filter((s) => s.run && pick(s))) {
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [
        key,
        interpolate(String(value), contexts, {failed: false}),
      ]),
    );
    results.push(
      await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run as string], {
        cwd: options.cwd,
        env: {PATH: process.env.PATH, ...options.env, ...env},
      }),
    );
  }
  return results;
}
