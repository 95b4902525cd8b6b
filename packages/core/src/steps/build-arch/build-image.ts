import path from 'node:path';
import {runBackend} from '../../backends/run.js';
import {selectBackend, type BuildHost} from '../../backends/select.js';
import type {BuildRequest} from '../../backends/types.js';
import type {BackendVersion} from '../../backends/version.js';
import {archLabel, formatPlatform} from '../../shared/platform-spec.js';
import {variableNames} from '../../config/variables.js';
import type {BackendName, BuildConfig} from '../../config/types.js';
import {errorMessage, UserError} from '../../errors.js';
import {archRef, cacheTag, type TagScheme, type TaggedReference} from '../../plan/names.js';
import type {PlannedImage} from '../../plan/types.js';
import type {CiEvent} from '../../shared/event.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {argValues, declaredArgs, expandBuildArgs, mergeBuildArgs} from './build-args.js';
import {readDockerfile, type BuildContext} from './context.js';
import {dependencyArgs, dependencyDirs, type DependencyImage} from './dependencies.js';
import {fromHosts} from './from-hosts.js';
import type {BaseManifests} from './base-images.js';
import {buildFingerprint, pulledImages} from './build-fingerprint.js';
import type {CheckoutState} from './checkout-state.js';
import {formatReference, repositoryName} from '../../registry/reference.js';
import type {BuildArchInputs} from './inputs.js';
import {ociLabels} from './labels.js';
import {FINGERPRINT_LABEL} from './fingerprint.js';
import {fingerprintRef, findReusable, tagFingerprint} from './reuse.js';
import type {Reference} from '../../shared/reference.js';
import {writeTagFile} from '../common/handoff.js';

/** One image built (or skipped) for one arch: a row of the summary and of the `images` output. */
export interface ImageBuild {
  image: string;
  arch: string;
  /** `repository:tag` pushed. */
  reference: string;
  /** The manifest digest the registry reports for it ('' when not pushed). */
  digest: string;
  backend: string;
  seconds: number;
  /** reused: the run tag was put on the image the registry held with this fingerprint; nothing built. */
  status: 'pushed' | 'built' | 'manual' | 'reused';
  dependencies: DependencyImage[];
  /** The image's fingerprint (docs/backends.md); absent when its directory is not committed as is. */
  fingerprint?: string;
}

/** What every image build of one run shares. */
export interface BuildRun {
  inputs: BuildArchInputs;
  scheme: TagScheme;
  /** The run's repository address and commit, for the images' OCI labels. */
  event?: Pick<CiEvent, 'sourceUrl' | 'headSha'>;
  ports: Ports;
  registry: RegistryClient;
  scratch: string;
  host: BuildHost;
  contextOf: (config: BuildConfig) => Promise<BuildContext>;
  /**
   * The images of a dependency directory (of a plan's `dependsOn`) whose `<DEP>_TAG`/`<DEP>_IMAGE`
   * a Dockerfile may declare: the directory's own name, and its `targets:` images in this run.
   */
  dependencyImages: (dir: string) => readonly string[];
  /** `<dep>-latest` digests looked up so far, shared by every image of the run. */
  latestDigests: Map<string, Promise<string | undefined>>;
  /**
   * The building machine's platform when it builds other arches under emulation (the CLI), for
   * `$BUILDPLATFORM`; undefined: each build's own (a runner per arch builds natively).
   */
  buildPlatform?: string;
  /** External base images read so far (one manifest GET each per run), for fingerprints. */
  baseManifests: BaseManifests;
  /** Images the run builds and pushes for this arch, here or in another job: their `.tag` file or nothing. */
  inRun?: ReadonlySet<string>;
  insecure: (host: string) => boolean;
  /** The version of each backend, asked once per run (backends/version.ts). */
  backendVersion: (backend: BackendName) => Promise<BackendVersion>;
  /** Each image directory's committed tree, or why its checkout is not that tree (once per run). */
  checkoutState: (dir: string) => Promise<CheckoutState>;
  writeAuthFile: (file: string, hosts: string[]) => Promise<string[]>;
}

/** The platform of `image` whose arch label is `arch` (`linux/arm/v7` for `armv7`). */
export function platformFor(config: BuildConfig, arch: string): string {
  const specs = config.platforms.length > 0 ? config.platforms : (config.ko?.platforms ?? []);
  const spec = specs.find((p) => archLabel(p) === arch);
  return spec ? formatPlatform(spec) : `linux/${arch}`;
}

