/**
 * Reads a step's output the way the GitHub runner does (actions/runner: ActionCommandManager
 * and ActionCommand.TryParseV2 / TryParse): line by line (\n, \r, \r\n), `::name props::data`
 * after leading whitespace, else `##[name props]data` anywhere in the line, command names in
 * any case, and `::stop-commands::<token>` ignoring every command until `::<token>::`.
 */
export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

export interface RunnerReading {
  /** The commands the runner would carry out (stop and resume included), in order. */
  commands: RunnerCommand[];
  /** True when the output left command processing stopped. */
  stoppedAtEnd: boolean;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
];

function unescape(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
  }
  return {name, properties, data: unescape(text.slice(end + 2)), line};
}

function parseV1(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return {name, properties: {}, data: unescape(line.slice(close + 1)), line};
}

export function readRunnerCommands(output: string): RunnerReading {
  const registered = new Set(REGISTERED);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, registered) ?? parseV1(line, registered);
    if (!command) continue;
    const name = command.name.toLowerCase();
    if (stopToken !== undefined) {
      // An empty token is never resumed: the runner then ignores commands to the end of the step.
      if (stopToken !== '' && name === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
        commands.push(command);
      }
      continue;
    }
    if (name === 'stop-commands') {
      stopToken = command.data.toLowerCase();
      registered.add(stopToken);
    }
    commands.push(command);
  }
  return {commands, stoppedAtEnd: stopToken !== undefined};
}
