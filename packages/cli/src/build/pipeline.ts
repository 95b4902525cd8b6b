import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createExec, UserError, type Ports} from '@hephy-builder/core';
import {
  BUILD_ARCH_INPUTS,
  CLONE_UPSTREAM_INPUTS,
  inputDefaults,
  MERGE_MANIFEST_INPUTS,
  PREPARE_DIFF_INPUTS,
} from '@hephy-builder/core/inputs/index';
import {suggestPlatform} from '@hephy-builder/core/config/platform-spec';
import {utcDate} from '@hephy-builder/core/plan/names';
import {nodeArchLabel} from '@hephy-builder/core/platform/platform';
import type {Plan, PlannedImage} from '@hephy-builder/core/plan/types';
import type {CiEvent} from '@hephy-builder/core/shared/event';
import type {Reference} from '@hephy-builder/core/shared/reference';
import {imageTagScheme, parseTarget, registryClient} from '@hephy-builder/core/steps/common/registry';
import type {BuildArchInputs} from '@hephy-builder/core/steps/build-arch/inputs';
import {createBuildRun} from '@hephy-builder/core/steps/build-arch/run';
import {runCloneUpstream, type CloneUpstreamResult} from '@hephy-builder/core/steps/clone-upstream/run';
import type {MergeManifestInputs} from '@hephy-builder/core/steps/merge-manifest/inputs';
import {runMergeManifest, type MergedIndex} from '@hephy-builder/core/steps/merge-manifest/run';
import {writePlanFiles} from '@hephy-builder/core/steps/common/handoff';
import {StepIncomplete} from '@hephy-builder/core/steps/common/partial';
import {runPrepareDiff} from '@hephy-builder/core/steps/prepare-diff/run';
import {runRetag, type TagResult} from '@hephy-builder/core/steps/retag/run';
import type {ProgressView} from '../progress.js';
import type {ArchSupport} from './arch-support.js';
import {published, runBuildJobs, type BuildRow} from './build-jobs.js';
import {fileLogger, type LogEcho} from './job-log.js';
import type {BuildOptions} from './options.js';
import {removeTagFiles} from './tag-files.js';

/** Everything `hephy-builder build` did: the table, `--json` and the exit code come from this. */
export interface LocalBuildResult {
  repository: string;
  date: string;
  /** How the images were chosen (prepare-diff's words). */
  why: string;
  notes: string[];
  images: string[];
  builds: BuildRow[];
  manifests: MergedIndex[];
  tags: TagResult[];
  /** Step failures after the builds (merge-manifest, retag), with the step's log. */
  stepErrors: {step: string; error: unknown; log: string}[];
  ok: boolean;
}

export interface LocalBuildContext {
  ports: Ports;
  event: CiEvent;
  progress: ProgressView;
  echo: LogEcho;
  /** What this machine can build (tests pin it); default: read from the machine. */
  support?: ArchSupport;
}

/**
 * The whole pipeline in one process, with the functions the actions call: prepare-diff,
 * clone-upstream, build-arch for every arch built here, merge-manifest, retag. The step files
 * (dirs.txt, plan.json, archives, .tag files) are written to output-dir exactly as in CI, and
 * each step's and each build's log to output-dir/logs.
 */
