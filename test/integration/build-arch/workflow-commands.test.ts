import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {createPorts} from '../../../packages/core/src/action.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import type {Platform} from '../../../packages/core/src/platform/platform.js';
import {buildArchAction} from '../../../packages/core/src/steps/build-arch/action.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {githubRunner} from '../../helpers/github-runner.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {sectionMarkers} from '../../helpers/gitlab-sections.js';
import {readRunnerCommands} from '../../helpers/workflow-commands.js';
import {writeTree} from './monorepo.js';

/**
 * A pull request's attack on the log: build args, a Dockerfile and a file name that build-arch
 * echoes (in its `$ buildah build ...` line and in buildah's own output) holding workflow commands and GitLab
 * section markers. The step runs for real (buildah, a registry) and its stdout is read as the
 * runner and GitLab read it.
 */
const CONFIG = [
  'use_local_context: true',
  'build_args:',
  '  - "GREETING=hi\\n::warning::pwned-by-arg"',
  '  - "STOP=::stop-commands::x"',
  '  - "CR=a\\r::error file=x::pwned-by-cr"',
  '  - "SECTION=\\e[0Ksection_start:1:evil[collapsed=true]\\r\\e[0Kpwned-section"',
  'platforms: [linux/amd64]',
  '',
].join('\n');
const DOCKERFILE = [
  'FROM scratch',
  'ARG GREETING',
  'ARG STOP',
  'ARG CR',
  'ARG SECTION',
  'LABEL note="##[warning]pwned-by-dockerfile"',
  'COPY ["::warning::pwned-file", "/f"]',
  '',
].join('\n');

let registry: TestRegistry;
let storage: Record<string, string>;
let root: string;

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  root = writeTree({
    'forge/build-config.yaml': CONFIG,
    'forge/Dockerfile': DOCKERFILE,
    'forge/::warning::pwned-file': 'x\n',
  });
}, 300_000);

/** build-arch as its bundle runs it, with the platform's stdout captured. */
async function buildArch(
  create: (env: Record<string, string>, write: (text: string) => void) => Platform,
  env: Record<string, string>,
): Promise<string> {
  let stdout = '';
  const outputDir = tempDir('hephy-forge-out-');
  const runner = tempDir('hephy-forge-runner-');
  const files = {output: path.join(runner, 'output'), summary: path.join(runner, 'summary')};
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs = {
    arch: 'amd64',
    repository: `${registry.host}/hephy/forge`,
    backend: 'buildah',
    dirs: 'forge',
    date: '20250101',
    root,
    output_dir: outputDir,
  };
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...storage,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const platform = create(fullEnv, (text) => (stdout += text));
  await buildArchAction(platform, createPorts(platform, fullEnv));
  return stdout;
}

describe('build-arch output holding the repository’s words', () => {
  it('GitHub: the runner reads no workflow command from them, and ours still run', async () => {
    const stdout = await buildArch(githubRunner, {GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push'});
    // The attack reached the log, as text.
    for (const word of ['::warning::pwned-by-arg', '::stop-commands::x', '##[warning]pwned-by-dockerfile']) {
      expect(stdout).toContain(word);
    }
    const reading = readRunnerCommands(stdout);
    expect(reading.stoppedAtEnd).toBe(false);
    // Each payload puts `pwned` first in a command's data; our own debug lines carry the echoed
    // command escaped onto one line, where it is only data.
    const forged = reading.commands.filter(
      (c) => c.data.startsWith('pwned') || Object.values(c.properties).some((v) => v.includes('pwned')),
    );
    expect(forged).toEqual([]);
    const tokens = reading.commands.filter((c) => c.name === 'stop-commands').map((c) => c.data);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
    expect(reading.commands.map((c) => c.name)).toContain('group');
    expect(reading.commands.at(-1)?.name).toBe('endgroup');
  });

  it('GitLab: the log has no section but the step’s own', async () => {
    const stdout = await buildArch(createGitLabPlatform, {GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push'});
    expect(stdout).toContain('pwned-section');
    const markers = sectionMarkers(stdout);
    expect(markers).toEqual(['start:hephy_1', 'end:hephy_1', 'start:hephy_2', 'end:hephy_2']);
  });
});
