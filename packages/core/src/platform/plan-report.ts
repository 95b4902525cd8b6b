import {errorMessage} from '../errors.js';
import {PR_PLAN_MARKER, prPlanComment} from '../plan/pr-plan.js';
import type {Ports} from '../ports.js';
import type {CiEvent} from '../shared/event.js';
import {upsertPullRequestComment, type CommentResult} from './github-pr-comment.js';
import {upsertMergeRequestNote} from './gitlab-mr-note.js';
import type {Platform} from './platform.js';

/**
 * Posts the report on the pull request (GitHub: one comment) or merge request (GitLab: one
 * note) this run is for, updated in place on every push. Where the token may not write (a fork's
 * pull request), where no token is given, or on any other event, the job summary that the step
 * writes anyway is the plan's only copy, and the step goes on.
 */
export async function postPlanReport(
  platform: Platform,
  inputs: {apiToken: string; event: Pick<CiEvent, 'kind' | 'number'>},
  markdown: string,
  ports: Ports,
): Promise<void> {
  const {event} = inputs;
  if (event.kind !== 'pull_request' || event.number === undefined || platform.name === 'local') return;
  const where =
    platform.name === 'github' ? `pull request #${event.number}` : `merge request !${event.number}`;
  if (!inputs.apiToken) {
    platform.log.info(`no api-token: the plan of ${where} is in the job summary only`);
    return;
  }
  const {env} = ports;
  const jobUrl =
    platform.name === 'github'
      ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : env.CI_JOB_URL;
  const body = prPlanComment(markdown, jobUrl);
  const posting =
    platform.name === 'github'
      ? upsertPullRequestComment(
          {
            token: inputs.apiToken,
            repository: ports.env.GITHUB_REPOSITORY ?? '',
            number: event.number,
            body,
            marker: PR_PLAN_MARKER,
          },
          ports,
        )
      : upsertMergeRequestNote(
          {
            token: inputs.apiToken,
            project: ports.env.CI_PROJECT_ID ?? '',
            iid: String(event.number),
            body,
            marker: PR_PLAN_MARKER,
          },
          ports,
        );
  // The API unreachable is a warning too: the plan is a report, and the job summary has it.
  const result = await posting.catch((error: unknown): CommentResult => ({
    posted: false,
    status: 0,
    why: errorMessage(error),
  }));
  if (result.posted) {
    platform.log.info(`plan ${result.posted} on ${where}: ${result.url}`);
    return;
  }
  const fork =
    result.status === 403 && platform.name === 'github'
      ? ": a fork's pull request gets a read-only token, and otherwise the job needs permissions pull-requests: write"
      : '';
  platform.log.warning(
    `cannot post the plan on ${where} (${result.status} ${result.why})${fork}; the plan is in the job summary`,
  );
}
