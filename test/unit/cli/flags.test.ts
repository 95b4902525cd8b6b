import {describe, expect, it} from 'vitest';
import {BUILD_COMMAND_INPUTS, parseBuildOptions} from '../../../packages/cli/src/build/options.js';
import {runCli} from '../../../packages/cli/src/cli.js';
import type {CommandContext} from '../../../packages/cli/src/command.js';
import {UsageError} from '../../../packages/cli/src/command.js';
import {COMMANDS} from '../../../packages/cli/src/commands/index.js';
import {readRegistryInputs} from '../../../packages/cli/src/registry-options.js';
import {cliFlag} from '../../../packages/core/src/inputs/cli.js';
import {STEP_INPUTS} from '../../../packages/core/src/inputs/index.js';
import {MERGE_MANIFEST_INPUTS} from '../../../packages/core/src/inputs/merge-manifest.js';
import {RETAG_INPUTS} from '../../../packages/core/src/inputs/retag.js';
import {inputsOn, type InputTable} from '../../../packages/core/src/inputs/table.js';

/** The flags that are no step's input: how the command prints and runs, not what it builds. */
const CLI_ONLY = ['json', 'markdown', 'verbose', 'jobs'];

/** Every flag a table declares, as the input it sets. */
function flagsOf(table: InputTable): Map<string, string> {
  return new Map(inputsOn(table, 'cli').map((name) => [cliFlag(table, name), name]));
}

describe('the flags of plan, merge-manifest, retag, ls and build', () => {
  // Loading every command imports the registry client and the build pipeline: slow on a busy machine.
  it('each set a step input, or are on the short CLI-only list', async () => {
    const tables = [...Object.values(STEP_INPUTS), BUILD_COMMAND_INPUTS];
    const known = new Map(tables.flatMap((table) => [...flagsOf(table)]));
    for (const name of ['plan', 'merge-manifest', 'retag', 'ls', 'build']) {
      const command = await COMMANDS[name]!();
      for (const flag of Object.keys(command.options)) {
        expect(known.has(flag) || CLI_ONLY.includes(flag), `${name} --${flag}`).toBe(true);
      }
    }
    // build's own table is made of the steps' inputs, not new ones.
    for (const name of Object.keys(BUILD_COMMAND_INPUTS)) {
      expect(
        Object.values(STEP_INPUTS).some((table) => Object.hasOwn(table, name)),
        name,
      ).toBe(true);
    }
  }, 60_000);

  it('keep their spellings: --insecure-registry repeated, --password-stdin, --tag, --no-verify-platforms', async () => {
    const options = {
      retag: (await COMMANDS.retag!()).options,
      merge: (await COMMANDS['merge-manifest']!()).options,
      build: (await COMMANDS.build!()).options,
    };
    expect(options.retag['insecure-registry']).toEqual({type: 'string', multiple: true});
    expect(options.retag['password-stdin']).toEqual({type: 'boolean'});
    expect(options.retag.tag).toEqual({type: 'string', multiple: true});
    expect(options.merge['no-verify-platforms']).toEqual({type: 'boolean'});
    expect(options.build.tags).toEqual({type: 'string'});
    expect(options.build['build-arg-env']).toEqual({type: 'string', multiple: true});
  }, 60_000);

  it('show one help line a flag, from the table', async () => {
    let out = '';
    expect(await runCli(['retag', '--help'], {}, (text) => (out += text))).toBe(0);
    expect(out).toContain(`  --tag  ${RETAG_INPUTS.tags.description}`);
    expect(out).toContain('  --repository  ');
    expect(out).toContain('(default oci:.hephy/images)');
  }, 60_000);
});

describe('the registry inputs of merge-manifest and retag', () => {
  const context = (values: CommandContext['values'], secrets: string[] = []) =>
    ({values, positionals: [], platform: {log: {addSecret: (s: string) => secrets.push(s)}}}) as never;

  it('default to the same OCI layout as build, written once', () => {
    const inputs = readRegistryInputs(MERGE_MANIFEST_INPUTS, context({}), () => '');
    expect(inputs.repository).toBe('oci:.hephy/images');
    expect(parseBuildOptions({}, []).repository).toBe(inputs.repository);
    expect(parseBuildOptions({}, []).outputDir).toBe('.hephy/work');
    expect(inputs.outputDir).toBe('.');
    expect(inputs.verifyPlatforms).toBe(true);
  });

  it('read the password from standard input once, masked, and only with a username', () => {
    const secrets: string[] = [];
    let reads = 0;
    const stdin = () => (reads++, 's3cret\n');
    const values = {'password-stdin': true, username: 'u', 'insecure-registry': ['a:5000,b:5000']};
    const inputs = readRegistryInputs(RETAG_INPUTS, context(values, secrets), stdin);
    expect(inputs.password).toBe('s3cret');
    expect(inputs.insecureRegistries).toEqual(['a:5000', 'b:5000']);
    expect(secrets).toEqual(['s3cret']);
    expect(reads).toBe(1);
    expect(() => readRegistryInputs(RETAG_INPUTS, context({'password-stdin': true}), stdin)).toThrow(
      new UsageError('--password-stdin needs --username'),
    );
  });

  it('name the flag of a bad value', () => {
    expect(() => readRegistryInputs(RETAG_INPUTS, context({naming: 'x'}), () => '')).toThrow(
      '--naming "x" is not one of tag-prefix, repository',
    );
  });
});
