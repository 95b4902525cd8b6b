import {mkdtemp, rm} from 'node:fs/promises';
import path from 'node:path';
import type {BackendName} from '../../config/types.js';
import {buildConcurrency} from '../../backends/concurrency.js';
import {backendByName, selectBackend, thisHost, type BuildHost} from '../../backends/select.js';
import {backendVersions} from '../../backends/version.js';
import {checkoutStates} from './checkout-state.js';
import {markdownCode, markdownText} from '../../markdown.js';
import {resolveDirsInput} from '../common/handoff.js';
import {loadPlannedImages} from '../../plan/load.js';
import type {TagScheme} from '../../plan/names.js';
import type {PlannedImage} from '../../plan/types.js';
import type {ArtifactStore} from '../../platform/artifact-store.js';
import type {CiEvent} from '../../shared/event.js';
import {scratchParent} from '../../platform/scratch.js';
import type {Ports} from '../../ports.js';
import {ensureOutputDir} from '../common/handoff.js';
import {StepIncomplete} from '../common/partial.js';
import {credentialOptions, imageTagScheme, registryClient} from '../common/registry.js';
import {writeAuthFile} from '../../registry/auth-file.js';
import type {RegistryClient} from '../../registry/client.js';
import {configKeyHost} from '../../registry/docker-config.js';
import {isLoopbackHost} from '../../registry/reference.js';
import {UserError, UserErrors} from '../../errors.js';
import {buildArgVariableProblems} from './build-args.js';
import type {BuildRun, ImageBuild} from './build-image.js';
import {buildScheduled, type FailedBuild, type SkippedBuild} from './schedule.js';
import {contextResolver} from './context.js';
import type {BuildArchInputs} from './inputs.js';
import {planPart} from './only.js';

export interface BuildArchResult {
  arch: string;
  /** The images built, in plan order. */
  images: ImageBuild[];
  failed: FailedBuild[];
  /** The images built on a failed one, which were not built. */
  skipped: SkippedBuild[];
}

/**
 * build-arch built what it could and some images failed: one problem per failed or skipped
 * image (a failed config keeps its file and line), and the whole result for the outputs.
 */
export class BuildArchFailed extends StepIncomplete<BuildArchResult> {
  constructor(result: BuildArchResult) {
    super(
      [
        ...result.failed.map(({image, arch, error, reason}) => {
          const located = error instanceof UserError && !(error instanceof UserErrors) ? error : undefined;
          return new UserError(`${image} (${arch}) failed: ${located ? located.message : reason}`, {
            ...(located?.location ? {location: located.location} : {}),
            ...(located?.field ? {field: located.field} : {}),
            cause: error,
          });
        }),
        ...result.skipped.map(
          ({image, arch, reason}) => new UserError(`${image} (${arch}) was not built: ${reason}`),
        ),
      ],
      result,
    );
    this.name = 'BuildArchFailed';
  }
}

export interface BuildArchDeps {
  /** What started the run: off the default branch, tags get the branch added. */
  event?: Pick<CiEvent, 'refName' | 'refType' | 'defaultBranch' | 'kind' | 'sourceUrl' | 'headSha'>;
  /** Where the upstream archives come from when output-dir lacks them (GitHub). */
  artifacts?: ArtifactStore;
  /** Where the backends' programs are looked for; this process's own by default. */
  host?: BuildHost;
}

/**
 * Builds, for one arch, every image of `dirs` whose platforms include it, dependencies first and
 * up to `jobs` at a time, and pushes each as `<image>-<date>-<arch>`. A failed image stops only
 * the images built on it; the step throws BuildArchFailed at the end. Bad input found before any
 * build (a config, a build arg, output-dir) stops everything: nothing is built or pushed.
 */
export async function runBuildArch(
  inputs: BuildArchInputs,
  ports: Ports,
  deps: BuildArchDeps = {},
): Promise<BuildArchResult> {
  const dirs = await resolveDirsInput(inputs.dirs, inputs.outputDir);
  const part = planPart(await loadPlannedImages(inputs.root, dirs), inputs.only, inputs.arch, inputs.push);
  const images = part.build.filter((image) => image.archs.includes(inputs.arch));
  // The `.tag` files go there after each push: a missing one must fail now, before any push.
  await ensureOutputDir(inputs.outputDir);
  const scratch = await mkdtemp(path.join(scratchParent(ports.env), 'hephy-build-'));
  const run: BuildRun = createBuildRun({
    inputs,
    ports,
    scheme: imageTagScheme(inputs, deps.event ?? {}, ports.now()),
    ...(deps.event ? {event: deps.event} : {}),
    planned: part.planned,
    inRun: part.inRun,
    scratch,
    ...(deps.host ? {host: deps.host} : {}),
    ensureSources: async () => void (await deps.artifacts?.download(inputs.artifactName, inputs.outputDir)),
  });
  try {
    // A backend that cannot run here fails the run before the first image is built and pushed.
    const backends: BackendName[] = [];
    for (const image of images.filter((i) => !i.config.manualBuild)) {
      backends.push(
        (await selectBackend(image.config.buildBackend, inputs.backend, run.host, image.config.file)).name,
      );
    }
    const concurrency = buildConcurrency(inputs.jobs, backends);
    if (images.length > 1) ports.log.info(`building ${images.length} images, ${concurrency.why}`);
    const {builds, failed, skipped} = await buildScheduled(images, run, concurrency.jobs);
    const result = {arch: inputs.arch, images: builds, failed, skipped};
    if (failed.length > 0 || skipped.length > 0) throw new BuildArchFailed(result);
    return result;
  } finally {
    await rm(scratch, {recursive: true, force: true});
  }
}

