import {randomUUID} from 'node:crypto';
import {appendFileSync} from 'node:fs';
import type {SourceLocation} from '../ports.js';

/**
 * The runner's workflow-command protocol, written directly: `::cmd k=v::data` lines on stdout and
 * the `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files. This is what @actions/core writes (a test
 * compares the two byte for byte); doing it here keeps 50 ms of undici loading off every step.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

/**
 * Whether the runner could read `line` as a workflow command: `::name::` after leading
 * whitespace, or the older `##[name]` anywhere in the line (actions/runner ActionCommand.cs
 * tries both on every line of a step's stdout and stderr). Any `::` counts, which is cautious.
 */
function mayRunCommand(line: string): boolean {
  return line.includes('::') || line.includes('##[');
}

/**
 * Text we did not write (tool output, and messages holding names, args or values from the
 * repository) made inert for the runner. It splits lines where the runner does (\n, \r, \r\n);
 * every run of lines it could read as commands is printed as it is between
 * `::stop-commands::<token>` and `::<token>::`, with a fresh random token that the text cannot
 * know, so nothing in it can annotate, mask, group, or stop our own commands.
 */
export function inertText(text: string, newToken: () => string = randomUUID): string {
  const lines = text.split(/\r\n|\r|\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    if (!mayRunCommand(lines[i] as string)) {
      out += `${lines[i]}\n`;
      continue;
    }
    const token = newToken();
    out += `::stop-commands::${token}\n`;
    for (; i < lines.length && mayRunCommand(lines[i] as string); i++) out += `${lines[i]}\n`;
    out += `::${token}::\n`;
    i--;
  }
  return out;
}

export function annotationProperties(location?: SourceLocation): Record<string, string | number | undefined> {
  return location ? {file: location.file, line: location.line, col: location.column} : {};
}

/** One `name<<delimiter` block of a GitHub file command, as the runner parses it. */
export function fileCommandBlock(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name} contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export function appendFileCommand(file: string, text: string): void {
  appendFileSync(file, text, {encoding: 'utf8'});
}
