import {inputReader} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {readImageSetInputs, type ImageSetInputs} from '../common/registry.js';

export interface MergeManifestInputs extends ImageSetInputs {
  /** Read each image's config and fail when its platform is not the one the build asked for. */
  verifyPlatforms: boolean;
  /** `org.opencontainers.image.source` on each index ('' = the repository of the run's event). */
  sourceUrl: string;
  /** `org.opencontainers.image.revision` ('' = the commit of the run's event). */
  revision: string;
}

export function readMergeManifestInputs(platform: Platform): MergeManifestInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readImageSetInputs(platform),
    verifyPlatforms: input.boolean('verify-platforms', true),
    sourceUrl: input.string('source-url'),
    revision: input.string('revision'),
  };
}
