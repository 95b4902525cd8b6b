import type {BuildConfig} from '../../config/types.js';
import {parsePlatform} from '../../config/platform-spec.js';
import {errorMessage} from '../../errors.js';
import type {Env} from '../../ports.js';
import type {RegistryClient} from '../../registry/client.js';
import {imageDigestFor} from '../../registry/image-index.js';
import {formatReference, parseReference, withTarget} from '../../registry/reference.js';
import type {Manifest} from '../../registry/types.js';
import type {DependencyImage} from './dependencies.js';
import type {DockerfileImage} from './dockerfile-from.js';

/**
 * ko's base image when neither the config nor the environment names one: ko-build/ko
 * pkg/commands/options/build.go:34 (`defaultBaseImage`), read at :177-183 (commit 42978711).
 */
export const KO_DEFAULT_BASE_IMAGE = 'cgr.dev/chainguard/static:latest';

/** An external image a build pulls, by the digest its registry holds for the build's platform now. */
export interface BaseDigest {
  reference: string;
  platform: string;
  digest: string;
}

/** Manifests of base images read so far in a run, by reference: each is read once per run. */
export type BaseManifests = Map<string, Promise<Manifest | undefined>>;

/** The image ko builds on: the config's `base_image`, else `KO_DEFAULTBASEIMAGE`, else ko's default. */
export function koBaseImages(config: BuildConfig, env: Env, platform: string): DockerfileImage[] {
  const reference = config.ko?.baseImage || env.KO_DEFAULTBASEIMAGE || KO_DEFAULT_BASE_IMAGE;
  return [{reference, ref: parseReference(reference), platform, line: 0}];
}

/** The same image without its digest, for comparing a `FROM` with a dependency's pinned reference. */
function unpinned(reference: string): string {
  const ref = parseReference(reference);
  return formatReference(withTarget(ref, ref.tag !== undefined ? {tag: ref.tag} : {}));
}

/**
 * The digest of every external image in `images` for its platform, or why one is unknown. An
 * image of this repository the build is given (`dependencies`) is left out: its digest is
 * already in the fingerprint. A reference pinned by digest needs no request; any other costs one
 * manifest GET per run (an index's entry for the platform is picked from the same bytes).
 */
export async function baseDigests(
  registry: RegistryClient,
  images: readonly DockerfileImage[],
  dependencies: readonly DependencyImage[],
  read: BaseManifests,
): Promise<{bases: BaseDigest[]} | {why: string}> {
  const given = new Set(dependencies.map((dep) => unpinned(dep.reference)));
  const bases: BaseDigest[] = [];
  for (const image of images) {
    const where = image.line > 0 ? ` (line ${image.line})` : '';
    if (given.has(unpinned(image.reference))) continue;
    if (image.ref.digest) {
      bases.push({reference: image.reference, platform: image.platform, digest: image.ref.digest});
      continue;
    }
    const key = formatReference(image.ref);
    if (!read.has(key)) read.set(key, registry.getManifest(image.ref));
    let manifest: Manifest | undefined;
    try {
      manifest = await (read.get(key) as Promise<Manifest | undefined>);
    } catch (error) {
      return {why: `looking up ${image.reference}${where} failed: ${errorMessage(error)}`};
    }
    if (!manifest) return {why: `${image.reference}${where} is not in its registry`};
    const wanted = parsePlatform(image.platform);
    const digest = wanted && imageDigestFor(manifest, wanted);
    if (!digest) return {why: `${image.reference}${where} has no ${image.platform} image`};
    bases.push({reference: image.reference, platform: image.platform, digest});
  }
  return {bases};
}
