import {formatPlatform} from '../../shared/platform-spec.js';
import {UserError, UserErrors} from '../../errors.js';
import {markdownCode, markdownText} from '../../markdown.js';
import {resolveDirsInput} from '../common/handoff.js';
import {loadPlannedImages} from '../../plan/load.js';
import {indexRef, type TagScheme} from '../../plan/names.js';
import type {PlannedImage} from '../../plan/types.js';
import type {CiEvent} from '../../shared/event.js';
import type {Ports} from '../../ports.js';
import {imageTagScheme, registryClient} from '../common/registry.js';
import type {RegistryClient} from '../../registry/client.js';
import {sha256Digest} from '../../registry/digest.js';
import {copyManifest} from '../../registry/copy.js';
import {entriesKey, isAttestation, parseIndex, serializeIndex} from '../../registry/image-index.js';
import {isIndexType, OCI_INDEX} from '../../registry/media-types.js';
import {mapLimit} from '../../util/map-limit.js';
import {formatReference, sameRepository, withTarget} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import type {Sleep} from '../../registry/retry.js';
import type {Descriptor} from '../../registry/types.js';
import {findCandidates, missingArchsProblem, type Candidate} from './candidates.js';
import {indexArchsOf, StepIncomplete} from '../common/partial.js';
import type {MergeManifestInputs} from './inputs.js';
import {resolveChild, type ResolvedChild} from './resolve-child.js';

export interface MergedIndex {
  image: string;
  reference: string;
  digest: string;
  platforms: string[];
  /** created: a new tag; updated: the tag moved; unchanged: it already held these entries. */
  status: 'created' | 'updated' | 'unchanged';
}

/** An image that got no index, and why (the arches missing). */
export interface IncompleteImage {
  image: string;
  missing: string[];
  reason: string;
}

export interface MergeManifestResult {
  manifests: MergedIndex[];
  incomplete: IncompleteImage[];
}

export interface MergeManifestDeps {
  event?: Partial<CiEvent>;
  /**
   * The arches each image's index must hold: default every arch of its platforms. `hephy-builder
   * build` passes the arches it built on purpose (`--arch`, what the machine can build).
   */
  archsOf?: (image: PlannedImage) => readonly string[];
  /** The images, when the caller has loaded them (else from `dirs` and `root`). */
  images?: PlannedImage[];
  client?: RegistryClient;
  sleep?: Sleep;
}

/** How many images and children are asked about at once. */
const PARALLEL = 4;
/** `org.opencontainers.image.*` annotations set on every index (image-spec annotations.md). */
const SOURCE = 'org.opencontainers.image.source';
const REVISION = 'org.opencontainers.image.revision';
const CREATED = 'org.opencontainers.image.created';

interface PlannedIndex {
  image: PlannedImage;
  target: Reference;
  reference: string;
  candidates: Candidate[];
}

/**
 * Joins the per-arch images of each image of `dirs` into one OCI index `<image>-<date>`. Files
 * are read and checked first, then the registry is read, and only then is anything written, so
 * bad input changes nothing. Re-running is free: a tag already holding these entries is kept.
 * An image lacking an arch its config asks for gets no index: the others are merged, then the
 * step fails (StepIncomplete) naming each image and the arches it lacks.
 */
export async function runMergeManifest(
  inputs: MergeManifestInputs,
  ports: Ports,
  deps: MergeManifestDeps = {},
): Promise<MergeManifestResult> {
  const scheme = imageTagScheme(inputs, deps.event ?? {}, ports.now());
  const images =
    deps.images ??
    (await loadPlannedImages(inputs.root, await resolveDirsInput(inputs.dirs, inputs.outputDir)));
  const {planned, incomplete} = await planIndexes(
    images,
    deps.archsOf ?? indexArchsOf(inputs.indexArchs, ports.log),
    scheme,
    inputs.outputDir,
  );
  for (const image of incomplete) ports.log.info(image.problem.toString());
  const client = deps.client ?? registryClient(inputs, ports, deps.sleep ? {sleep: deps.sleep} : {});
  for (const p of planned) {
    client.want(p.target, 'push');
    for (const c of p.candidates) if (!sameRepository(c.source, p.target)) client.want(c.source, 'pull');
  }
  const resolved = await settleAll(planned, (p) =>
    mapLimit(p.candidates, PARALLEL, (c) => resolveChild(client, c, p.target, inputs.verifyPlatforms)),
  );
  const annotations = indexAnnotations(inputs, deps.event, ports.now());
  const manifests = await mapLimit(planned, PARALLEL, (p, i) =>
    writeIndex(client, p, resolved[i] as ResolvedChild[], annotations),
  );
  const result = {
    manifests,
    incomplete: incomplete.map(({image, missing, problem}) => ({image, missing, reason: problem.message})),
  };
  if (incomplete.length > 0)
    throw new StepIncomplete(
      incomplete.map((i) => i.problem),
      result,
    );
  return result;
}

