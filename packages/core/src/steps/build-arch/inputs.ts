import {BACKEND_INPUTS, type BackendInput} from '../../backends/select.js';
import {parseBuildArgEnv} from '../../config/variables.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {readImageSetInputs, type ImageSetInputs} from '../common/registry.js';
import {DEFAULT_SOURCES_ARTIFACT} from '../common/handoff.js';

export interface BuildArchInputs extends ImageSetInputs {
  /** Arch label (`amd64`, `arm64`, `armv7`). */
  arch: string;
  backend: BackendInput;
  push: boolean;
  /** '' = each config's `cache` decides; true/false = for every image. */
  cache: '' | 'true' | 'false';
  artifactName: string;
  /** Environment variables a config's `${NAME}` in build_args may read (never a secret's name). */
  buildArgEnv: string[];
}

export function readBuildArchInputs(platform: Platform): BuildArchInputs {
  const input = platformInputs(platform);
  return {
    ...readImageSetInputs(platform),
    arch: input.string('arch', platform.runnerArch()),
    backend: input.choice('backend', BACKEND_INPUTS, 'auto'),
    push: input.boolean('push', true),
    cache: input.choice('cache', ['', 'true', 'false'] as const, ''),
    artifactName: input.stringOrOff('artifact-name', DEFAULT_SOURCES_ARTIFACT),
    buildArgEnv: parseBuildArgEnv(input.list('build-arg-env')),
  };
}
