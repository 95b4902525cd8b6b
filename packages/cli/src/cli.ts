import {parseArgs, type ParseArgsConfig} from 'node:util';
import {createPorts, errorMessage, type Env, type Ports} from '@hephy-builder/core';
import {createLocalPlatform} from '@hephy-builder/core/platform/local';
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
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): Promise<number>;
}

/** Thrown for a wrong command line; answered with the usage and exit code 2. */
export class UsageError extends Error {}

const commands = new Map<string, () => Promise<Command>>([]);

/** Adds a command; each lives in commands/<name>.ts and is loaded only when called. */
export function registerCommand(name: string, load: () => Promise<Command>): void {
  commands.set(name, load);
}

function help(): string {
  const names = [...commands.keys()].join(', ');
  return `usage: hephy-builder <command> [options]\ncommands: ${names}\nRun hephy-builder <command> --help for its options.\n`;
}

export async function runCli(
  argv: readonly string[],
  env: Env,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const {registerAll} = await import('./commands/index.js');
  registerAll();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const load = commands.get(name);
  const platform = createLocalPlatform(env);
  if (!load) {
    platform.log.error(`unknown command "${name}"\n${help()}`);
    return EXIT_USAGE;
  }
  const command = await load();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {...command.options, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
    });
  } catch (error) {
    platform.log.error(`${errorMessage(error)}\nusage: ${command.usage}`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    out(`${command.summary}\nusage: ${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      platform,
      ports: createPorts(platform, env),
      out,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      platform.log.error(`${error.message}\nusage: ${command.usage}`);
      return EXIT_USAGE;
    }
    platform.log.error(platform.log.mask(errorMessage(error)));
    return EXIT_INVALID;
  }
}
