import {RETAG_INPUTS} from '../../inputs/retag.js';
import {readInputs, type InputValues} from '../../inputs/table.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {checkRegistryInputs, type RegistryInputs} from '../common/registry.js';

export type RetagInputs = InputValues<typeof RETAG_INPUTS> & RegistryInputs;

export function readRetagInputs(platform: Platform): RetagInputs {
  const values = readInputs(RETAG_INPUTS, platformInputs(platform), {
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  return {...values, ...checkRegistryInputs(values, platform)};
}
