import {UserError} from '../../errors.js';
import {markdownCode, markdownText} from '../../markdown.js';
import {resolveDirsInput} from '../common/handoff.js';
import {loadPlannedImages} from '../../plan/load.js';
import {indexRef} from '../../plan/names.js';
import type {PlannedImage} from '../../plan/types.js';
import type {CiEvent} from '../../shared/event.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {mapLimit} from '../../util/map-limit.js';
import {formatReference, withTarget} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import type {Sleep} from '../../registry/retry.js';
import type {Manifest} from '../../registry/types.js';
import {imageTagScheme, registryClient} from '../common/registry.js';
import {indexArchsOf, StepIncomplete} from '../common/partial.js';
import {isAttestation, parseIndex} from '../../registry/image-index.js';
import {isIndexType} from '../../registry/media-types.js';
import {archLabel, type PlatformSpec} from '../../shared/platform-spec.js';
import type {RetagInputs} from './inputs.js';
import {wantedTags, type WantedTag} from '../common/wanted-tags.js';

export interface TagResult {
  image: string;
  tag: string;
  reference: string;
  digest: string;
  /** created: new tag; updated: moved from another digest; unchanged: already there. */
  status: 'created' | 'updated' | 'unchanged';
}

/** An image whose tags were not set: it has no index, or its index lacks an arch. */
export interface UntaggedImage {
  image: string;
  reason: string;
}

export interface RetagResult {
  tags: TagResult[];
  untagged: UntaggedImage[];
}

export interface RetagDeps {
  event?: Partial<CiEvent>;
  /** The arches each index must hold: default every arch of the image's platforms. */
  archsOf?: (image: PlannedImage) => readonly string[];
  images?: PlannedImage[];
  client?: RegistryClient;
  sleep?: Sleep;
}

const PARALLEL = 8;
/** From this many tags in one repository on, one tag listing is cheaper than a HEAD per tag. */
const LIST_FROM = 3;

/**
 * Points every extra tag of each image at its index `<image>-<date>`: the index's exact bytes
 * are PUT under the new tag, so the digest is kept and no layer moves. Every tag is checked
 * before the first write; a tag already at that digest is left alone. An image with no index,
 * or an index lacking an arch its config asks for, is not tagged (`latest` must not move to
 * it): the others are, then the step fails (StepIncomplete) naming each.
 */
export async function runRetag(
  inputs: RetagInputs,
  ports: Ports,
  deps: RetagDeps = {},
): Promise<RetagResult> {
  const scheme = imageTagScheme(inputs, deps.event ?? {}, ports.now());
  const images =
    deps.images ??
    (await loadPlannedImages(inputs.root, await resolveDirsInput(inputs.dirs, inputs.outputDir)));
  const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
  const sources = new Map(images.map((image) => [image.image, indexRef(scheme, image.image)]));
  const client = deps.client ?? registryClient(inputs, ports, deps.sleep ? {sleep: deps.sleep} : {});
  for (const source of sources.values()) client.want(source, 'push');
  const indexes = new Map<string, Manifest>();
  const refused: {image: string; problem: UserError}[] = [];
  const archsOf = deps.archsOf ?? indexArchsOf(inputs.indexArchs, ports.log);
  for (const image of images) {
    const source = sources.get(image.image) as Reference;
    if (!wanted.some((w) => w.image === image.image)) continue;
    const manifest = await client.getManifest(source, {justPushed: true});
    const problem = manifest
      ? lackingArchs(image, archsOf(image), manifest, formatReference(source))
      : new UserError(
          `${formatReference(source)} does not exist: run merge-manifest for ${image.image} first (same repository, naming and date); not tagging ${image.image}`,
          {location: {file: image.config.file}},
        );
    if (problem) refused.push({image: image.image, problem});
    else indexes.set(image.image, manifest as Manifest);
  }
  const tagged = wanted.filter((w) => indexes.has(w.image));
  const existing = await existingTags(client, tagged);
  const tags = await mapLimit(tagged, PARALLEL, (w) =>
    applyTag(client, w, indexes.get(w.image) as Manifest, existing),
  );
  const untagged = refused.map(({image, problem}) => ({image, reason: problem.message}));
  if (refused.length > 0)
    throw new StepIncomplete(
      refused.map((r) => r.problem),
      {tags, untagged},
    );
  return {tags, untagged};
}

/** Why an index must not get the extra tags: it lacks an arch the image is built for. */
function lackingArchs(
  image: PlannedImage,
  archs: readonly string[],
  manifest: Manifest,
  reference: string,
): UserError | undefined {
  // A single-arch manifest (not an index) is what merge-manifest never writes: nothing to compare.
  if (!isIndexType(manifest.mediaType)) return undefined;
  const held = parseIndex(manifest.bytes)
    .manifests.filter((entry) => entry.platform && !isAttestation(entry))
    .map((entry) => archLabel(entry.platform as PlatformSpec));
  const missing = archs.filter((arch) => !held.includes(arch));
  if (missing.length === 0) return undefined;
  return new UserError(
    `${reference} lacks ${missing.join(', ')} (it holds ${held.join(', ') || 'nothing'}): not tagging ${image.image}, whose config asks for ${archs.join(', ')}`,
    {location: {file: image.config.file}},
  );
}

/** Per repository, the tags it has, when listing them is cheaper than asking for each (else undefined). */
async function existingTags(
  client: RegistryClient,
  wanted: readonly WantedTag[],
): Promise<Map<string, Set<string> | undefined>> {
  const byRepository = new Map<string, Reference>();
  const counts = new Map<string, number>();
  for (const w of wanted) {
    const {ref} = w;
    const key = formatReference(withTarget(ref, {}));
    byRepository.set(key, ref);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const result = new Map<string, Set<string> | undefined>();
  for (const [key, ref] of byRepository) {
    const count = counts.get(key) ?? 0;
    // Stop paging once the listing would cost more than asking for each tag.
    const listed =
      count >= LIST_FROM ? await client.listTags(ref, {maxPages: Math.ceil(count / 2)}) : undefined;
    result.set(key, listed ? new Set(listed) : undefined);
  }
  return result;
}

async function applyTag(
  client: RegistryClient,
  wanted: WantedTag,
  index: Manifest,
  existing: Map<string, Set<string> | undefined>,
): Promise<TagResult> {
  const {ref} = wanted;
  const known = existing.get(formatReference(withTarget(ref, {})));
  const result = {
    image: wanted.image,
    tag: ref.tag as string,
    reference: wanted.reference,
    digest: index.digest,
  };
  const present =
    known === undefined || known.has(ref.tag as string) ? await client.headManifest(ref) : undefined;
  if (present?.digest === index.digest) return {...result, status: 'unchanged'};
  await client.putManifest(ref, {mediaType: index.mediaType, bytes: index.bytes});
  return {...result, status: present ? 'updated' : 'created'};
}

export function retagSummary({tags, untagged}: RetagResult): string {
  if (tags.length + untagged.length === 0)
    return 'No extra tags: no `additional_tags` in the configs and no `tags` input.';
  const rows = [
    ...tags.map(
      (t) =>
        `| ${markdownText(t.image)} | ${markdownCode(t.reference)} | ${markdownCode(t.digest)} | ${t.status} |`,
    ),
    ...untagged.map((u) => `| ${markdownText(u.image)} | not tagged: ${markdownText(u.reason)} | | failed |`),
  ];
  return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}
