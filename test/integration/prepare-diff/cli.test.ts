import {describe, expect, it} from 'vitest';
import {runCli} from '../../../packages/cli/src/cli.js';
import {cloneRepo} from '../../helpers/git.js';
import {tempDir} from '../../helpers/tmp.js';
import {imageMonorepo, readOutputFile} from './fixture.js';

async function cli(args: string[]) {
  let out = '';
  const code = await runCli(args, {PATH: process.env.PATH, HOME: process.env.HOME}, (text) => (out += text));
  return {code, out};
}

describe('hephy-builder plan', () => {
  const repo = imageMonorepo();
  const base = repo.head();
  repo.commit('curl', {'curl/Dockerfile': 'FROM alpine:edge\n'});
  const clone = cloneRepo(repo);

  it('prints the images since --base in build order, with why', async () => {
    const {code, out} = await cli(['plan', '--base', base, '--root', clone.dir]);
    expect(code).toBe(0);
    expect(out).toContain('changes since the base input');
    expect(out).toMatch(/1\. curl\s+linux\/amd64,linux\/arm64\n\s+modified curl\/Dockerfile/);
    expect(out).toMatch(/2\. manifest-tool .*\(on curl\)/);
    expect(out).toContain('dirs: curl manifest-tool app');
  });

  it('takes any revision git understands as --base', async () => {
    const {code, out} = await cli(['plan', '--base', 'HEAD~1', '--root', clone.dir, '--no-dependents']);
    expect(code).toBe(0);
    expect(out).toContain('dirs: curl\n');
  });

  it('without --base plans every image; --json prints plan.json; --output-dir writes the files', async () => {
    const outputDir = tempDir();
    const {code, out} = await cli(['plan', '--root', clone.dir, '--json', '--output-dir', outputDir]);
    expect(code).toBe(0);
    expect(JSON.parse(out).images).toHaveLength(5);
    expect(readOutputFile(outputDir, 'dirs.txt')?.split('\n')).toHaveLength(6);
  });

  it('exits 1 for a base that does not exist and 2 for a wrong command line', async () => {
    expect((await cli(['plan', '--base', 'nope', '--root', clone.dir])).code).toBe(1);
    expect((await cli(['plan', '--mode', 'sometimes', '--root', clone.dir])).code).toBe(2);
    expect((await cli(['plan', '--bogus'])).code).toBe(2);
  });

  it('refuses an upstream_repo holding credentials, masked whole, and writes no plan.json', async () => {
    const secret = 'p@ss-9f8e7d6c';
    const hostile = imageMonorepo();
    const before = hostile.head();
    hostile.commit('private upstream', {
      'kaniko/build-config.yaml': `upstream_repo: https://bot:${secret}@github.com/o/kaniko\nupstream_ref: v1\n`,
    });
    const outputDir = tempDir();
    let stderr = '';
    const realWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((text: string) => ((stderr += text), true)) as typeof process.stderr.write;
    const {code, out} = await cli([
      'plan',
      '--base',
      before,
      '--root',
      cloneRepo(hostile).dir,
      '--output-dir',
      outputDir,
    ]).finally(() => (process.stderr.write = realWrite));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'kaniko/build-config.yaml:1:16: upstream_repo: `https://***@github.com/o/kaniko` holds credentials',
    );
    expect(stderr).toContain('git credential helper or a CI variable');
    expect(stderr + out).not.toContain('9f8e7d6c');
    expect(readOutputFile(outputDir, 'plan.json')).toBeUndefined();
  });
});
