import type {Exec} from '../ports.js';

/** One matching line of `git grep`. */
export interface GrepHit {
  /** Relative to where git ran. */
  file: string;
  line: number;
  text: string;
}

/**
 * The lines of tracked files under `cwd` containing any of the strings (`fixed`, much the
 * faster) or matching any of the extended regular expressions, in one git process
 * (multi-threaded, and running while the caller does other work). Undefined when git cannot
 * answer (not a repository), so the caller can read the files itself.
 */
export async function grepLines(
  exec: Exec,
  cwd: string,
  patterns: readonly string[],
  pathspecs: readonly string[],
  syntax: 'fixed' | 'extended' = 'extended',
): Promise<GrepHit[] | undefined> {
  const args = [
    'grep',
    '-z',
    '-n',
    '-I',
    '--no-color',
    syntax === 'fixed' ? '-F' : '-E',
    ...patterns.flatMap((p) => ['-e', p]),
    '--',
    ...pathspecs,
  ];
  const result = await exec.run('git', args, {cwd, allowFailure: true});
  if (result.exitCode === 1 && result.stderr.trim() === '') return [];
  if (result.exitCode !== 0) return undefined;
  return parseGrepOutput(result.stdout);
}

/** `git grep -z -n` output: `file\0line\0text\n` per hit. */
export function parseGrepOutput(output: string): GrepHit[] {
  const hits: GrepHit[] = [];
  let at = 0;
  while (at < output.length) {
    const fileEnd = output.indexOf('\0', at);
    const lineEnd = output.indexOf('\0', fileEnd + 1);
    if (fileEnd === -1 || lineEnd === -1) break;
    let textEnd = output.indexOf('\n', lineEnd + 1);
    if (textEnd === -1) textEnd = output.length;
    hits.push({
      file: output.slice(at, fileEnd),
      line: Number(output.slice(fileEnd + 1, lineEnd)),
      text: output.slice(lineEnd + 1, textEnd),
    });
    at = textEnd + 1;
  }
  return hits;
}
