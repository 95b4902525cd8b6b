import {BACKEND_INPUTS, type BackendInput} from '../../backends/select.js';
import {NAMINGS, type Naming} from '../../plan/names.js';
import {inputReader} from '../../platform/inputs.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../registry-inputs.js';
import {DEFAULT_SOURCES_ARTIFACT} from '../../source/archive-name.js';

export interface BuildArchInputs extends RegistryInputs {
  /** Arch label (`amd64`, `arm64`, `armv7`). */
  arch: string;
  naming: Naming;
  backend: BackendInput;
  /** '' = today (UTC); branches other than the default one get `-<branch>` added. */
  date: string;
  dirs: string;
  root: string;
  push: boolean;
  /** '' = each config's `cache` decides; true/false = for every image. */
  cache: '' | 'true' | 'false';
  insecureRegistries: string[];
  outputDir: string;
  artifactName: string;
}

export function readBuildArchInputs(platform: Platform): BuildArchInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readRegistryInputs(platform),
    arch: input.string('arch', platform.runnerArch()),
    naming: input.choice('naming', NAMINGS, 'tag-prefix'),
    backend: input.choice('backend', BACKEND_INPUTS, 'auto'),
    date: input.string('date'),
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    push: input.boolean('push', true),
    cache: input.choice('cache', ['', 'true', 'false'] as const, ''),
    insecureRegistries: input.list('insecure-registries'),
    outputDir: input.string('output-dir', '.'),
    artifactName: input.string('artifact-name', DEFAULT_SOURCES_ARTIFACT),
  };
}
