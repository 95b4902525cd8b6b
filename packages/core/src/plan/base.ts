import {UserError} from '../errors.js';
import {ZERO_SHA, type CiEvent} from '../shared/event.js';

export const MODES = ['auto', 'changed', 'all', 'list', 'drift'] as const;
export type Mode = (typeof MODES)[number];

/**
 * What to compare against, decided from the mode, the `base` input and the event alone (no git
 * yet). `resolveBase` then turns it into commits, fetching and deepening as needed.
 */
export type BaseChoice =
  /** Every image directory; `drift`: for a scheduled run that is meant to reuse all but what moved. */
  | {kind: 'all'; why: string; drift?: true}
  /** The rebuild list. */
  | {kind: 'list'; why: string}
  /** Changes since the merge-base of `rev` and head (three dots); `branch` is fetched when `rev` is missing. */
  | {kind: 'compare'; rev: string; branch?: string; explicit: boolean; why: string}
  /** A push: changes since `before`, unless `before` is not in head's history (a force push). */
  | {kind: 'push'; before: string; defaultBranch?: string; refName?: string; why: string}
  /** A new branch: changes since it left the default branch. */
  | {kind: 'branch-point'; defaultBranch: string; why: string};

export interface BaseQuestion {
  mode: Mode;
  /** The `base` input ('' = not given). */
  base: string;
  event: CiEvent;
}

export function chooseBase({mode, base, event}: BaseQuestion): BaseChoice {
  if (mode === 'all') return {kind: 'all', why: 'mode all: every image'};
  if (mode === 'drift')
    return {
      kind: 'all',
      drift: true,
      why: 'mode drift: every image, each reused unless its inputs or a base image moved',
    };
  if (mode === 'list') return {kind: 'list', why: 'mode list: the rebuild list'};
  if (base !== '')
    return {kind: 'compare', rev: base, explicit: true, why: `changes since the base input ${base}`};
  switch (event.kind) {
    case 'pull_request':
      return choosePullRequestBase(event);
    case 'push':
      return choosePushBase(event);
    case 'schedule':
      if (mode === 'auto') return {kind: 'list', why: `${event.name}: the rebuild list`};
      break;
    case 'manual':
      if (mode === 'auto') return {kind: 'all', why: `${event.name} (manual run): every image`};
      break;
    case 'other':
      if (mode === 'auto')
        return {kind: 'all', why: `${event.name || 'this run'} has no base to compare with: every image`};
      break;
  }
  throw new UserError(
    `mode changed needs a base to compare with, and a ${event.name || 'local'} run has none: set the base input, or use mode auto, all, list or drift`,
    {field: 'input mode'},
  );
}

function choosePullRequestBase(event: CiEvent): BaseChoice {
  const what = `${event.name}: changes since the merge-base with ${event.baseRef ?? 'the target branch'}`;
  if (event.baseSha && !ZERO_SHA.test(event.baseSha)) {
    return {
      kind: 'compare',
      rev: event.baseSha,
      explicit: false,
      why: what,
      ...(event.baseRef ? {branch: event.baseRef} : {}),
    };
  }
  if (event.baseRef) {
    return {
      kind: 'compare',
      rev: `refs/remotes/origin/${event.baseRef}`,
      branch: event.baseRef,
      explicit: false,
      why: what,
    };
  }
  return newBranch(event, `${event.name} without a target branch`);
}

function choosePushBase(event: CiEvent): BaseChoice {
  if (!event.before || ZERO_SHA.test(event.before)) return newBranch(event, `${event.name} of a new branch`);
  if (event.forced) return newBranch(event, `force ${event.name}`);
  return {
    kind: 'push',
    before: event.before,
    why: `${event.name}: changes since ${event.before.slice(0, 12)}`,
    ...(event.defaultBranch ? {defaultBranch: event.defaultBranch} : {}),
    ...(event.refName ? {refName: event.refName} : {}),
  };
}

/**
 * A branch with no usable `before`: what it changed since it left the default branch. The
 * default branch itself (its first push) and a repository whose default branch is unknown have
 * nothing to compare with, so every image is built.
 */
export function newBranch(event: Pick<CiEvent, 'defaultBranch' | 'refName'>, what: string): BaseChoice {
  if (!event.defaultBranch) return {kind: 'all', why: `${what}, default branch unknown: every image`};
  if (event.refName === event.defaultBranch) {
    return {kind: 'all', why: `${what} on the default branch ${event.defaultBranch}: every image`};
  }
  return {
    kind: 'branch-point',
    defaultBranch: event.defaultBranch,
    why: `${what}: changes since it left ${event.defaultBranch}`,
  };
}
