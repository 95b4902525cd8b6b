import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Env, Logger, SourceLocation} from '../ports.js';
import type {CiEvent} from '../shared/event.js';
import {readInput} from '../inputs/read.js';
import {credentialVariable, pipelinePushes, writeChildPipeline} from './gitlab-pipeline-inputs.js';
import {nodeArchLabel, type Platform} from './platform.js';
import {SecretMasker} from './secrets.js';

/** The file GitLab reads as `artifacts:reports:dotenv`. */
export const DOTENV_FILE = 'hephy.env';
/** GitLab's default limits for a dotenv report (artifacts_reports docs; admin-configurable). */
const DOTENV_MAX_BYTES = 5 * 1024;
const DOTENV_MAX_VARIABLES = 20;

/**
 * A GitLab CI job: outputs as a dotenv report, collapsible sections for groups and summaries.
 * GitLab cannot mask a value found at run time, so our own masker is the only protection.
 */
export function createGitLabPlatform(
  env: Env,
  write: (text: string) => void = (t) => process.stdout.write(t),
): Platform {
  const masker = new SecretMasker();
  const debugOn = env.CI_DEBUG_TRACE === 'true' || env.HEPHY_DEBUG === 'true';
  let sections = 0;
  // A UserError's message starts with its file:line already; say where only when it does not.
  const where = (location: SourceLocation | undefined, message: string) =>
    location && !message.startsWith(location.file)
      ? `${location.file}${location.line ? `:${location.line}` : ''}: `
      : '';
  // Every text we print passes through here; only sectionStart/sectionEnd write a marker.
  const shown = (text: string) => withoutSectionMarkers(masker.mask(text));
  const log: Logger = {
    info: (message) => write(`${shown(message)}\n`),
    warning: (message, location) =>
      write(`\u001b[33mWARNING: ${shown(where(location, message) + message)}\u001b[0m\n`),
    error: (message, location) =>
      write(`\u001b[31mERROR: ${shown(where(location, message) + message)}\u001b[0m\n`),
    debug: (message) => {
      if (debugOn) write(`DEBUG: ${shown(message)}\n`);
    },
    async group(title, fn) {
      const id = `hephy_${++sections}`;
      write(sectionStart(id, shown(title)));
      try {
        return await fn();
      } finally {
        write(sectionEnd(id));
      }
    },
    addSecret: (secret) => masker.add(secret),
    mask: (text) => masker.mask(text),
  };
  const platform: Platform = {
    name: 'gitlab',
    log,
    env,
    input: (name) => readInput(env, name),
    async setOutputs(outputs, outputDir) {
      const {text, skipped} = toDotenv(outputs, masker);
      for (const name of skipped) {
        log.debug(`output ${name} is not in ${DOTENV_FILE} (too long or has spaces); read it from its file`);
      }
      await mkdir(outputDir, {recursive: true});
      await writeFile(path.join(outputDir, DOTENV_FILE), text);
    },
    async summary(title, markdown) {
      await log.group(title, async () => write(`${shown(markdown)}\n`));
    },
    event: async () => readGitLabEvent(env),
    registryLogin() {
      const {CI_REGISTRY: host, CI_REGISTRY_USER: username, CI_REGISTRY_PASSWORD: password} = env;
      if (!host || !username || !password) return undefined;
      log.addSecret(password);
      return {host, username, password};
    },
    // The runner's tag chose the machine; GitLab says nothing more about its CPU than Node does.
    runnerArch: () => nodeArchLabel(),
    async publishPlan(plan, ports) {
      const file = platform.input('child-pipeline');
      if (file) await writeChildPipeline(file, plan, platform, ports);
    },
    // pipeline.yml's prepare-diff (the one with a child pipeline) pushes as its child pipeline
    // does; a prepare-diff component of one's own pushes as its `push` says.
    runPushes: (push, event) =>
      push && (!platform.input('child-pipeline') || pipelinePushes(platform.input, event)),
    credentialInput(raw) {
      const name = credentialVariable(raw);
      return name === undefined ? raw : (env[name] ?? '');
    },
    fail(message, location) {
      log.error(message, location);
      process.exitCode = 1;
    },
  };
  return platform;
}

