import {spawn} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {condition, interpolate, type Contexts, type JobStatus} from './expressions.js';
import {node24, parseGitHubOutput} from './runner.js';
import {tempDir} from './tmp.js';

/**
 * A composite action run step by step the way the GitHub runner runs one: `if:` and `${{ }}`
 * evaluated by GitHub's expression library, `GITHUB_ACTION_PATH` at the action's directory, a
 * fresh GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY file per step, outputs carried between
 * steps in the `steps` context, `run:` scripts started with the shell they name, and a local
 * node action of a `uses:` step given its inputs as `INPUT_*`. Like the runner, it hands a
 * composite action's steps no ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL (actions/runner#3046).
 */
interface ActionStep {
  id?: string;
  if?: unknown;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
}

interface ActionFile {
  inputs?: Record<string, {default?: unknown}>;
  outputs?: Record<string, {value?: string}>;
  runs: {using: string; main?: string; steps?: ActionStep[]};
}

export interface CompositeRunOptions {
  /** The action's directory (`GITHUB_ACTION_PATH`), holding action.yml. */
  actionDir: string;
  /** `GITHUB_WORKSPACE`, and the steps' working directory. */
  workspace: string;
  /** The caller's `with:`. */
  inputs: Record<string, string>;
  /** The job's own variables (a runner's environment, tools' settings). */
  env?: Record<string, string>;
  eventName?: string;
  event?: unknown;
}

export interface StepRun {
  id: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** What the step printed, standard output and error together. */
  log: string;
}

export interface CompositeRun {
  ok: boolean;
  steps: StepRun[];
  /** The action's outputs, evaluated from its `outputs:` after the last step. */
  outputs: Record<string, string>;
  summary: string;
  log: string;
}

/** Variables the runner gives a node action but never a composite action's steps. */
const NOT_FOR_COMPOSITE = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_URL'];

const SHELLS: Readonly<Record<string, (script: string) => string[]>> = {
  bash: (script) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script],
  sh: (script) => ['sh', '-e', script],
};

