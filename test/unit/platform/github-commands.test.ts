import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createGitHubPlatform} from '../../../packages/core/src/platform/github.js';
import {readRunnerCommands} from '../../helpers/workflow-commands.js';

/**
 * Our GitHub adapter writes the runner protocol itself; @actions/core is the reference. Each
 * case makes both write the same thing and compares the bytes.
 */
function captureStdout(fn: () => void): string {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += chunk.toString();
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return text;
}

describe('GitHub workflow commands', () => {
  afterEach(() => vi.unstubAllEnvs());
  const tricky = 'line one\nline two: 100% done, really\r';

  it.each([
    [
      'warning with a file location',
      () => core.warning(tricky, {file: 'a,b:c.yaml', startLine: 3, startColumn: 7}),
      (write: (t: string) => void) =>
        createGitHubPlatform({}, write).log.warning(tricky, {file: 'a,b:c.yaml', line: 3, column: 7}),
    ],
    [
      'error without a location',
      () => core.error(tricky),
      (write: (t: string) => void) => createGitHubPlatform({}, write).log.error(tricky),
    ],
    [
      'debug',
      () => core.debug(tricky),
      (write: (t: string) => void) => createGitHubPlatform({}, write).log.debug(tricky),
    ],
    [
      'add-mask',
      () => core.setSecret('s3cr3t%\n'),
      (write: (t: string) => void) => createGitHubPlatform({}, write).log.addSecret('s3cr3t%\n'),
    ],
  ])('%s is written as @actions/core writes it', (_name, reference, ours) => {
    const expected = captureStdout(reference);
    let actual = '';
    ours((t) => (actual += t));
    expect(actual).toBe(expected);
  });

  it('writes outputs the runner parses back to the same values as @actions/core', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hephy-gh-'));
    const ref = path.join(dir, 'ref');
    const mine = path.join(dir, 'mine');
    writeFileSync(ref, '');
    writeFileSync(mine, '');
    const outputs = {dirs: 'curl manifest-tool', matrix: '{"include":[]}\nsecond line', empty: ''};
    vi.stubEnv('GITHUB_OUTPUT', ref);
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    await createGitHubPlatform({GITHUB_OUTPUT: mine}, () => {}).setOutputs(outputs, '.');
    const strip = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
    expect(strip(readFileSync(mine, 'utf8'))).toBe(strip(readFileSync(ref, 'utf8')));
  });

  it('masks a registered secret in every log line and output', async () => {
    let text = '';
    const dir = mkdtempSync(path.join(tmpdir(), 'hephy-gh-'));
    const out = path.join(dir, 'out');
    writeFileSync(out, '');
    const platform = createGitHubPlatform({GITHUB_OUTPUT: out}, (t) => (text += t));
    platform.log.addSecret('hunter22');
    platform.log.info('password is hunter22');
    platform.log.error('auth failed for user:hunter22');
    await platform.setOutputs({token: 'hunter22'}, '.');
    expect(text.replace('::add-mask::hunter22\n', '')).not.toContain('hunter22');
    expect(readFileSync(out, 'utf8')).not.toContain('hunter22');
  });
});

describe('text from the repository on a GitHub runner', () => {
  // Build args, file names and tool output a pull request controls, as build-arch echoes them.
  const hostile = [
    'GREETING=hi\n::warning::pwned-newline',
    '::stop-commands::x',
    '::stop-commands::',
    'a\r::error file=a.yaml::pwned-cr',
    '  ::add-mask::pwned-indented',
    'STEP 2/3: COPY ##[warning]pwned-v1 /f',
    '::SET-OUTPUT name=x::pwned-case',
    'ok line\n::group::pwned-group\n::endgroup::\nlast',
  ];

  it('starts no workflow command, and our own commands still run after it', () => {
    let printed = '';
    const log = createGitHubPlatform({}, (text) => (printed += text)).log;
    for (const text of hostile) log.info(text);
    log.warning('ours');
    const reading = readRunnerCommands(printed);
    expect(reading.stoppedAtEnd).toBe(false);
    expect(reading.commands.filter((c) => JSON.stringify(c).includes('pwned'))).toEqual([]);
    expect(reading.commands.filter((c) => c.name === 'stop-commands').map((c) => c.data)).toEqual(
      Array(reading.commands.filter((c) => c.name === 'stop-commands').length).fill(
        expect.stringMatching(/^[0-9a-f-]{36}$/),
      ),
    );
    expect(reading.commands.at(-1)).toMatchObject({name: 'warning', data: 'ours'});
    // The text itself is in the log, line for line, for people to read.
    for (const line of hostile.flatMap((t) => t.split(/\r|\n/)))
      expect(`\n${printed}`).toContain(`\n${line}\n`);
  });

  it('leaves plain lines as they are', () => {
    let printed = '';
    createGitHubPlatform({}, (text) => (printed += text)).log.info('STEP 1/2: FROM scratch\ndone');
    expect(printed).toBe('STEP 1/2: FROM scratch\ndone\n');
  });
});
