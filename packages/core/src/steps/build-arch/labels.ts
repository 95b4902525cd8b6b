import type {BuildConfig} from '../../config/types.js';
import type {CiEvent} from '../../shared/event.js';

/**
 * The OCI labels of an image (image-spec annotations.md): the source repository and commit (the
 * upstream's for an upstream image, credentials masked), when it was built, and its version. This
 * repository's address and commit come from the run's event, as merge-manifest's index annotations
 * do, so that an image and its index name the same commit (a pull request's head, not its merge).
 */
export function ociLabels(
  config: BuildConfig,
  options: {
    event?: Pick<CiEvent, 'sourceUrl' | 'headSha'>;
    now: Date;
    date: string;
    upstream?: {repository: string; commit?: string};
  },
): Record<string, string> {
  const source = options.upstream ? options.upstream.repository : options.event?.sourceUrl;
  const revision = options.upstream ? options.upstream.commit : options.event?.headSha;
  const version = config.source.kind === 'upstream' ? config.source.ref : options.date;
  return {
    'org.opencontainers.image.created': options.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'org.opencontainers.image.version': version,
    ...(source ? {'org.opencontainers.image.source': source} : {}),
    ...(revision ? {'org.opencontainers.image.revision': revision} : {}),
  };
}
