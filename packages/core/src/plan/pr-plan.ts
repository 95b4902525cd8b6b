import {markdownCode, markdownText} from '../markdown.js';
import {planSummary} from './summary.js';
import type {Plan} from './types.js';

/**
 * The first line of the pull request plan: how the comment (or GitLab note) is found again on the
 * next push and updated instead of posted twice. An HTML comment, so it does not render.
 */
export const PR_PLAN_MARKER = '<!-- hephy-builder: pull request plan -->';

/** Beyond this many tags the table is cut (a comment holds at most 65536 characters). */
const MAX_TAG_ROWS = 200;

/** Where a tag points before the run: the registry's answer to a HEAD of its manifest. */
export type TagNow =
  | {state: 'present'; digest: string}
  | {state: 'absent'}
  /** The registry could not be asked (no credentials for reading, unreachable): why, in words. */
  | {state: 'unknown'; why: string};

/** One tag the run would move (or create), and where it points now. */
export interface TagMovement {
  image: string;
  /** `registry/path:curl-20251015-amd64`. */
  reference: string;
  /** What the run puts there: one arch's build, the multi-arch index, or an extra tag of the index. */
  role: {kind: 'arch'; arch: string} | {kind: 'index'} | {kind: 'extra'; index: string};
  now: TagNow;
}

/**
 * Issue 15's hook: the images whose inputs' fingerprint is already in the repository, with the
 * digest found there, so that they are tagged instead of rebuilt. Nothing computes fingerprints
 * yet, so prepare-diff passes none and every image reads "built by this run".
 */
export type ReusedImages = ReadonlyMap<string, string>;

export interface PrPlanTags {
  /** Every tag the run would move, in plan order; undefined when no repository was given. */
  movements?: readonly TagMovement[];
  /** The repository input the tags are in, for the headline. */
  repository?: string;
  reused?: ReusedImages;
}

/** GitHub refuses a longer comment body (422); a GitLab note may hold more, and gets the same cut. */
export const MAX_COMMENT_CHARS = 65_536;

/**
 * The plan as a pull request comment or merge request note: the marker, a heading, the plan; a
 * plan too long for a comment points at the job's own page instead (`jobUrl`, from the runner).
 */
export function prPlanComment(markdown: string, jobUrl?: string): string {
  const head = `${PR_PLAN_MARKER}\n### hephy-builder plan\n\n`;
  if (head.length + markdown.length <= MAX_COMMENT_CHARS) return `${head}${markdown}`;
  const where =
    jobUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(jobUrl) ? `[the job summary](${jobUrl})` : 'the job summary';
  return `${head}The plan is too long for a comment (${markdown.length} characters): see ${where}.\n`;
}

/**
 * The pull request plan, as one Markdown document for a PR comment, a GitLab note, a job summary
 * or a terminal: the plan's own summary (each image, why, platforms, the graph), and the tag
 * table (each tag, the digest it points at now, and what replaces it).
 */
export function prPlanMarkdown(plan: Plan, notes: readonly string[], tags: PrPlanTags): string {
  const lines = [planSummary(plan, notes)];
  if (plan.images.length === 0) return `${lines.join('\n')}\n`;
  lines.push('', '#### Tags');
  if (tags.movements === undefined) {
    lines.push('', 'No `repository` input: the tags this run would move are not listed.');
    return `${lines.join('\n')}\n`;
  }
  const where = tags.repository ? ` in ${markdownCode(tags.repository)}` : '';
  lines.push(
    '',
    `Every tag this run would move${where}, the digest it points at now, and what replaces it.`,
    '',
    '| image | tag | now | after this run |',
    '|---|---|---|---|',
  );
  for (const movement of tags.movements.slice(0, MAX_TAG_ROWS)) {
    const reused = tags.reused?.get(movement.image);
    lines.push(
      `| ${markdownCode(movement.image)} | ${markdownCode(movement.reference)} | ${nowCell(movement.now)} | ${afterCell(movement, reused)} |`,
    );
  }
  if (tags.movements.length > MAX_TAG_ROWS)
    lines.push('', `… and ${tags.movements.length - MAX_TAG_ROWS} more tags.`);
  return `${lines.join('\n')}\n`;
}

function nowCell(now: TagNow): string {
  if (now.state === 'present') return markdownCode(now.digest);
  if (now.state === 'absent') return 'new';
  return `unknown (${markdownText(now.why)})`;
}

function afterCell(movement: TagMovement, reused: string | undefined): string {
  const {role} = movement;
  if (reused !== undefined) return `reused: ${markdownCode(reused)}`;
  if (role.kind === 'arch') return `the ${markdownText(role.arch)} image built by this run`;
  if (role.kind === 'index') return 'the multi-arch index of this run';
  return `the index ${markdownCode(role.index)}`;
}
