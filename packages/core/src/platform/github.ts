import {readFile} from 'node:fs/promises';
import * as core from '@actions/core';
import type {Env, Logger, SourceLocation} from '../ports.js';
import {ZERO_SHA, type CiEvent} from '../shared/event.js';
import {githubPlanAdvice} from './github-advice.js';
import {inertText} from './github-inert-text.js';
import {nodeArchLabel, refuseChildPipeline, type Platform} from './platform.js';
import {SecretMasker} from './secrets.js';

/**
 * The GitHub Actions runner, spoken to through @actions/core: inputs, outputs, masks,
 * annotations, groups, the job summary and failure. @actions/core works on this process's
 * environment and stdout, so `env` is `process.env` outside tests (a test stubs both). On top of
 * it, every text is masked by our own masker before it is printed or written (the runner masks
 * only once told, and only what it was told), and plain log lines are made inert.
 */
export function createGitHubPlatform(env: Env = process.env): Platform {
  const masker = new SecretMasker();
  const log: Logger = {
    // Tool output and messages with the repository's words: never a workflow command. The
    // annotations and groups are @actions/core's, which escape their data onto one line.
    info: (message) => core.info(inertText(masker.mask(message))),
    warning: (message, location) => core.warning(masker.mask(message), annotation(location)),
    error: (message, location) => core.error(masker.mask(message), annotation(location)),
    debug: (message) => core.debug(masker.mask(message)),
    group: (title, fn) => core.group(masker.mask(title), fn),
    addSecret: (secret) => {
      masker.add(secret);
      core.setSecret(secret);
    },
    mask: (text) => masker.mask(text),
  };
  return {
    name: 'github',
    log,
    env,
    // GitHub's spelling first (INPUT_OUTPUT-DIR), then the one a job variable can hold.
    input: (name) => core.getInput(name) || core.getInput(name.replace(/-/g, '_')),
    async setOutputs(outputs) {
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, masker.mask(value));
    },
    async summary(title, markdown) {
      if (!env.GITHUB_STEP_SUMMARY) {
        log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return;
      }
      await core.summary.addRaw(`### ${title}\n\n${masker.mask(markdown)}\n`).write();
    },
    event: () => readGitHubEvent(env),
    planAdvice: githubPlanAdvice,
    // GitHub hands a job no registry login; the workflow passes one in as inputs.
    registryLogin: () => undefined,
    runnerArch: () => githubRunnerArch(env),
    publishPlan: () => refuseChildPipeline('github', env),
    runPushes: (push) => push,
    credentialInput: (raw) => raw,
    fail(message, location) {
      // core.setFailed takes no location: our annotation, then the exit code it would set
      // (core.ExitCode.Failure, which @github/local-action's stand-in for @actions/core lacks).
      log.error(message, location);
      process.exitCode = 1;
    },
  };
}

/** Our location as @actions/core's annotation properties (file, line, col). */
function annotation(location?: SourceLocation): core.AnnotationProperties {
  return location ? {file: location.file, startLine: location.line, startColumn: location.column} : {};
}

const RUNNER_ARCHS: Readonly<Record<string, string>> = {
  X64: 'amd64',
  ARM64: 'arm64',
  ARM: 'armv7',
  X86: '386',
};

/** The runner's CPU from `RUNNER_ARCH` (X64, ARM64, ARM, X86), else Node's `process.arch`. */
export function githubRunnerArch(env: Env, nodeArch: string = process.arch): string {
  return RUNNER_ARCHS[env.RUNNER_ARCH ?? ''] ?? nodeArchLabel(nodeArch);
}

interface GitHubPayload {
  before?: string;
  after?: string;
  forced?: boolean;
  repository?: {default_branch?: string};
  pull_request?: {number?: number; base?: {sha?: string; ref?: string}; head?: {sha?: string}};
  merge_group?: {base_sha?: string; head_sha?: string; base_ref?: string};
}

/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH` into a `CiEvent`. */
export async function readGitHubEvent(env: Env): Promise<CiEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: GitHubPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as GitHubPayload;
    } catch (error) {
      throw new Error(
        `cannot read the event payload at GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}: ${String(error)}`,
        {cause: error},
      );
    }
  }
  const refType = githubRefType(env);
  const common = {
    name,
    headSha: env.GITHUB_SHA,
    refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
    ...(refType ? {refType} : {}),
    defaultBranch: payload.repository?.default_branch,
    ...(env.GITHUB_REPOSITORY
      ? {sourceUrl: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`}
      : {}),
  };
  switch (name) {
    case 'push':
      return {
        ...common,
        kind: 'push',
        headSha: payload.after && !ZERO_SHA.test(payload.after) ? payload.after : env.GITHUB_SHA,
        before: payload.before,
        forced: payload.forced === true,
      };
    case 'pull_request':
    case 'pull_request_target':
      return {
        ...common,
        kind: 'pull_request',
        headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA,
        baseSha: payload.pull_request?.base?.sha,
        baseRef: payload.pull_request?.base?.ref ?? env.GITHUB_BASE_REF,
        ...(payload.pull_request?.number !== undefined ? {number: payload.pull_request.number} : {}),
      };
    case 'merge_group':
      return {
        ...common,
        kind: 'pull_request',
        headSha: payload.merge_group?.head_sha ?? env.GITHUB_SHA,
        baseSha: payload.merge_group?.base_sha,
        baseRef: payload.merge_group?.base_ref?.replace(/^refs\/heads\//, ''),
      };
    case 'schedule':
      return {...common, kind: 'schedule'};
    case 'workflow_dispatch':
    case 'repository_dispatch':
      return {...common, kind: 'manual'};
    default:
      return {...common, kind: 'other'};
  }
}

/** `GITHUB_REF_TYPE`, or what `GITHUB_REF` says (a pull request's `refs/pull/N/merge` is a branch build). */
function githubRefType(env: Env): CiEvent['refType'] {
  if (env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF_TYPE === 'branch') return env.GITHUB_REF_TYPE;
  if (env.GITHUB_REF?.startsWith('refs/tags/')) return 'tag';
  if (env.GITHUB_REF?.startsWith('refs/heads/') || env.GITHUB_REF?.startsWith('refs/pull/')) return 'branch';
  return undefined;
}
