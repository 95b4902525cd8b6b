import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {githubRunner} from '../../helpers/github-runner.js';
import {parseGitHubOutput} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {readRunnerCommands} from '../../helpers/workflow-commands.js';

/** A runner's step: its output and summary files, and what it printed, read as the runner does. */
function step(env: Record<string, string> = {}) {
  const dir = tempDir('hephy-gh-');
  const files = {output: path.join(dir, 'output'), summary: path.join(dir, 'summary')};
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  let printed = '';
  const platform = githubRunner(
    {GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, ...env},
    (text) => (printed += text),
  );
  return {platform, files, printed: () => printed};
}

describe('the GitHub adapter speaks the runner protocol through @actions/core', () => {
  it('reads an input in GitHub’s spelling and in a job variable’s', () => {
    const {platform} = step({'INPUT_OUTPUT-DIR': ' out ', INPUT_REBUILD_LIST: 'weekly.txt'});
    expect(platform.input('output-dir')).toBe('out');
    expect(platform.input('rebuild-list')).toBe('weekly.txt');
    expect(platform.input('root')).toBe('');
  });

  it('writes outputs the runner reads back whole, many lines included', async () => {
    const {platform, files} = step();
    const outputs = {dirs: 'curl manifest-tool', matrix: '{"include":[]}\nsecond line', empty: ''};
    await platform.setOutputs(outputs, '.');
    expect(parseGitHubOutput(readFileSync(files.output, 'utf8'))).toEqual(outputs);
  });

  it('annotates a file, line and column, however the file is named', () => {
    const {platform, printed} = step();
    platform.log.warning('line one\nline two: 100% done', {file: 'a,b:c.yaml', line: 3, column: 7});
    platform.log.error('no place');
    expect(readRunnerCommands(printed()).commands).toEqual([
      expect.objectContaining({
        name: 'warning',
        properties: {file: 'a,b:c.yaml', line: '3', col: '7'},
        data: 'line one\nline two: 100% done',
      }),
      expect.objectContaining({name: 'error', properties: {}, data: 'no place'}),
    ]);
  });

  it('groups, and fails with one annotation on the place and exit code 1', async () => {
    const {platform, printed} = step();
    const exitCode = process.exitCode;
    try {
      await platform.log.group('build curl', async () => platform.log.info('inside'));
      platform.fail('bad key', {file: 'curl/build-config.yaml', line: 2});
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = exitCode;
    }
    expect(readRunnerCommands(printed()).commands.map((c) => [c.name, c.data, c.properties])).toEqual([
      ['group', 'build curl', {}],
      ['endgroup', '', {}],
      ['error', 'bad key', {file: 'curl/build-config.yaml', line: '2'}],
    ]);
  });

  it('masks a registered secret in every log line, output and summary', async () => {
    const {platform, files, printed} = step();
    platform.log.addSecret('hunter22');
    platform.log.info('password is hunter22');
    platform.log.error('auth failed for user:hunter22');
    platform.log.debug('hunter22');
    await platform.log.group('hunter22', async () => {});
    await platform.setOutputs({token: 'hunter22'}, '.');
    await platform.summary('Login', 'used hunter22');
    expect(printed()).toContain('::add-mask::hunter22\n');
    expect(printed().replace('::add-mask::hunter22\n', '')).not.toContain('hunter22');
    expect(readFileSync(files.output, 'utf8')).not.toContain('hunter22');
    expect(readFileSync(files.summary, 'utf8')).toBe('### Login\n\nused ***\n');
  });

  it('skips the summary where the runner gives no summary file', async () => {
    const platform = githubRunner({GITHUB_ACTIONS: 'true'});
    await expect(platform.summary('Plan', 'x')).resolves.toBeUndefined();
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

  it('starts no workflow command from a log line, and our own commands still run after it', () => {
    const {platform, printed} = step();
    for (const text of hostile) platform.log.info(text);
    platform.log.warning('ours');
    const reading = readRunnerCommands(printed());
    expect(reading.stoppedAtEnd).toBe(false);
    expect(reading.commands.filter((c) => JSON.stringify(c).includes('pwned'))).toEqual([]);
    const stops = reading.commands.filter((c) => c.name === 'stop-commands').map((c) => c.data);
    expect(stops.length).toBeGreaterThan(0);
    for (const token of stops) expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(reading.commands.at(-1)).toMatchObject({name: 'warning', data: 'ours'});
    // The text itself is in the log, line for line, for people to read.
    for (const line of hostile.flatMap((t) => t.split(/\r|\n/)))
      expect(`\n${printed()}`).toContain(`\n${line}\n`);
  });

  it('starts none from an annotation, a group title, a debug line or a file name', async () => {
    const {platform, printed} = step();
    for (const text of hostile) {
      platform.log.warning(text, {file: `${text}.yaml`, line: 1});
      platform.log.error(text);
      platform.log.debug(text);
      await platform.log.group(text, async () => {});
    }
    const reading = readRunnerCommands(printed());
    expect(reading.stoppedAtEnd).toBe(false);
    expect(reading.commands.filter((c) => c.data.startsWith('pwned'))).toEqual([]);
    expect(new Set(reading.commands.map((c) => c.name))).toEqual(
      new Set(['warning', 'error', 'debug', 'group', 'endgroup']),
    );
    expect(reading.commands).toHaveLength(hostile.length * 5);
  });

  it('leaves plain lines as they are', () => {
    const {platform, printed} = step();
    platform.log.info('STEP 1/2: FROM scratch\ndone');
    expect(printed()).toBe('STEP 1/2: FROM scratch\ndone\n');
  });
});
