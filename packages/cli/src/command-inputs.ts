import {UserError} from '@hephy-builder/core/errors';
import {cliFlag, cliReader} from '@hephy-builder/core/inputs/cli';
import {
  readInputs,
  type InputTable,
  type InputValues,
  type ReadOptions,
} from '@hephy-builder/core/inputs/table';
import {UsageError} from './command.js';

/**
 * A command's options as the step's typed inputs, through the step's table with its CLI defaults;
 * a wrong value is a wrong command line (usage, exit 2), named by its flag.
 */
export function readCommandInputs<T extends InputTable>(
  table: T,
  values: Readonly<Record<string, unknown>>,
  {readStdin, ...options}: Omit<ReadOptions, 'surface'> & {readStdin?: () => string} = {},
): InputValues<T> {
  try {
    return readInputs(table, cliReader(table, values, readStdin), {...options, surface: 'cli'});
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const name = /^input (\S+)$/.exec(error.field ?? '')?.[1];
    if (name && Object.hasOwn(table, name))
      throw new UsageError(`--${cliFlag(table, name)} ${error.message}`);
    throw error;
  }
}
