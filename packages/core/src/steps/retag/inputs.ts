import {NAMINGS, type Naming} from '../../plan/names.js';
import {inputReader} from '../../platform/inputs.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../registry-inputs.js';

export interface RetagInputs extends RegistryInputs {
  naming: Naming;
  date: string;
  dirs: string;
  root: string;
  /** Extra tags for every image, beyond each config's `additional_tags`; `${VAR}` allowed. */
  tags: string[];
  insecureRegistries: string[];
  outputDir: string;
}

export function readRetagInputs(platform: Platform): RetagInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readRegistryInputs(platform),
    naming: input.choice('naming', NAMINGS, 'tag-prefix'),
    date: input.string('date'),
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    tags: input.list('tags'),
    insecureRegistries: input.list('insecure-registries'),
    outputDir: input.string('output-dir', '.'),
  };
}
