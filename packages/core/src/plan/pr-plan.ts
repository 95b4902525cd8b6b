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

/** One tag a pushing run writes. */
export interface PlannedTag {
  image: string;
  /** `registry/path:curl-20251015-amd64`. */
  reference: string;
  /** What the run puts there: one arch's build, the multi-arch index, or an extra tag of the index. */
  role: {kind: 'arch'; arch: string} | {kind: 'index'} | {kind: 'extra'; index: string};
}

/** One tag the run would move (or create), and where it points now. */
export interface TagMovement extends PlannedTag {
  now: TagNow;
}

/**
 * The tag table's facts. Whether an image is reused instead of built is not among them: that is
 * known only on the build runner, where its fingerprint is resolved (docs/backends.md,
 * "Fingerprints and reuse"), so the plan says so once, under the table.
 */
export type PrPlanTags =
  | {
      push?: true;
      /** Every tag the run would move, in plan order; undefined when no repository was given. */
      movements?: readonly TagMovement[];
      /** The repository input the tags are in, for the headline. */
      repository?: string;
    }
  | {
      /** The run builds without pushing (a pull request's default): it moves no tag. */
      push: false;
      /** The tags a pushing run would write, in plan order; undefined when no repository was given. */
      tags?: readonly PlannedTag[];
      repository?: string;
    };

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
 * table (each tag, the digest it points at now, and what replaces it). A run that does not push
 * says so in the heading, and its table names the tags with no move.
 */
export function prPlanMarkdown(plan: Plan, notes: readonly string[], tags: PrPlanTags): string {
  const lines = [planSummary(plan, notes)];
  if (plan.images.length === 0) return `${lines.join('\n')}\n`;
  const where = tags.repository ? ` in ${markdownCode(tags.repository)}` : '';
  if (tags.push === false) {
    lines.push(
      '',
      '#### Tags: this run pushes nothing',
      '',
      'This run builds the images above without pushing them (`push` is false, as on a pull request unless pushing from one is asked for): it moves no tag.',
    );
    if (tags.tags) lines.push('', ...unpushedTable(tags.tags, where), ...more(tags.tags));
    return `${lines.join('\n')}\n`;
  }
  lines.push('', '#### Tags', '');
  if (tags.movements === undefined) {
    lines.push('No `repository` input: the tags this run would move are not listed.');
  } else {
    lines.push(...movementTable(tags.movements, where), ...more(tags.movements));
  }
  lines.push(
    '',
    'An image whose fingerprint is already in the registry is reused at build time (it gets this run\'s tags), not built: see "Fingerprints and reuse" in docs/backends.md.',
  );
  return `${lines.join('\n')}\n`;
}

function more(rows: readonly unknown[]): string[] {
  return rows.length > MAX_TAG_ROWS ? ['', `… and ${rows.length - MAX_TAG_ROWS} more tags.`] : [];
}

function movementTable(movements: readonly TagMovement[], where: string): string[] {
  return [
    `Every tag this run would move${where}, the digest it points at now, and what replaces it.`,
    '',
    '| image | tag | now | after this run |',
    '|---|---|---|---|',
    ...movements
      .slice(0, MAX_TAG_ROWS)
      .map(
        (m) =>
          `| ${markdownCode(m.image)} | ${markdownCode(m.reference)} | ${nowCell(m.now)} | ${afterCell(m)} |`,
      ),
  ];
}

/** The tags a pushing run would write, each marked as left alone by this one. */
function unpushedTable(tags: readonly PlannedTag[], where: string): string[] {
  return [
    `The tags a pushing run would write${where}; this one leaves each where it is.`,
    '',
    '| image | tag | this run |',
    '|---|---|---|',
    ...tags
      .slice(0, MAX_TAG_ROWS)
      .map((t) => `| ${markdownCode(t.image)} | ${markdownCode(t.reference)} | not pushed |`),
  ];
}

function nowCell(now: TagNow): string {
  if (now.state === 'present') return markdownCode(now.digest);
  if (now.state === 'absent') return 'new';
  return `unknown (${markdownText(now.why)})`;
}

function afterCell(movement: TagMovement): string {
  const {role} = movement;
  if (role.kind === 'arch') return `the ${markdownText(role.arch)} image built by this run`;
  if (role.kind === 'index') return 'the multi-arch index of this run';
  return `the index ${markdownCode(role.index)}`;
}
