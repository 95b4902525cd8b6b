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

export interface RetagDeps {
  event?: Partial<CiEvent>;
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
 * before the first write; a tag already at that digest is left alone.
 */
export async function runRetag(
  inputs: RetagInputs,
  ports: Ports,
  deps: RetagDeps = {},
): Promise<{tags: TagResult[]}> {
  const scheme = imageTagScheme(inputs, deps.event ?? {}, ports.now());
  const images =
    deps.images ??
    (await loadPlannedImages(inputs.root, await resolveDirsInput(inputs.dirs, inputs.outputDir)));
  const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
  const sources = new Map(images.map((image) => [image.image, indexRef(scheme, image.image)]));
  const client = deps.client ?? registryClient(inputs, ports, deps.sleep);
  for (const source of sources.values()) client.want(source, 'push');
  const indexes = new Map<string, Manifest>();
  for (const [image, source] of sources) {
    if (!wanted.some((w) => w.image === image)) continue;
    const manifest = await client.getManifest(source, {justPushed: true});
    if (!manifest) {
      throw new UserError(
        `${formatReference(source)} does not exist: run merge-manifest for ${image} first (same repository, naming and date)`,
      );
    }
    indexes.set(image, manifest);
  }
  const existing = await existingTags(client, wanted);
  const tags = await mapLimit(wanted, PARALLEL, (w) =>
    applyTag(client, w, indexes.get(w.image) as Manifest, existing),
  );
  return {tags};
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

export function retagSummary(tags: readonly TagResult[]): string {
  if (tags.length === 0) return 'No extra tags: no `additional_tags` in the configs and no `tags` input.';
  const rows = tags.map(
    (t) =>
      `| ${markdownText(t.image)} | ${markdownCode(t.reference)} | ${markdownCode(t.digest)} | ${t.status} |`,
  );
  return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}
