import type {Exec, ExecOptions} from '../ports.js';

/**
 * Git's settings for every call of the core: paths printed as they are (no octal quoting of
 * non-ASCII names) and no pager.
 */
const GIT_CONFIG = ['-c', 'core.quotepath=off', '-c', 'core.pager=cat'];

/** Runs git in `cwd` and returns its standard output; a non-zero exit throws `ExecError`. */
export async function git(
  exec: Exec,
  cwd: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<string> {
  const result = await exec.run('git', [...GIT_CONFIG, ...args], {...options, cwd});
  return result.stdout;
}

/** Runs git for a question it answers with its exit code (`merge-base --is-ancestor`, `cat-file -e`). */
export async function gitSucceeds(exec: Exec, cwd: string, args: readonly string[]): Promise<boolean> {
  const result = await exec.run('git', [...GIT_CONFIG, ...args], {cwd, allowFailure: true});
  return result.exitCode === 0;
}