/**
 * GitLab reads `section_start:<time>:<name>[options]\r\e[0K` (and `section_end:`) as a log
 * section wherever it appears (Gitlab::Regex.build_trace_section_regex); the escape character
 * is in every form of it. Text we did not write keeps its colours (`\e[...m`) and loses every
 * other escape sequence, so tool output and names cannot open, close or hide a section.
 */
export function withoutSectionMarkers(text: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is what this removes
  return text.replace(/\u001b(?!\[[0-9;]*m)/g, '');
}

function sectionStart(id: string, title: string): string {
  return `\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=true]\r\u001b[0K${title}\n`;
}

function sectionEnd(id: string): string {
  return `\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\u001b[0K\n`;
}

/** `need-amd64` -> `HEPHY_NEED_AMD64`: dotenv keys allow letters, digits and `_` only. */
export function dotenvKey(output: string): string {
  return `HEPHY_${output.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * A dotenv report within GitLab's rules: no spaces or newlines in values, at most 20 variables
 * and 5 KB. Outputs that do not fit are left out (every one of them is also a file in output-dir).
 */
export function toDotenv(
  outputs: Readonly<Record<string, string>>,
  masker: SecretMasker,
): {text: string; skipped: string[]} {
  const lines: string[] = [];
  const skipped: string[] = [];
  let bytes = 0;
  for (const [name, raw] of Object.entries(outputs)) {
    const value = masker.mask(raw);
    const line = `${dotenvKey(name)}=${value}\n`;
    if (/\s/.test(value) || bytes + line.length > DOTENV_MAX_BYTES || lines.length >= DOTENV_MAX_VARIABLES) {
      skipped.push(name);
      continue;
    }
    lines.push(line);
    bytes += line.length;
  }
  return {text: lines.join(''), skipped};
}

/** Reads GitLab's predefined `CI_*` variables into a `CiEvent`. */
export function readGitLabEvent(env: Env): CiEvent {
  const source = env.CI_PIPELINE_SOURCE ?? '';
  const tag = env.CI_COMMIT_TAG || undefined;
  const refName =
    tag ?? env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME;
  const common = {
    name: source,
    headSha: env.CI_COMMIT_SHA,
    refName,
    ...(tag ? {refType: 'tag' as const} : refName !== undefined ? {refType: 'branch' as const} : {}),
    defaultBranch: env.CI_DEFAULT_BRANCH,
    ...(env.CI_PROJECT_URL ? {sourceUrl: env.CI_PROJECT_URL} : {}),
  };
  // A merge request's child pipeline says `parent_pipeline` but keeps the merge request's
  // variables: its builds are the merge request's, off the default branch (gitlab-org/gitlab#388018).
  const ofMergeRequest = source === 'parent_pipeline' && env.CI_MERGE_REQUEST_IID !== undefined;
  switch (ofMergeRequest ? 'merge_request_event' : source) {
    case 'push':
      return {...common, kind: 'push', before: env.CI_COMMIT_BEFORE_SHA};
    case 'merge_request_event':
    case 'external_pull_request_event':
      return {
        ...common,
        kind: 'pull_request',
        baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA,
        baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME,
        ...(env.CI_MERGE_REQUEST_IID ? {number: Number(env.CI_MERGE_REQUEST_IID)} : {}),
      };
    case 'schedule':
      return {...common, kind: 'schedule'};
    case 'web':
    case 'api':
    case 'trigger':
    case 'pipeline':
    case 'parent_pipeline':
      return {...common, kind: 'manual'};
    default:
      return {...common, kind: 'other'};
  }
}
