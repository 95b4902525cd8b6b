import {NAMINGS, type Naming} from '../../plan/names.js';
import {inputReader} from '../../platform/inputs.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../registry-inputs.js';

export interface MergeManifestInputs extends RegistryInputs {
  naming: Naming;
  /** '' = today (UTC); off the default branch `-<branch>` is added. */
  date: string;
  dirs: string;
  root: string;
  insecureRegistries: string[];
  outputDir: string;
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
    ...readRegistryInputs(platform),
    naming: input.choice('naming', NAMINGS, 'tag-prefix'),
    date: input.string('date'),
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    insecureRegistries: input.list('insecure-registries'),
    outputDir: input.string('output-dir', '.'),
    verifyPlatforms: input.boolean('verify-platforms', true),
    sourceUrl: input.string('source-url'),
    revision: input.string('revision'),
  };
}
