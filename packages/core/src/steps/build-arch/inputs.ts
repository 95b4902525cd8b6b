import {BUILD_ARCH_INPUTS} from '../../inputs/build-arch.js';
import type {InputValues} from '../../inputs/table.js';
import type {Platform} from '../../platform/platform.js';
import {readRegistryInputs, type RegistryInputs} from '../common/registry.js';

/** `cache` '' = each config's `cache` decides; `buildArgEnv` never names a secret. */
export type BuildArchInputs = InputValues<typeof BUILD_ARCH_INPUTS> & RegistryInputs;

export function readBuildArchInputs(platform: Platform): BuildArchInputs {
  const inputs = readRegistryInputs(platform, BUILD_ARCH_INPUTS);
  return {...inputs, arch: inputs.arch || platform.runnerArch()};
}
