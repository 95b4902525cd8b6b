import {prPlanMarkdown, type PrPlanTags} from '../../plan/pr-plan.js';
import type {Plan} from '../../plan/types.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {imageTagScheme, registryClient} from '../common/registry.js';
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
      // A short wait and one retry: a registry that does not answer delays a report by
      // seconds, not the minutes a push may wait.
      client ?? registryClient(registry, ports, {retry: {attempts: 2}, timeoutMs: 15_000}),
      ports,
    );
    // Issue 15 (fingerprints) sets `tags.reused` here: the images found already built.
  }
  return prPlanMarkdown(plan, notes, tags);
}
