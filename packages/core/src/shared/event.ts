/**
 * What started this run, in one shape for GitHub and GitLab. prepare-diff chooses its base from
 * this; the two platforms' spellings are turned into it by `readGitHubEvent` and `readGitLabEvent`.
 */
export interface CiEvent {
  /** push, pull/merge request, schedule, manual (workflow_dispatch, GitLab web/api), or other. */
  kind: 'push' | 'pull_request' | 'schedule' | 'manual' | 'other';
  /** The commit being built. */
  headSha?: string;
  /** On a push: the commit the branch pointed at before (all zeros for a new branch). */
  before?: string;
  /** On a pull/merge request: the target branch's commit to diff against. */
  baseSha?: string;
  /** On a pull/merge request: its number (GitHub) or IID (GitLab), where the plan is posted. */
  number?: number;
  /** On a pull/merge request: the target branch's name. */
  baseRef?: string;
  /** The branch (or tag) being built, without refs/heads/ or refs/tags/. */
  refName?: string;
  /** Whether `refName` is a branch or a tag: a tag build gets plain names (plan/names.ts). */
  refType?: 'branch' | 'tag';
  /** The repository's default branch. */
  defaultBranch?: string;
  /** The repository's web address (`https://github.com/o/r`): the images' `org.opencontainers.image.source`. */
  sourceUrl?: string;
  /** True when the push rewrote history. */
  forced?: boolean;
  /** The platform's own name for the event, for messages. */
  name: string;
}

export const ZERO_SHA = /^0+$/;
