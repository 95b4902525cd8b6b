import {inputReader} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {readImageSetInputs, type ImageSetInputs} from '../common/registry.js';

export interface RetagInputs extends ImageSetInputs {
  /** Extra tags for every image, beyond each config's `additional_tags`; `${VAR}` allowed. */
  tags: string[];
}

export function readRetagInputs(platform: Platform): RetagInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readImageSetInputs(platform),
    tags: input.list('tags'),
  };
}
