import {RETAG_INPUTS} from '../../inputs/retag.js';
import type {InputValues} from '../../inputs/table.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../common/registry.js';

export type RetagInputs = InputValues<typeof RETAG_INPUTS> & RegistryInputs;

export function readRetagInputs(platform: Platform): RetagInputs {
  return readRegistryInputs(platform, RETAG_INPUTS);
}