const RUNNER_ARCHS: Readonly<Record<string, string>> = {x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86'};

function readAction(dir: string): ActionFile {
  return parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionFile;
}

export async function runComposite(options: CompositeRunOptions): Promise<CompositeRun> {
  for (const name of NOT_FOR_COMPOSITE)
    if (options.env?.[name] !== undefined) throw new Error(`a composite action's steps never get ${name}`);
  const action = readAction(options.actionDir);
  if (action.runs.using !== 'composite') throw new Error(`${options.actionDir} is not a composite action`);
  const temp = tempDir('hephy-composite-');
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const jobEnv: Record<string, string> = {
    ...Object.fromEntries(
      ['HOME', 'LANG', 'TMPDIR', 'USER'].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
    ),
    // `node` in a run: step is the runner machine's: Node 24 here.
    PATH: `${path.dirname(node24)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: RUNNER_ARCHS[process.arch] ?? process.arch,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  const github = {
    action_path: options.actionDir,
    workspace: options.workspace,
    event_name: jobEnv.GITHUB_EVENT_NAME,
    event: options.event ?? {},
  };
  const status: JobStatus = {failed: false};
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {}))
    inputs[name] = options.inputs[name] ?? interpolate(String(spec.default ?? ''), {github}, status);
  for (const [name, value] of Object.entries(options.inputs)) inputs[name] ??= value;
  const steps: Record<string, {outputs: Record<string, string>; outcome: string; conclusion: string}> = {};
  const addedEnv: Record<string, string> = {};
  const contexts = (): Contexts => ({
    inputs,
    steps,
    github,
    env: addedEnv,
    runner: {os: 'Linux', arch: jobEnv.RUNNER_ARCH, temp},
  });
  const runs: StepRun[] = [];
  let summary = '';
  for (const [index, step] of (action.runs.steps ?? []).entries()) {
    const id = step.id ?? `__${index}`;
    if (!condition(step.if, contexts(), status)) {
      steps[id] = {outputs: {}, outcome: 'skipped', conclusion: 'skipped'};
      runs.push({id, outcome: 'skipped', outputs: {}, log: ''});
      continue;
    }
    const files = {
      output: path.join(temp, `output-${index}`),
      env: path.join(temp, `env-${index}`),
      summary: path.join(temp, `summary-${index}`),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const env: Record<string, string> = {
      ...jobEnv,
      ...addedEnv,
      GITHUB_ACTION: id,
      GITHUB_ACTION_PATH: options.actionDir,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_STEP_SUMMARY: files.summary,
    };
    for (const [name, value] of Object.entries(step.env ?? {}))
      env[name] = interpolate(String(value ?? ''), contexts(), status);
    const cwd = step['working-directory']
      ? path.resolve(options.workspace, interpolate(step['working-directory'], contexts(), status))
      : options.workspace;
    const argv =
      step.run !== undefined ? shellCommand(step, temp) : usesCommand(step, options, env, contexts, status);
    const result = await spawnStep(argv, cwd, env);
    const outputs = parseGitHubOutput(readFileSync(files.output, 'utf8'));
    Object.assign(addedEnv, parseGitHubOutput(readFileSync(files.env, 'utf8')));
    summary += readFileSync(files.summary, 'utf8');
    const outcome = result.exitCode === 0 ? 'success' : 'failure';
    if (outcome === 'failure') status.failed = true;
    steps[id] = {outputs, outcome, conclusion: outcome};
    runs.push({id, outcome, outputs, log: result.log});
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs ?? {}).map(([name, spec]) => [
      name,
      interpolate(String(spec.value ?? ''), contexts(), status),
    ]),
  );
  return {ok: !status.failed, steps: runs, outputs, summary, log: runs.map((r) => r.log).join('')};
}

function shellCommand(step: ActionStep, temp: string): string[] {
  const shell = SHELLS[step.shell ?? ''];
  // A composite action's run: step must name its shell; the runner refuses one that does not.
  if (!shell) throw new Error(`run: step ${step.id ?? ''} names no supported shell (${step.shell})`);
  const script = path.join(temp, `${randomUUID()}.sh`);
  writeFileSync(script, step.run ?? '');
  return shell(script);
}

/**
 * A `uses:` step of a local node action (`./actions/<step>` from the workspace, or a path under
 * `${{ github.action_path }}`): every input it declares, or is given, as `INPUT_<NAME>` (upper
 * case, spaces as `_`), its default when `with:` does not give it, as the runner sets them.
 */
function usesCommand(
  step: ActionStep,
  options: CompositeRunOptions,
  env: Record<string, string>,
  contexts: () => Contexts,
  status: JobStatus,
): string[] {
  const uses = interpolate(step.uses ?? '', contexts(), status);
  if (!uses.startsWith('./') && !path.isAbsolute(uses)) throw new Error(`not a local action: ${uses}`);
  const dir = path.resolve(options.workspace, uses);
  if (!existsSync(path.join(dir, 'action.yml'))) throw new Error(`no action.yml in ${dir}`);
  const action = readAction(dir);
  if (!/^node\d+$/.test(action.runs.using) || !action.runs.main)
    throw new Error(`${uses}: only node actions are run here, not ${action.runs.using}`);
  const given = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      interpolate(String(value ?? ''), contexts(), status),
    ]),
  );
  const declared = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, spec]) => [
      name,
      given[name] ?? interpolate(String(spec.default ?? ''), contexts(), status),
    ]),
  );
  for (const [name, value] of Object.entries({...declared, ...given}))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  env.GITHUB_ACTION_PATH = dir;
  return [node24, path.resolve(dir, action.runs.main)];
}

function spawnStep(argv: string[], cwd: string, env: Record<string, string>) {
  const [file, ...args] = argv as [string, ...string[]];
  return new Promise<{exitCode: number; log: string}>((resolve, reject) => {
    const child = spawn(file, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({exitCode: code ?? 1, log}));
  });
}