async function manifestDigest(
  run: BuildRun,
  reference: string,
  options: {justPushed?: boolean} = {},
): Promise<string | undefined> {
  return (await run.registry.headManifest(reference, options))?.digest;
}

/** Builds and pushes one image for the run's arch, and writes its `.tag` file. */
export async function buildImage(image: PlannedImage, run: BuildRun): Promise<ImageBuild> {
  const {inputs, ports} = run;
  const started = ports.now().getTime();
  const ref = archRef(run.scheme, image.image, inputs.arch);
  const base = {image: image.image, arch: inputs.arch, reference: formatReference(ref)};
  if (image.config.manualBuild) {
    ports.log.info(`${image.image}: manual_build is set; not building (merge-manifest uses manual_images)`);
    const backend = image.config.buildBackend ?? inputs.backend;
    return {...base, backend, digest: '', seconds: 0, status: 'manual', dependencies: []};
  }
  const backend = await selectBackend(image.config.buildBackend, inputs.backend, run.host, image.config.file);
  const {request, dependencies, fingerprint} = await prepareRequest(image, run, backend.name, ref);
  // A registry and an OCI layout (the CLI's target) alike: the registry client speaks both.
  const fingerprintTag =
    fingerprint && inputs.push ? fingerprintRef(ref, run.scheme.date, fingerprint) : undefined;
  if (fingerprintTag && fingerprint && inputs.reuse) {
    const reused = await reuseImage(run, image.image, ref, fingerprintTag, fingerprint, request.platform);
    if (reused) {
      const seconds = (ports.now().getTime() - started) / 1000;
      return {...base, backend: backend.name, seconds, dependencies, fingerprint, ...reused};
    }
  }
  if (!inputs.push && request.cacheRepository) {
    ports.log.info(
      `${image.image}: push is false: the cache in ${request.cacheRepository} is read, not written`,
    );
  }
  const result = await runBackend(backend, request, ports);
  const seconds = (ports.now().getTime() - started) / 1000;
  const built = {...base, backend: backend.name, seconds, dependencies};
  if (!inputs.push) return {...built, digest: '', status: 'built'};
  const digest = await registryDigest(run, base.reference, result.digest);
  if (fingerprintTag) {
    await tagFingerprint(run.registry, ref, digest, fingerprintTag).catch((error: unknown) =>
      ports.log.warning(`${image.image}: the fingerprint tag was not pushed: ${errorMessage(error)}`),
    );
  }
  await writeTagFile(inputs.outputDir, image.image, inputs.arch, {tag: ref.tag, digest});
  return {...built, digest, status: 'pushed', ...(fingerprint ? {fingerprint} : {})};
}

/**
 * Puts the run tag on the image the registry holds with this fingerprint and writes its `.tag`
 * file, or returns undefined (logging why) when there is none to reuse: then the image is built.
 */
async function reuseImage(
  run: BuildRun,
  image: string,
  ref: TaggedReference,
  fingerprintTag: Reference,
  fingerprint: string,
  platform: string,
): Promise<{digest: string; status: 'reused'} | undefined> {
  const {ports, inputs} = run;
  const lookup = await findReusable(run.registry, fingerprintTag, fingerprint, platform).catch(
    (error: unknown) => ({found: false as const, why: `the lookup failed: ${errorMessage(error)}`}),
  );
  if (!lookup.found) {
    ports.log.info(`${image}: building (fingerprint ${fingerprint}: ${lookup.why})`);
    return undefined;
  }
  const {mediaType, bytes, digest} = lookup.manifest;
  await run.registry.putManifest(ref, {mediaType, bytes});
  await writeTagFile(inputs.outputDir, image, inputs.arch, {tag: ref.tag, digest});
  ports.log.info(`${image}: reused ${digest} (fingerprint ${fingerprint}), tagged ${formatReference(ref)}`);
  return {digest, status: 'reused'};
}

