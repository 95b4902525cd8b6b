import type {BackendVersion} from '../../backends/version.js';
import type {BackendName, BuildConfig} from '../../config/types.js';
import type {BuildRequest} from '../../backends/types.js';
import {errorMessage} from '../../errors.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Ports} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {baseDigests, koBaseImages, type BaseManifests} from './base-images.js';
import type {BuildContext} from './context.js';
import type {DependencyImage} from './dependencies.js';
import {dockerfileImages, type DockerfileImages} from './dockerfile-from.js';
import type {CheckoutState} from './checkout-state.js';
import {dateFreeBuildArgs, imageFingerprint} from './fingerprint.js';

/** The images a build pulls: the Dockerfile's (names expanded), ko's base, none for spin. */
export function pulledImages(
  backend: BackendName | string,
  dockerfile: string,
  request: BuildRequest,
  env: Ports['env'],
  config: BuildConfig,
  buildPlatform?: string,
): DockerfileImages {
  if (backend === 'spin') return {images: [], unresolved: []};
  if (backend !== 'ko') {
    const found = dockerfileImages(dockerfile, request.buildArgs, request.platform, buildPlatform);
    // Only BuildKit runs the `# syntax=` frontend image; buildah and kaniko read the file themselves.
    const frontend = ['buildkit', 'buildx'].includes(backend) && found.syntax ? [found.syntax] : [];
    return {...found, images: [...frontend, ...found.images]};
  }
  try {
    return {images: koBaseImages(config, env, request.platform), unresolved: []};
  } catch (error) {
    return {images: [], unresolved: [`ko base image: ${errorMessage(error)}`]};
  }
}

/** What the fingerprint of one build is read from, besides the request itself. */
export interface FingerprintSources {
  ports: Pick<Ports, 'log'>;
  /** The image directory's committed tree, or why the checkout is not that tree (once per run). */
  checkout: () => Promise<CheckoutState>;
  registry: RegistryClient;
  baseManifests: BaseManifests;
  context: BuildContext;
  dependencies: readonly DependencyImage[];
  backend: string;
  /** The backend's version (asked once per run), or why it is unknown. */
  backendVersion: () => Promise<BackendVersion>;
  pulled: DockerfileImages;
}

/**
 * The fingerprint of one build (fingerprint.ts), or undefined (logged) when an input is unknown:
 * the image directory is not exactly a committed tree, or an external image it pulls cannot be
 * read now. Such an image is always built, never reused.
 */
export async function buildFingerprint(
  image: PlannedImage,
  request: BuildRequest,
  sources: FingerprintSources,
): Promise<string | undefined> {
  const none = (why: string) => {
    sources.ports.log.info(`${image.image}: ${why}: no fingerprint, always built`);
    return undefined;
  };
  // ko and spin compile source with the runner's toolchain (go, cargo), and ko reads the Go
  // module wherever its go.mod is, above the image directory too: inputs the tree does not hold.
  if (sources.backend === 'ko' || sources.backend === 'spin')
    return none(
      `${sources.backend} builds with the runner's toolchain from sources the fingerprint cannot see`,
    );
  const checkout = await sources.checkout();
  if (checkout.tree === undefined) return none(checkout.why);
  const {tree} = checkout;
  const upstreamCommit = sources.context.upstream?.commit;
  if (sources.context.upstream && !upstreamCommit) return none('the upstream commit is unknown');
  const version = await sources.backendVersion();
  if (version.version === undefined) return none(version.why);
  if (sources.pulled.unresolved.length > 0)
    return none(`${image.config.dockerfilePath}: ${sources.pulled.unresolved.join('; ')}`);
  const resolved = await baseDigests(
    sources.registry,
    sources.pulled.images,
    sources.dependencies,
    sources.baseManifests,
  );
  if ('why' in resolved) return none(resolved.why);
  return imageFingerprint({
    tree,
    config: image.config,
    ...(upstreamCommit ? {upstreamCommit} : {}),
    dependencies: sources.dependencies.map((dep) => ({
      image: dep.image,
      digest: dep.reference.slice(dep.reference.lastIndexOf('@') + 1),
    })),
    bases: resolved.bases,
    buildArgs: dateFreeBuildArgs(request.buildArgs, sources.dependencies),
    target: request.target,
    platform: request.platform,
    backend: sources.backend,
    backendVersion: version.version,
  });
}
