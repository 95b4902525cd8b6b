import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {runProcess} from './process.js';
import {node24, repoRoot} from './runner.js';
import {tempDir} from './tmp.js';

export interface LocalActionRun {
  exitCode: number;
  /** Everything local-action printed: its banners, the step's log, the outputs table. */
  log: string;
  /** The outputs local-action reports under "Action Outputs" (from its @actions/core stand-in). */
  outputs: Record<string, string>;
}

/**
 * Runs `actions/<step>` through GitHub's own debugging tool, as its README says:
 * `npx @github/local-action run actions/<step> src/main.ts .env`. It imports `src/main.ts` with
 * tsx, replaces @actions/core with its recorder, calls the exported `run()`, and prints the
 * outputs the step set. `env` becomes the `.env` file (inputs as `INPUT_<NAME>`); nothing of this
 * process's environment but PATH and HOME reaches the step, and Node 24 (the runtime every
 * action.yml names) comes first on PATH.
 */
export async function runLocalAction(step: string, env: Record<string, string>): Promise<LocalActionRun> {
  const dotenv = path.join(tempDir('hephy-local-action-'), '.env');
  const lines = Object.entries(env).map(([name, value]) => {
    if (/["\n\\]/.test(value))
      throw new Error(`${name}: a .env value here holds no quote, backslash or newline`);
    return `${name}="${value}"`;
  });
  writeFileSync(dotenv, `${lines.join('\n')}\n`);
  const bin = path.join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
  const run = await runProcess(node24, [bin, 'run', `actions/${step}`, 'src/main.ts', dotenv], {
    cwd: repoRoot,
    env: {
      PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '',
      NO_COLOR: '1',
    },
  });
  const log = run.stdout + run.stderr;
  return {exitCode: run.status ?? 1, log, outputs: reportedOutputs(run.stdout)};
}

/** The rows of the table local-action prints after its "Action Outputs" banner (console.table). */
export function reportedOutputs(stdout: string): Record<string, string> {
  const section = stdout.slice(stdout.lastIndexOf('Action Outputs'));
  const outputs: Record<string, string> = {};
  for (const line of section.split('\n')) {
    const cells = line.split('│').map((cell) => cell.trim());
    // │ (index) │ Output │ Value │, then │ 0 │ 'dirs' │ 'curl' │
    if (cells.length !== 5 || !/^\d+$/.test(cells[1] as string)) continue;
    outputs[unquote(cells[2] as string)] = unquote(cells[3] as string);
  }
  return outputs;
}

/** A string as util.inspect quotes it: in ', or in " when it holds a '. */
function unquote(cell: string): string {
  const quote = cell[0];
  if ((quote !== "'" && quote !== '"') || cell.at(-1) !== quote) return cell;
  return cell.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}
