import {MERGE_MANIFEST_INPUTS} from '../../inputs/merge-manifest.js';
import {readInputs, type InputValues} from '../../inputs/table.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {checkRegistryInputs, type RegistryInputs} from '../common/registry.js';

/** `sourceUrl`/`revision` '' = the repository and commit of the run's event. */
export type MergeManifestInputs = InputValues<typeof MERGE_MANIFEST_INPUTS> & RegistryInputs;

export function readMergeManifestInputs(platform: Platform): MergeManifestInputs {
  const values = readInputs(MERGE_MANIFEST_INPUTS, platformInputs(platform), {
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  return {...values, ...checkRegistryInputs(values, platform)};
}