async function planIndexes(
  images: PlannedImage[],
  archsOf: (image: PlannedImage) => readonly string[],
  scheme: TagScheme,
  outputDir: string,
): Promise<{planned: PlannedIndex[]; incomplete: {image: string; missing: string[]; problem: UserError}[]}> {
  const problems: UserError[] = [];
  const planned: PlannedIndex[] = [];
  const incomplete: {image: string; missing: string[]; problem: UserError}[] = [];
  for (const image of images) {
    const archs = archsOf(image);
    const candidates = await findCandidates(image, archs, scheme, outputDir, problems);
    const found = candidates.map((c) => c.arch);
    const problem = missingArchsProblem(image, archs, found, outputDir);
    if (problem) {
      incomplete.push({image: image.image, missing: archs.filter((a) => !found.includes(a)), problem});
      continue;
    }
    const target = indexRef(scheme, image.image);
    planned.push({image, target, reference: formatReference(target), candidates});
  }
  // A .tag file with a bad tag or digest is bad input: nothing is written.
  if (problems.length > 0) throw new UserErrors(problems);
  return {planned, incomplete};
}

/** Runs `fn` for every item; when any fails, every user error is reported together. */
async function settleAll<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const settled = await mapLimit(items, PARALLEL, (item) =>
    fn(item).then(
      (value) => ({value}),
      (error: unknown) => ({error}),
    ),
  );
  const errors = settled.flatMap((s) => ('error' in s ? [s.error] : []));
  if (errors.length === 0) return settled.map((s) => (s as {value: R}).value);
  if (errors.every((e) => e instanceof UserError)) {
    throw new UserErrors(errors.flatMap((e) => (e instanceof UserErrors ? e.errors : [e as UserError])));
  }
  throw errors.find((e) => !(e instanceof UserError));
}

function indexAnnotations(
  inputs: MergeManifestInputs,
  event: Partial<CiEvent> | undefined,
  now: Date,
): Record<string, string> {
  // The same address and commit as build-arch's image labels, unless the inputs say otherwise.
  const source = inputs.sourceUrl || event?.sourceUrl || '';
  const revision = inputs.revision || event?.headSha || '';
  return {
    [CREATED]: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    ...(source ? {[SOURCE]: source} : {}),
    ...(revision ? {[REVISION]: revision} : {}),
  };
}

async function writeIndex(
  client: RegistryClient,
  planned: PlannedIndex,
  children: ResolvedChild[],
  annotations: Record<string, string>,
): Promise<MergedIndex> {
  const entries = children.flatMap((c) => c.entries);
  const bytes = serializeIndex(entries, annotations);
  const result = {
    image: planned.image.image,
    reference: planned.reference,
    platforms: entries
      .filter((e) => e.platform && !isAttestation(e))
      .map((e) => formatPlatform(e.platform as NonNullable<Descriptor['platform']>)),
  };
  const existing = await client.headManifest(planned.target);
  const same = existing && (await holdsSameIndex(client, planned.target, existing, entries, annotations));
  if (existing && same) return {...result, digest: existing.digest, status: 'unchanged'};
  for (const child of children) {
    for (const manifest of child.copies)
      await copyManifest(client, manifest, child.candidate.source, planned.target);
  }
  await client.putManifest(planned.target, {mediaType: OCI_INDEX, bytes});
  return {...result, digest: sha256Digest(bytes), status: existing ? 'updated' : 'created'};
}

/**
 * True when the tag already holds an index with these entries and the same source and revision
 * (its `created` may differ: a re-run must not rewrite a tag, or fail on an immutable one).
 */
async function holdsSameIndex(
  client: RegistryClient,
  target: Reference,
  existing: Descriptor,
  entries: Descriptor[],
  annotations: Record<string, string>,
): Promise<boolean> {
  if (!isIndexType(existing.mediaType)) return false;
  const manifest = await client.getManifest(withTarget(target, {digest: existing.digest}));
  if (!manifest) return false;
  const index = parseIndex(manifest.bytes);
  const theirs = index.annotations ?? {};
  return (
    entriesKey(index.manifests) === entriesKey(entries) &&
    theirs[SOURCE] === annotations[SOURCE] &&
    theirs[REVISION] === annotations[REVISION]
  );
}

/** The job summary: one row per index, and one per image left without one (the arches it lacks). */
export function mergeManifestSummary({manifests, incomplete}: MergeManifestResult): string {
  if (manifests.length + incomplete.length === 0) return 'No image in `dirs`.';
  const rows = [
    ...manifests.map(
      (m) =>
        `| ${markdownText(m.image)} | ${markdownCode(m.reference)} | ${markdownCode(m.digest)} | ${markdownText(m.platforms.join(', '))} | ${m.status} |`,
    ),
    ...incomplete.map(
      (i) =>
        `| ${markdownText(i.image)} | no index | | ${markdownText(`missing ${i.missing.join(', ')}`)} | failed |`,
    ),
  ];
  return ['| image | reference | digest | platforms | status |', '|---|---|---|---|---|', ...rows].join('\n');
}
