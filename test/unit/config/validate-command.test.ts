import {cpSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {runCli} from '../../../packages/cli/src/cli.js';
import {tempDir} from '../../helpers/tmp.js';

const SEED = fileURLToPath(new URL('../../fixtures/seed', import.meta.url));

/** Runs `hephy-builder validate ...args` in-process in `cwd`; returns the exit code and standard output. */
async function validate(cwd: string, ...args: string[]): Promise<{code: number; out: string}> {
  const previous = process.cwd();
  process.chdir(cwd);
  let out = '';
  try {
    const code = await runCli(['validate', ...args], {}, (text) => (out += text));
    return {code, out};
  } finally {
    process.chdir(previous);
  }
}

function write(root: string, files: Record<string, string>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('hephy-builder validate', () => {
  let repo: string;
  let stderr: string;
  const realWrite = process.stderr.write.bind(process.stderr);
  beforeEach(() => {
    repo = write(tempDir(), {
      'curl/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
      'curl/Dockerfile': 'FROM scratch\n',
      'broken/build-config.yaml': 'use_local_context: true\nplatfroms: [linux/arm65]\n',
      'broken/Dockerfile': 'FROM scratch\n',
      'docs/README.md': 'not an image\n',
    });
    stderr = '';
    process.stderr.write = ((text: string) => ((stderr += text), true)) as typeof process.stderr.write;
  });
  afterEach(() => {
    process.stderr.write = realWrite;
  });

  test('with no paths it scans the current directory and reports every problem', async () => {
    const {code, out} = await validate(repo);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'FAIL broken/build-config.yaml',
        '  broken/build-config.yaml:2:1: platfroms: unknown key `platfroms` (did you mean `platforms`?)',
        'ok   curl/build-config.yaml',
        '1 of 2 configs invalid',
        '',
      ].join('\n'),
    );
  });

  test('an image directory, a config file of any name, and a root, named relative to the current directory', async () => {
    cpSync(path.join(SEED, 'kaniko'), path.join(repo, 'seed', 'kaniko'), {recursive: true});
    const {code, out} = await validate(
      path.dirname(repo),
      `${path.basename(repo)}/curl`,
      `${path.basename(repo)}/seed/kaniko/disabled-build-config.yaml`,
    );
    expect(code).toBe(0);
    expect(out).toBe(
      `ok   ${path.basename(repo)}/curl/build-config.yaml\nok   ${path.basename(repo)}/seed/kaniko/disabled-build-config.yaml\n2 configs valid\n`,
    );
  });

  test('inside an image directory, the directory itself is checked', async () => {
    expect(await validate(path.join(repo, 'curl'))).toEqual({
      code: 0,
      out: 'ok   build-config.yaml\n1 config valid\n',
    });
  });

  test('every seed config is valid', async () => {
    const {code, out} = await validate(SEED, '.', 'kaniko/disabled-build-config.yaml');
    expect(code).toBe(0);
    expect(out.split('\n').filter((line) => line.startsWith('ok   '))).toHaveLength(6);
  });

  test('a path that leaves the directory and a bad directory name', async () => {
    write(repo, {
      'Bad Name/build-config.yaml': 'use_local_context: true\ncontext_path: ../curl\n',
    });
    const {code, out} = await validate(repo, 'Bad Name');
    expect(code).toBe(1);
    expect(out).toContain(
      '  Bad Name/build-config.yaml: the directory name `Bad Name` cannot be part of an image name or tag',
    );
    expect(out).toContain(
      '  Bad Name/build-config.yaml:2:15: context_path: must stay inside the image directory; `../curl` leads out of it',
    );
  });

  test('malformed YAML', async () => {
    write(repo, {'yaml/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64\n'});
    const {code, out} = await validate(repo, 'yaml');
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL yaml\/build-config\.yaml\n {2}yaml\/build-config\.yaml:3:1: invalid YAML: /);
  });

  test('a directory with no configs is invalid; a missing path or an unknown option is a usage error', async () => {
    expect(await validate(repo, 'docs')).toEqual({
      code: 1,
      out: 'no build-config.yaml in docs or its direct children\n',
    });
    expect((await validate(repo, 'nowhere')).code).toBe(2);
    expect(stderr).toContain('nowhere: no such file or directory');
    expect((await validate(repo, '--strict')).code).toBe(2);
  });
});
