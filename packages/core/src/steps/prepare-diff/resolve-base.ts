import {isAncestor, isShallow, mergeBase, resolveCommit} from '../../git/commits.js';
import {
  deepenUntil,
  fetchBranch,
  fetchCommit,
  FULL_COMMIT_ID,
  isSafeRefName,
  REMOTE,
  type HistoryContext,
} from '../../git/deepen.js';
import {UserError} from '../../errors.js';
import {newBranch, type BaseChoice} from '../../plan/base.js';

/** A choice made concrete: two commits to diff, or a selection that needs no diff. */
export type ResolvedBase =
  | {kind: 'diff'; base: string; head: string; why: string}
  | {kind: 'all'; why: string; drift?: true}
  | {kind: 'list'; why: string};

/** Turns the choice into commits, fetching what a shallow or single-branch clone lacks. */
export async function resolveBase(
  context: HistoryContext,
  choice: BaseChoice,
  head: string,
): Promise<ResolvedBase> {
  switch (choice.kind) {
    case 'all':
    case 'list':
      return choice;
    case 'compare':
      return compareWith(context, choice, head);
    case 'push':
      return sincePush(context, choice, head);
    case 'branch-point':
      return sinceBranchPoint(context, choice, head);
  }
}

/** Three dots: what head changed since it and `rev` parted (the pull request view). */
async function compareWith(
  context: HistoryContext,
  choice: Extract<BaseChoice, {kind: 'compare'}>,
  head: string,
): Promise<ResolvedBase> {
  const base = await findCommit(context, choice.rev, choice.branch);
  if (base === undefined) {
    const where = choice.explicit ? 'the base input' : `the ${choice.why.split(':')[0]} event's base`;
    throw new UserError(
      `base "${choice.rev}" does not exist: it is neither a commit, branch nor tag of this clone nor of its remote origin; check ${where} (a SHA, a branch or a tag)`,
      {field: choice.explicit ? 'input base' : undefined},
    );
  }
  const point = await deepenUntil(context, [head, base], () =>
    mergeBase(context.exec, context.cwd, base, head),
  );
  if (point === undefined) {
    context.log.warning(
      `${choice.rev} and ${head.slice(0, 12)} share no history: comparing their trees directly`,
    );
    return {kind: 'diff', base, head, why: choice.why};
  }
  return {kind: 'diff', base: point, head, why: choice.why};
}

/** A push compares with `before`, unless `before` is not in head's history: then it was a force push. */
async function sincePush(
  context: HistoryContext,
  choice: Extract<BaseChoice, {kind: 'push'}>,
  head: string,
): Promise<ResolvedBase> {
  const before = (await findCommit(context, choice.before)) ?? choice.before;
  // `merge-base --is-ancestor` also fails while `before` is not here: deepening may bring it.
  const reached = await deepenUntil(context, [head, before], async () =>
    (await isAncestor(context.exec, context.cwd, before, head)) ? before : undefined,
  );
  if (reached !== undefined) return {kind: 'diff', base: reached, head, why: choice.why};
  context.log.info(
    `${choice.before.slice(0, 12)} is not in the history of ${head.slice(0, 12)}: a force push, treated as a new branch`,
  );
  const fallback = newBranch({defaultBranch: choice.defaultBranch, refName: choice.refName}, 'force push');
  return resolveBase(context, fallback, head);
}

/** A new branch: what it changed since it left the default branch; every image when that cannot be known. */
async function sinceBranchPoint(
  context: HistoryContext,
  choice: Extract<BaseChoice, {kind: 'branch-point'}>,
  head: string,
): Promise<ResolvedBase> {
  const tip =
    (await fetchBranch(context, choice.defaultBranch)) ??
    (await resolveCommit(context.exec, context.cwd, `refs/remotes/origin/${choice.defaultBranch}`)) ??
    (await resolveCommit(context.exec, context.cwd, `refs/heads/${choice.defaultBranch}`));
  if (tip === undefined) {
    return {
      kind: 'all',
      why: `${choice.why.split(':')[0]}: the default branch ${choice.defaultBranch} cannot be fetched: every image`,
    };
  }
  const point = await deepenUntil(context, [head, tip], () =>
    mergeBase(context.exec, context.cwd, tip, head),
  );
  if (point === undefined) {
    return {
      kind: 'all',
      why: `${choice.why.split(':')[0]}: no history shared with ${choice.defaultBranch}: every image`,
    };
  }
  return {kind: 'diff', base: point, head, why: choice.why};
}

/**
 * `rev` as a commit of this clone, fetching it from origin when missing: by SHA, as a branch
 * (into `refs/remotes/origin/`), or as a tag.
 */
export async function findCommit(
  context: HistoryContext,
  rev: string,
  branch?: string,
): Promise<string | undefined> {
  // `HEAD~2` and `v1.0^` are fine to resolve; nothing that git could take for an option is.
  if (rev.startsWith('-') || /[\s\0]/.test(rev)) return undefined;
  const here = await resolveCommit(context.exec, context.cwd, rev);
  if (here !== undefined) return here;
  if (await fetchCommit(context, rev)) return resolveCommit(context.exec, context.cwd, rev);
  // A full commit id the remote does not have (a push before a force push) names no branch or
  // tag either: asking for those would be two more fetches that cannot succeed.
  if (branch === undefined && FULL_COMMIT_ID.test(rev)) return undefined;
  const name = branch ?? rev.replace(/^refs\/(heads|remotes\/origin)\//, '');
  if (!isSafeRefName(name)) return undefined;
  const fetched = await fetchBranch(context, name);
  // The branch's tip is the answer when the branch was asked for; a SHA must be in what came.
  if (fetched !== undefined)
    return branch === undefined ? fetched : resolveCommit(context.exec, context.cwd, rev);
  return fetchTag(context, name);
}

async function fetchTag(context: HistoryContext, tag: string): Promise<string | undefined> {
  const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
  const result = await context.exec.run(
    'git',
    ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, `+refs/tags/${tag}:refs/tags/${tag}`],
    {cwd: context.cwd, allowFailure: true},
  );
  return result.exitCode === 0 ? resolveCommit(context.exec, context.cwd, `refs/tags/${tag}`) : undefined;
}
