import {COMMANDS} from './commands/index.js';
import {EXIT_OK, EXIT_INVALID, EXIT_USAGE, UsageError} from './command.js';
import {parseArgs} from 'node:util';
import {BUG_NOTE, createPorts, errorMessage, isBug, type Env} from '@hephy-builder/core';
import {createLocalPlatform} from '@hephy-builder/core/platform/local';

function help(): string {
  const names = Object.keys(COMMANDS).join(', ');
  return `usage: hephy-builder <command> [options]\ncommands: ${names}\nRun hephy-builder <command> --help for its options.\n`;
}

export async function runCli(
  argv: readonly string[],
  env: Env,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
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
    out(`${command.summary}\nusage: ${command.usage}\n${command.help ? `${command.help}\n` : ''}`);
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
    // A bug, not a user's mistake or an outside failure: say so, with where it happened.
    if (isBug(error)) {
      const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
      platform.log.error(platform.log.mask(`${BUG_NOTE}${stack}`));
    }
    return EXIT_INVALID;
  }
}
