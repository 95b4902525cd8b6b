import {describe, expect, it, vi} from 'vitest';
import {runCli} from '../../../packages/cli/src/cli.js';
import {EXIT_INVALID, EXIT_OK, EXIT_USAGE} from '../../../packages/cli/src/command.js';

/** Runs the CLI and returns its exit code, standard output and standard error. */
async function cli(argv: string[]): Promise<{code: number; out: string; err: string}> {
  let out = '';
  const err: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await runCli(argv, {}, (text) => (out += text));
    return {code, out, err: err.join('')};
  } finally {
    spy.mockRestore();
  }
}

describe('the command table', () => {
  it('lists every command in the help', async () => {
    const {code, out} = await cli(['help']);
    expect(code).toBe(EXIT_OK);
    expect(out).toContain('commands: version, plan, validate, merge-manifest, retag, ls, build');
  });

  it('refuses a name that is only a property of every object as an unknown command', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const {code, err} = await cli([name]);
      expect(code, name).toBe(EXIT_USAGE);
      expect(err, name).toContain(`unknown command "${name}"`);
    }
  });

  it('loads a command when it is named', async () => {
    const {code, out} = await cli(['version', '--help']);
    expect(code).toBe(EXIT_OK);
    expect(out).toMatch(/^\S.*\nusage: hephy-builder version/);
  });
});

describe('--repository', () => {
  it.each(['merge-manifest', 'retag'])(
    '%s refuses a bad one before it reads anything else',
    async (command) => {
      const root = '/nonexistent/hephy-cli-root';
      const {code, err} = await cli([
        command,
        '--repository',
        'ghcr.io/Team/images',
        '--root',
        root,
        '--dirs',
        'app',
      ]);
      expect(code).toBe(EXIT_INVALID);
      expect(err).toMatch(/option repository: .*not a valid image reference/);
      expect(err).not.toContain(root);
    },
  );
});