export async function runLocalBuild(
  options: BuildOptions,
  context: LocalBuildContext,
): Promise<LocalBuildResult> {
  const {ports} = context;
  const date = options.date || utcDate(ports.now());
  const logDir = path.join(options.outputDir, 'logs');
  const stepPorts = (step: string): Ports => {
    const log = fileLogger(path.join(logDir, `${step}.log`), ports.log, context.echo, `[${step}] `);
    return {...ports, log, exec: createExec(log, ports.env)};
  };
  // A bad --repository must stop the run before anything is built.
  const target = parseTarget(options.repository, 'option repository');
  const ociLayout = target.kind === 'layout';
  if (ociLayout && !['auto', 'buildah'].includes(options.backend)) {
    throw new UserError(
      `builds into an OCI layout (${options.repository}) need the buildah backend: use --backend buildah, or --repository HOST/PATH to push to a registry with ${options.backend}`,
      {field: 'option backend'},
    );
  }
  const {plan, notes} = await runPrepareDiff(
    {
      ...inputDefaults(PREPARE_DIFF_INPUTS, 'cli'),
      base: options.base,
      head: options.head,
      mode: options.mode,
      rebuildList: options.rebuildList,
      root: options.root,
      outputDir: options.outputDir,
      event: context.event,
    },
    stepPorts('prepare-diff'),
  );
  await removeTagFiles(options.outputDir);
  await writePlanFiles(options.outputDir, plan);
  const result: LocalBuildResult = {
    repository: options.repository,
    date,
    why: plan.why ?? '',
    notes,
    images: plan.images.map((image) => image.image),
    builds: [],
    manifests: [],
    tags: [],
    stepErrors: [],
    ok: true,
  };
  if (plan.images.length === 0) return result;
  await cloneUpstreams(plan, options, stepPorts('clone-upstream'), context.progress);
  result.builds = await buildImages(plan, {options, target, date, ociLayout, logDir, context});
  const failed = new Set(result.builds.filter((b) => !published(b) && !b.notHere).map((b) => b.image));
  const mergeable = plan.images.filter(
    (image) =>
      !failed.has(image.image) &&
      (image.config.manualBuild || result.builds.some((b) => b.image === image.image && published(b))),
  );
  await publish(mergeable, {options, target, date, context, stepPorts, result});
  result.ok = failed.size === 0 && result.stepErrors.length === 0;
  return result;
}

async function cloneUpstreams(plan: Plan, options: BuildOptions, ports: Ports, progress: ProgressView) {
  const upstream = plan.images.filter((image) => image.config.source.kind === 'upstream');
  if (upstream.length === 0) return;
  for (const image of upstream) progress.update(image.image, 'source', 'cloning');
  // A fetch that failed fails only the images built from it (their archive is missing).
  const {sources, failed} = await runCloneUpstream(
    {...inputDefaults(CLONE_UPSTREAM_INPUTS, 'cli'), root: options.root, outputDir: options.outputDir},
    ports,
  ).catch((error: unknown) => {
    if (error instanceof StepIncomplete) return error.result as CloneUpstreamResult;
    throw error;
  });
  for (const image of upstream) {
    const source = sources.find((s) => s.dir === image.dir);
    const failure = failed.find((f) => f.dir === image.dir);
    if (source)
      progress.update(image.image, 'source', 'cloned', `${source.ref} ${source.commit.slice(0, 12)}`);
    else progress.update(image.image, 'source', 'failed', failure?.reason ?? '');
  }
}

interface BuildStage {
  options: BuildOptions;
  target: Reference;
  date: string;
  ociLayout: boolean;
  logDir: string;
  context: LocalBuildContext;
}

