import type {BuildConfig} from '../../config/types.js';
import type {Env} from '../../ports.js';

/** Where this repository lives and which commit is built, as GitHub or GitLab says. */
function thisRepository(env: Env): {source?: string; revision?: string} {
  if (env.GITHUB_REPOSITORY) {
    return {
      source: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`,
      ...(env.GITHUB_SHA ? {revision: env.GITHUB_SHA} : {}),
    };
  }
  return {
    ...(env.CI_PROJECT_URL ? {source: env.CI_PROJECT_URL} : {}),
    ...(env.CI_COMMIT_SHA ? {revision: env.CI_COMMIT_SHA} : {}),
  };
}

/**
 * The OCI labels of an image (image-spec annotations.md): the source repository and commit (the
 * upstream's for an upstream image, credentials masked), when it was built, and its version.
 */
export function ociLabels(
  config: BuildConfig,
  options: {env: Env; now: Date; date: string; upstream?: {repository: string; commit?: string}},
): Record<string, string> {
  const own = thisRepository(options.env);
  const source = options.upstream ? options.upstream.repository : own.source;
  const revision = options.upstream ? options.upstream.commit : own.revision;
  const version = config.source.kind === 'upstream' ? config.source.ref : options.date;
  return {
    'org.opencontainers.image.created': options.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'org.opencontainers.image.version': version,
    ...(source ? {'org.opencontainers.image.source': source} : {}),
    ...(revision ? {'org.opencontainers.image.revision': revision} : {}),
  };
}