/** The build request of one image: its context, args (with dependencies), labels and auth. */
async function prepareRequest(
  image: PlannedImage,
  run: BuildRun,
  backend: BackendName,
  ref: TaggedReference,
): Promise<{request: BuildRequest; dependencies: DependencyImage[]; fingerprint?: string}> {
  const {inputs, ports, scheme} = run;
  const config = image.config;
  const context = await run.contextOf(config);
  const dockerfile = ['ko', 'spin'].includes(backend) ? '' : await readDockerfile(config, context);
  const declared = declaredArgs(dockerfile);
  // A `${CURL_TAG}` in build_args needs the value even where the Dockerfile declares no such ARG.
  const referenced = config.buildArgs.flatMap(variableNames);
  const deps = await dependencyArgs(
    new Set([...declared, ...referenced]),
    dependencyDirs(image, inputs.root).flatMap(run.dependencyImages),
    {
      scheme,
      arch: inputs.arch,
      outputDir: inputs.outputDir,
      head: (r) => manifestDigest(run, r),
      latest: run.latestDigests,
      ...(run.inRun ? {inRun: run.inRun} : {}),
    },
  );
  for (const dep of deps.used) {
    ports.log.info(`${dep.image}: ${dep.reference}${dep.fromThisRun ? ' (built in this run)' : ''}`);
  }
  const fill = new Map([...deps.args].filter(([name]) => declared.has(name)));
  const values = argValues(ports.env, inputs.buildArgEnv, deps.args);
  const configArgs = expandBuildArgs(config.buildArgs, values, fill, (name) =>
    ports.log.warning(`${config.file}: build_args: \${${name}} is not set; using ''`),
  );
  const destination = formatReference(ref);
  const host = ref.kind === 'registry' ? ref.host : '';
  const workDir = path.join(run.scratch, image.image);
  const request: BuildRequest = {
    context: context.context,
    dockerfile: context.dockerfile,
    target: image.target,
    platform: platformFor(config, inputs.arch),
    buildArgs: mergeBuildArgs(configArgs, fill),
    labels: ociLabels(config, {
      ...(run.event ? {event: run.event} : {}),
      now: ports.now(),
      date: scheme.date,
      upstream: context.upstream,
    }),
    destination,
    ...(cacheOn(inputs, config)
      ? {
          cacheRepository: `${repositoryName(ref)}/cache`,
          cacheTag: cacheTag(scheme, image.image, inputs.arch),
        }
      : {}),
    insecure: run.insecure(host),
    workDir,
    keep: [inputs.root, inputs.outputDir, run.scratch],
    push: inputs.push,
    ...(config.ko ? {ko: config.ko} : {}),
    ...(config.spin ? {spin: config.spin} : {}),
    env: ports.env,
  };
  const pulled = pulledImages(backend, dockerfile, request, ports.env, config, run.buildPlatform);
  const authFile = path.join(workDir, 'auth', 'config.json');
  if ((await run.writeAuthFile(authFile, [...(host ? [host] : []), ...fromHosts(pulled.images)])).length > 0)
    request.authFile = authFile;
  // Only a pushed image is ever looked up by its fingerprint.
  const fingerprint = inputs.push
    ? await buildFingerprint(image, request, {
        ports,
        checkout: () => run.checkoutState(config.dir),
        registry: run.registry,
        baseManifests: run.baseManifests,
        context,
        dependencies: deps.used,
        backend,
        backendVersion: () => run.backendVersion(backend),
        pulled,
      })
    : undefined;
  if (fingerprint) request.labels = {...request.labels, [FINGERPRINT_LABEL]: fingerprint};
  return {request, dependencies: deps.used, ...(fingerprint ? {fingerprint} : {})};
}

function cacheOn(inputs: BuildArchInputs, config: BuildConfig): boolean {
  return inputs.cache === 'true' || (inputs.cache === '' && config.cache);
}

/**
 * The digest of what this build pushed, as the registry reports it. The backend's own digest is
 * checked first with a HEAD by digest: a HEAD of the tag alone could answer with another run's
 * image pushed to the same tag a moment later. Backends whose digest is computed before the push
 * (kaniko) or absent (spin) fall back to the tag, with a warning when the two differ.
 */
async function registryDigest(
  run: BuildRun,
  reference: string,
  reported: string | undefined,
): Promise<string> {
  // Just pushed: a registry slow to show it is asked again a few times before we give up on it.
  if (reported && (await manifestDigest(run, `${reference}@${reported}`, {justPushed: true})) === reported) {
    return reported;
  }
  const digest = await manifestDigest(run, reference);
  if (!digest) {
    throw new UserError(
      `${reference} was pushed, but the registry does not have it: check that repository and the registry's logs (a proxy or a mirror in between?), then run again`,
    );
  }
  if (reported && reported !== digest) {
    run.ports.log.warning(
      `${reference}: the backend reported ${reported}, the registry has ${digest}; using the registry's`,
    );
  }
  return digest;
}
