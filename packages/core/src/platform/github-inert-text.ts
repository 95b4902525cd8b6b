import {randomUUID} from 'node:crypto';

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
 * repository) made inert for the runner, for `core.info`, which prints its text as it is: the
 * annotations, groups and masks of @actions/core escape their data onto one line, but a line of
 * plain log can still be read as a command. It splits lines where the runner does (\n, \r, \r\n);
 * every run of lines it could read as commands is printed as it is between
 * `::stop-commands::<token>` and `::<token>::`, with a fresh random token that the text cannot
 * know, so nothing in it can annotate, mask, group, or stop our own commands. @actions/core has
 * no call for this pair (the runner's documented way to print untrusted text), hence these lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions#stopping-and-starting-workflow-commands
 */
export function inertText(text: string, newToken: () => string = randomUUID): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!mayRunCommand(lines[i] as string)) {
      out.push(lines[i] as string);
      continue;
    }
    const token = newToken();
    out.push(`::stop-commands::${token}`);
    for (; i < lines.length && mayRunCommand(lines[i] as string); i++) out.push(lines[i] as string);
    out.push(`::${token}::`);
    i--;
  }
  return out.join('\n');
}
