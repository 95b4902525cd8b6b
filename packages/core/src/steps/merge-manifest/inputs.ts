import {MERGE_MANIFEST_INPUTS} from '../../inputs/merge-manifest.js';
import type {InputValues} from '../../inputs/table.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../common/registry.js';

/** `sourceUrl`/`revision` '' = the repository and commit of the run's event. */
export type MergeManifestInputs = InputValues<typeof MERGE_MANIFEST_INPUTS> & RegistryInputs;

export function readMergeManifestInputs(platform: Platform): MergeManifestInputs {
  return readRegistryInputs(platform, MERGE_MANIFEST_INPUTS);
}
