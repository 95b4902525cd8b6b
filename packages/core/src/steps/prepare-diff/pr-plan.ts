import {errorMessage} from '../../errors.js';
import type {Platform} from '../../platform/platform.js';
import {upsertPullRequestComment, type CommentResult} from '../../platform/github-pr-comment.js';
import {upsertMergeRequestNote} from '../../platform/gitlab-mr-note.js';
import {PR_PLAN_MARKER, prPlanComment, prPlanMarkdown, type PrPlanTags} from '../../plan/pr-plan.js';
import type {Plan} from '../../plan/types.js';
import type {Ports} from '../../ports.js';
import {createRegistryClient, type RegistryClient} from '../../registry/client.js';
import {credentialOptions, imageTagScheme, type RegistryInputs} from '../common/registry.js';
import type {PrepareDiffInputs} from './inputs.js';
import {tagMovements} from './tag-movements.js';

/**
 * The plan as a person reads it on the pull request, in the job summary and at a terminal: the
 * images with why, and, when a repository is given, every tag the run would move with the digest
 * it points at now.
 */
export async function planReport(
  inputs: Pick<PrepareDiffInputs, 'registry' | 'naming' | 'date' | 'tags' | 'insecureRegistries' | 'event'>,
  result: {plan: Plan; notes: readonly string[]},
  ports: Ports,
  client?: RegistryClient,
): Promise<string> {
  const {plan, notes} = result;
  const tags: PrPlanTags = {};
  if (inputs.registry && plan.images.length > 0) {
    const registry = {...inputs.registry, insecureRegistries: inputs.insecureRegistries};
    const scheme = imageTagScheme(
      {...registry, naming: inputs.naming, date: inputs.date},
      inputs.event,
      ports.now(),
    );
    tags.repository = inputs.registry.repository;
    tags.movements = await tagMovements(
      plan.images,
      inputs.tags,
      scheme,
      client ?? planRegistryClient(registry, ports),
      ports,
    );
    // Issue 15 (fingerprints) sets `tags.reused` here: the images found already built.
  }
  return prPlanMarkdown(plan, notes, tags);
}

/**
 * The registry client of the plan: the steps' credentials, but a short wait and one retry, so
 * that a registry that does not answer delays a report by seconds, not the minutes a push may wait.
 */
function planRegistryClient(
  registry: RegistryInputs & {insecureRegistries: string[]},
  ports: Ports,
): RegistryClient {
  return createRegistryClient({
    ports,
    credentials: credentialOptions(registry),
    insecureRegistries: registry.insecureRegistries,
    retry: {attempts: 2},
    timeoutMs: 15_000,
  });
}

/**
 * Posts the report on the pull request (GitHub: one comment) or merge request (GitLab: one
 * note) this run is for, updated in place on every push. Where the token may not write (a fork's
 * pull request), where no token is given, or on any other event, the job summary that the step
 * writes anyway is the plan's only copy, and the step goes on.
 */
export async function postPlanReport(
  platform: Platform,
  inputs: Pick<PrepareDiffInputs, 'apiToken' | 'event'>,
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
