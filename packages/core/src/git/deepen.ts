import {UserError} from '../errors.js';
import type {Exec, Logger} from '../ports.js';
import {hasRemote, isShallow, resolveCommit} from './commits.js';
import {git} from './git.js';

/** Where history comes from when this clone lacks it. */
export const REMOTE = 'origin';
/** First `--deepen`, doubled each round (tj-actions/changed-files starts at 25 as well). */
const FIRST_DEEPEN = 25;
/** Rounds of doubling before giving up on deepening and fetching the whole history. */
const DEEPEN_ROUNDS = 5;

export interface HistoryContext {
  exec: Exec;
  cwd: string;
  log: Logger;
}

/** A full commit id: SHA-1, or SHA-256 in a sha256 repository. */
export const FULL_COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * Fetches one commit by its SHA (only its own tree in a shallow clone; history comes from
 * `deepenUntil`). Returns whether the commit is here afterwards.
 */
export async function fetchCommit(context: HistoryContext, sha: string): Promise<boolean> {
  if (!FULL_COMMIT_ID.test(sha) || !(await hasRemote(context.exec, context.cwd, REMOTE))) return false;
  const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
  const result = await context.exec.run('git', ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, sha], {
    cwd: context.cwd,
    allowFailure: true,
  });
  if (result.exitCode !== 0)
    context.log.debug(`could not fetch ${sha} from ${REMOTE}: ${result.stderr.trim()}`);
  return result.exitCode === 0;
}

/**
 * Fetches a branch of the remote into `refs/remotes/origin/<branch>` (one commit deep in a
 * shallow clone) and returns its commit, or undefined when the remote has no such branch.
 */
export async function fetchBranch(context: HistoryContext, branch: string): Promise<string | undefined> {
  if (!isSafeRefName(branch) || !(await hasRemote(context.exec, context.cwd, REMOTE))) return undefined;
  const tracking = `refs/remotes/${REMOTE}/${branch}`;
  const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
  const result = await context.exec.run(
    'git',
    ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, `+refs/heads/${branch}:${tracking}`],
    {cwd: context.cwd, allowFailure: true},
  );
  if (result.exitCode !== 0) {
    context.log.debug(`could not fetch branch ${branch} from ${REMOTE}: ${result.stderr.trim()}`);
    return undefined;
  }
  return resolveCommit(context.exec, context.cwd, tracking);
}

/** A ref name we may pass to git: no option-like start, no spaces or control characters, no `..`. */
export function isSafeRefName(name: string): boolean {
  if (name === '' || name.startsWith('-') || name.includes('..') || name.includes('@{')) return false;
  // git check-ref-format's forbidden characters, and any control character.
  return ![...name].some((char) => char <= ' ' || char === '\x7f' || '~^:?*[\\'.includes(char));
}

/**
 * Answers `question` against this clone's history, deepening a shallow clone until it can:
 * `--deepen` by 25, 50, 100, ... commits for a bounded number of rounds, then `--unshallow`.
 * `wants` are the commits whose history is needed (fetched by SHA, so no other branch comes
 * along). Returns undefined when even the whole history has no answer.
 */
export async function deepenUntil<T>(
  context: HistoryContext,
  wants: readonly string[],
  question: () => Promise<T | undefined>,
): Promise<T | undefined> {
  let answer = await question();
  if (answer !== undefined || !(await isShallow(context.exec, context.cwd))) return answer;
  if (!(await hasRemote(context.exec, context.cwd, REMOTE))) {
    throw new UserError(
      `this clone is shallow and has no remote "${REMOTE}" to fetch more history from: clone with the full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)`,
    );
  }
  for (let round = 0, depth = FIRST_DEEPEN; round < DEEPEN_ROUNDS; round++, depth *= 2) {
    context.log.info(`shallow clone: fetching ${depth} more commits of history`);
    await fetchHistory(context, [`--deepen=${depth}`], wants);
    answer = await question();
    if (answer !== undefined || !(await isShallow(context.exec, context.cwd))) return answer;
  }
  context.log.info('shallow clone: fetching the whole history');
  await fetchHistory(context, ['--unshallow'], wants);
  return question();
}

async function fetchHistory(context: HistoryContext, how: string[], wants: readonly string[]): Promise<void> {
  const shas = wants.filter((want) => FULL_COMMIT_ID.test(want));
  const args = ['fetch', '--quiet', '--no-tags', ...how, REMOTE];
  const result = await context.exec.run('git', [...args, ...shas], {cwd: context.cwd, allowFailure: true});
  // A server that refuses wants by SHA still deepens along the remote's configured branches.
  if (result.exitCode !== 0) await git(context.exec, context.cwd, args);
}
