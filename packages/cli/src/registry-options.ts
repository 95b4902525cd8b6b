import {readFileSync} from 'node:fs';
import {cliDefault} from '@hephy-builder/core/inputs/cli';
import {IMAGE_SET_INPUTS} from '@hephy-builder/core/inputs/image-set';
import type {InputValues} from '@hephy-builder/core/inputs/table';
import type {Reference} from '@hephy-builder/core/shared/reference';
import {parseTarget} from '@hephy-builder/core/steps/common/registry';
import {UsageError, type CommandContext} from './command.js';
import {readCommandInputs} from './command-inputs.js';

/** Where the CLI keeps images when no repository is given: image-set's CLI default, an OCI layout. */
export const DEFAULT_TARGET = cliDefault(IMAGE_SET_INPUTS, 'repository');

/**
 * The inputs of a step that works on a set of images (merge-manifest, retag), from its table's
 * CLI flags; the password comes from standard input (--password-stdin), never from argv.
 */
export function readRegistryInputs<T extends typeof IMAGE_SET_INPUTS>(
  table: T,
  context: CommandContext,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
): InputValues<T> & {target: Reference} {
  const {values, positionals, platform} = context;
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const inputs = readCommandInputs(table, values, {
    readStdin,
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  const {password, username} = inputs as InputValues<typeof IMAGE_SET_INPUTS>;
  if (password && !username) throw new UsageError('--password-stdin needs --username');
  // Parsed once, here: a bad repository fails before any other work, naming the option.
  const {repository} = inputs as InputValues<typeof IMAGE_SET_INPUTS>;
  return {...inputs, target: parseTarget(repository, 'option repository')};
}
