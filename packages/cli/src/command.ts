import type {ParseArgsConfig} from 'node:util';
import type {Ports} from '@hephy-builder/core';
import type {Platform} from '@hephy-builder/core/platform/platform';

/** Exit codes: 0 ok, 1 the input is invalid or the work failed, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** What a command receives: its parsed options, the rest of argv, and the ports. */
export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  platform: Platform;
  ports: Ports;
  /** Writes to standard output (results; logs go to standard error). */
  out: (text: string) => void;
}

export interface Command {
  summary: string;
  usage: string;
  /** One line a flag, shown by --help after the usage. */
  help?: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): Promise<number>;
}

/** Thrown for a wrong command line; answered with the usage and exit code 2. */
export class UsageError extends Error {}