async function buildImages(plan: Plan, stage: BuildStage): Promise<BuildRow[]> {
  const {options, context} = stage;
  const inputs: BuildArchInputs = {
    ...inputDefaults(BUILD_ARCH_INPUTS, 'cli'),
    repository: options.repository,
    target: stage.target,
    naming: options.naming,
    // An OCI layout is written by buildah (see buildah-exec.ts); `auto` could pick another backend.
    backend: stage.ociLayout ? 'buildah' : options.backend,
    date: stage.date,
    root: options.root,
    // A layout has no registry to keep a cache in.
    cache: stage.ociLayout ? 'false' : '',
    // An image whose fingerprint tag the registry or layout holds is tagged, not built again.
    reuse: options.reuse,
    insecureRegistries: options.insecureRegistries,
    outputDir: options.outputDir,
    buildArgEnv: options.buildArgEnv,
  };
  const registry = registryClient(inputs, context.ports);
  const scheme = imageTagScheme(inputs, context.event, context.ports.now());
  const scratch = await mkdtemp(path.join(tmpdir(), 'hephy-build-'));
  try {
    const run = createBuildRun({
      inputs,
      scheme,
      ports: context.ports,
      registry,
      planned: plan.images,
      scratch,
      // The labels name the commit and repository being built, as on CI.
      event: context.event,
      // clone-upstream ran in this process with the same output-dir: nothing to download.
      ensureSources: async () => {},
      // Other arches are built here under emulation: $BUILDPLATFORM is this machine's.
      buildPlatform: suggestPlatform(context.support?.host ?? nodeArchLabel()) ?? '',
      // .hephy/work and .hephy/images are this command's output: an image at the repository root
      // is still committed as is (docs/backends.md).
      ownOutput: [options.outputDir, ...(stage.target.kind === 'layout' ? [stage.target.dir] : [])],
    });
    return await runBuildJobs({
      images: plan.images,
      run,
      registry,
      ...(options.archs ? {archs: options.archs} : {}),
      jobs: options.jobs,
      logDir: stage.logDir,
      progress: context.progress,
      echo: context.echo,
      ...(context.support ? {support: context.support} : {}),
    });
  } finally {
    await rm(scratch, {recursive: true, force: true});
  }
}

interface PublishStage {
  options: BuildOptions;
  target: Reference;
  date: string;
  context: LocalBuildContext;
  stepPorts: (step: string) => Ports;
  result: LocalBuildResult;
}

/** merge-manifest, then retag, for the images whose every build here succeeded. */
async function publish(images: PlannedImage[], stage: PublishStage): Promise<void> {
  if (images.length === 0) return;
  const {options, context, result} = stage;
  const inputs: MergeManifestInputs = {
    ...inputDefaults(MERGE_MANIFEST_INPUTS, 'cli'),
    repository: options.repository,
    target: stage.target,
    naming: options.naming,
    date: stage.date,
    root: options.root,
    insecureRegistries: options.insecureRegistries,
    outputDir: options.outputDir,
  };
  const logDir = path.join(options.outputDir, 'logs');
  // The index holds the arches built here: the ones this machine cannot build were left out on
  // purpose and are listed as skipped, not missing.
  const archsOf = (image: PlannedImage) =>
    image.config.manualBuild
      ? image.archs
      : result.builds.filter((b) => b.image === image.image && published(b)).map((b) => b.arch);
  const merged = await partialStep(
    () =>
      runMergeManifest(inputs, stage.stepPorts('merge-manifest'), {images, event: context.event, archsOf}),
    (error) =>
      result.stepErrors.push({step: 'merge-manifest', error, log: path.join(logDir, 'merge-manifest.log')}),
  );
  if (!merged) return;
  result.manifests = merged.manifests;
  for (const m of merged.manifests)
    context.progress.update(m.image, 'index', 'merged', m.platforms.join(','));
  const tagged = images.filter((image) => result.manifests.some((m) => m.image === image.image));
  const retagged = await partialStep(
    () =>
      runRetag({...inputs, tags: options.tags}, stage.stepPorts('retag'), {
        images: tagged,
        event: context.event,
        archsOf,
      }),
    (error) => result.stepErrors.push({step: 'retag', error, log: path.join(logDir, 'retag.log')}),
  );
  result.tags = retagged?.tags ?? [];
  for (const image of tagged) {
    const mine = result.tags.filter((t) => t.image === image.image).map((t) => t.tag);
    if (mine.length > 0) context.progress.update(image.image, 'tags', 'tagged', mine.join(','));
  }
}

/** A step's result, also when it did only part of its work; its error goes to `failed`. */
async function partialStep<R>(
  run: () => Promise<R>,
  failed: (error: unknown) => void,
): Promise<R | undefined> {
  try {
    return await run();
  } catch (error) {
    failed(error);
    return error instanceof StepIncomplete ? (error.result as R) : undefined;
  }
}
