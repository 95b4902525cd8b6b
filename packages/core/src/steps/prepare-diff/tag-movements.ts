import {archRef, indexRef, type TaggedReference, type TagScheme} from '../../plan/names.js';
import type {PlannedTag, TagMovement, TagNow} from '../../plan/pr-plan.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {formatReference} from '../../registry/reference.js';
import {mapLimit} from '../../util/map-limit.js';
import {wantedTags} from '../common/wanted-tags.js';

const PARALLEL = 8;

type WantedTag = {image: string; ref: TaggedReference; role: PlannedTag['role']};

/**
 * Every tag a pushing run writes, in plan order, as build-arch (one per arch), merge-manifest
 * (the index) and retag (the extra tags) name them.
 */
function wanted(
  images: readonly PlannedImage[],
  extraTags: readonly string[],
  scheme: TagScheme,
  env: Ports['env'],
): WantedTag[] {
  const extras = wantedTags(images, extraTags, scheme, env);
  const all: WantedTag[] = [];
  for (const image of images) {
    for (const arch of image.archs)
      all.push({image: image.image, ref: archRef(scheme, image.image, arch), role: {kind: 'arch', arch}});
    const index = indexRef(scheme, image.image);
    all.push({image: image.image, ref: index, role: {kind: 'index'}});
    for (const extra of extras.filter((tag) => tag.image === image.image))
      all.push({image: image.image, ref: extra.ref, role: {kind: 'extra', index: formatReference(index)}});
  }
  return all;
}

/** The tags a pushing run would write, for the plan of a run that does not push: no registry asked. */
export function plannedTags(
  images: readonly PlannedImage[],
  extraTags: readonly string[],
  scheme: TagScheme,
  env: Ports['env'],
): PlannedTag[] {
  return wanted(images, extraTags, scheme, env).map((w) => ({
    image: w.image,
    reference: formatReference(w.ref),
    role: w.role,
  }));
}

/**
 * Every tag the run would move, in plan order, each with where it points now, from a HEAD of its
 * manifest. A tag the registry cannot be asked about is "unknown" with the reason, and the plan
 * goes on: the plan is a report, and the build jobs meet (and fail on) the same registry.
 */
export async function tagMovements(
  images: readonly PlannedImage[],
  extraTags: readonly string[],
  scheme: TagScheme,
  client: RegistryClient,
  ports: Pick<Ports, 'env' | 'log'>,
): Promise<TagMovement[]> {
  const all = wanted(images, extraTags, scheme, ports.env);
  for (const {ref} of all) client.want(ref, 'pull');
  // One tag first: a registry that cannot be read (no login, unreachable) answers every tag the
  // same way, and asking it once per tag would wait out its retries per tag.
  const [first, ...rest] = all;
  if (!first) return [];
  const probe = await tagNow(client, first.ref, ports);
  const movement = (w: WantedTag, now: TagNow): TagMovement => ({
    image: w.image,
    reference: formatReference(w.ref),
    role: w.role,
    now,
  });
  if (probe.state === 'unknown') return all.map((w) => movement(w, probe));
  return [
    movement(first, probe),
    ...(await mapLimit(rest, PARALLEL, async (w) => movement(w, await tagNow(client, w.ref, ports)))),
  ];
}

async function tagNow(
  client: RegistryClient,
  ref: TaggedReference,
  ports: Pick<Ports, 'log'>,
): Promise<TagNow> {
  try {
    const found = await client.headManifest(ref);
    return found ? {state: 'present', digest: found.digest} : {state: 'absent'};
  } catch (error) {
    const why = ports.log.mask(error instanceof Error ? error.message : String(error));
    ports.log.warning(`cannot read ${formatReference(ref)} for the plan: ${why}`);
    return {state: 'unknown', why};
  }
}