export interface BuildRunOptions {
  inputs: BuildArchInputs;
  ports: Ports;
  scheme: TagScheme;
  /** The run's repository address and commit, for the images' OCI labels. */
  event?: Pick<CiEvent, 'sourceUrl' | 'headSha'>;
  /** Built from the inputs' credentials when not given. */
  registry?: RegistryClient;
  /** Every planned image of the run (a dependency directory's `targets:` images are among them). */
  planned: readonly PlannedImage[];
  /** Images the run builds and pushes for this arch, here or in another job (the `only` input). */
  inRun?: ReadonlySet<string>;
  /** The building machine's platform when it builds other arches under emulation (BuildRun). */
  buildPlatform?: string;
  /** Directories the run writes inside the repository (the CLI's): not an uncommitted change. */
  ownOutput?: readonly string[];
  /** A private directory for contexts, auth files and digest files. */
  scratch: string;
  host?: BuildHost;
  /** Brings the upstream archives into output-dir before the first upstream image needs them. */
  ensureSources: () => Promise<void>;
}

/**
 * What every `buildImage` call of a run shares. build-arch makes one per arch; the
 * hephy-builder command makes one per arch too, in one process. Every `${NAME}` of every
 * planned image's build_args is checked here, before anything is built or pushed.
 */
export function createBuildRun(options: BuildRunOptions): BuildRun {
  const {inputs, ports} = options;
  const credentials = credentialOptions(inputs);
  const insecureHosts = new Set(inputs.insecureRegistries.map(configKeyHost));
  const registry = options.registry ?? registryClient(inputs, ports);
  const dependencyImagesOf = dependencyImages(options.planned);
  const problems = buildArgVariableProblems(options.planned, {
    root: inputs.root,
    fromEnv: inputs.buildArgEnv,
    dependencyImages: dependencyImagesOf,
  });
  if (problems.length > 0)
    throw problems.length === 1 ? (problems[0] as UserError) : new UserErrors(problems);
  let sources: Promise<void> | undefined;
  const versions = backendVersions(ports);
  return {
    inputs,
    ports,
    scheme: options.scheme,
    ...(options.event ? {event: options.event} : {}),
    registry,
    scratch: options.scratch,
    host: options.host ?? thisHost(ports.env),
    contextOf: contextResolver({
      root: inputs.root,
      outputDir: inputs.outputDir,
      scratch: options.scratch,
      ensureSources: () => (sources ??= options.ensureSources()),
    }),
    dependencyImages: dependencyImagesOf,
    latestDigests: new Map(),
    baseManifests: new Map(),
    checkoutState: checkoutStates(ports.exec, inputs.root, options.ownOutput),
    ...(options.inRun ? {inRun: options.inRun} : {}),
    ...(options.buildPlatform ? {buildPlatform: options.buildPlatform} : {}),
    insecure: (host) => isLoopbackHost(host) || insecureHosts.has(configKeyHost(host)),
    backendVersion: (name) => versions(backendByName(name)),
    writeAuthFile: (file, hosts) => writeAuthFile(file, hosts, credentials, ports),
  };
}

/**
 * The images a dependency directory stands for. `<DIR>_TAG` always means the image named like
 * the directory (for a directory with `targets:` there is none, so it must come from a pushed
 * `<dir>-latest`); its `targets:` images planned in this run are offered as `<DIR>_<TARGET>_TAG` too.
 */
function dependencyImages(planned: readonly PlannedImage[]): (dir: string) => string[] {
  return (dir) => [...new Set([dir, ...planned.filter((p) => p.dir === dir).map((p) => p.image)])];
}

/** The job summary: one row per image, built, failed (why) or skipped (because of which image). */
export function buildArchSummary(result: BuildArchResult): string {
  const {arch, images, failed, skipped} = result;
  if (images.length + failed.length + skipped.length === 0)
    return `No image in \`dirs\` is built for ${markdownText(arch)}.`;
  const rows = [
    ...images.map(
      (b) =>
        `| ${markdownText(b.image)} | ${markdownText(b.arch)} | ${referenceCell(b)} | ${markdownCode(b.digest ?? '')} | ${markdownText(b.backend)} | ${b.seconds.toFixed(1)} |`,
    ),
    ...failed.map(
      (f) =>
        `| ${markdownText(f.image)} | ${markdownText(f.arch)} | failed: ${markdownText(oneLine(f.reason))} | | | |`,
    ),
    ...skipped.map(
      (s) =>
        `| ${markdownText(s.image)} | ${markdownText(s.arch)} | skipped: ${markdownText(oneLine(s.reason))} | | | |`,
    ),
  ];
  return [
    '| image | arch | reference | digest | backend | seconds |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The reference pushed; a reused image says so, with the fingerprint it was found by. */
function referenceCell(build: ImageBuild): string {
  if (build.status === 'pushed') return markdownCode(build.reference);
  if (build.status === 'reused')
    return `${markdownCode(build.reference)} reused (fingerprint ${markdownCode(build.fingerprint ?? '')})`;
  return build.status;
}

/** A reason in a table cell: one line, cut (a build's stderr tail is in the log). */
function oneLine(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' / ');
  return line.length > 300 ? `${line.slice(0, 300)}...` : line;
}
