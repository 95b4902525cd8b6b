import {prPlanMarkdown, type PrPlanTags} from '../../plan/pr-plan.js';
import type {Plan} from '../../plan/types.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {imageTagScheme, registryClient} from '../common/registry.js';
import type {PrepareDiffInputs} from './inputs.js';
import {plannedTags, tagMovements} from './tag-movements.js';

/**
 * The plan as a person reads it on the pull request, in the job summary and at a terminal: the
 * images with why, and, when a repository is given, every tag the run would move with the digest
 * it points at now; a run that does not push names the tags it leaves alone and asks no registry.
 */
export async function planReport(
  inputs: Pick<
    PrepareDiffInputs,
    'registry' | 'naming' | 'date' | 'tags' | 'insecureRegistries' | 'event' | 'push'
  >,
  result: {plan: Plan; notes: readonly string[]},
  ports: Ports,
  client?: RegistryClient,
): Promise<string> {
  const {plan, notes} = result;
  if (!inputs.registry || plan.images.length === 0) {
    return prPlanMarkdown(plan, notes, inputs.push ? {} : {push: false});
  }
  const registry = {...inputs.registry, insecureRegistries: inputs.insecureRegistries};
  const scheme = imageTagScheme(
    {...registry, naming: inputs.naming, date: inputs.date},
    inputs.event,
    ports.now(),
  );
  const {repository} = inputs.registry;
  const tags: PrPlanTags = inputs.push
    ? {
        repository,
        movements: await tagMovements(
          plan.images,
          inputs.tags,
          scheme,
          // A short wait and one retry: a registry that does not answer delays a report by
          // seconds, not the minutes a push may wait.
          client ?? registryClient(registry, ports, {retry: {attempts: 2}, timeoutMs: 15_000}),
          ports,
        ),
      }
    : {push: false, repository, tags: plannedTags(plan.images, inputs.tags, scheme, ports.env)};
  return prPlanMarkdown(plan, notes, tags);
}
