import type {Exec} from '../ports.js';
import {git, gitSucceeds} from './git.js';

/** The commit `rev` names (a SHA, branch, tag, `HEAD~2`), or undefined when this clone lacks it. */
export async function resolveCommit(exec: Exec, cwd: string, rev: string): Promise<string | undefined> {
  const result = await exec.run(
    'git',
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    {
      cwd,
      allowFailure: true,
    },
  );
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The best common ancestor of `a` and `b`, or undefined when the history here has none. */
export async function mergeBase(exec: Exec, cwd: string, a: string, b: string): Promise<string | undefined> {
  const result = await exec.run('git', ['merge-base', a, b], {cwd, allowFailure: true});
  return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
}

/** Whether `ancestor` is in the history of `descendant` as far as this clone knows it. */
export function isAncestor(exec: Exec, cwd: string, ancestor: string, descendant: string): Promise<boolean> {
  return gitSucceeds(exec, cwd, ['merge-base', '--is-ancestor', ancestor, descendant]);
}

/** Whether this clone is shallow (made with `--depth`): history beyond its boundary is not here. */
export async function isShallow(exec: Exec, cwd: string): Promise<boolean> {
  return (await git(exec, cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Whether the remote `name` is configured. */
export async function hasRemote(exec: Exec, cwd: string, name: string): Promise<boolean> {
  return gitSucceeds(exec, cwd, ['remote', 'get-url', name]);
}
