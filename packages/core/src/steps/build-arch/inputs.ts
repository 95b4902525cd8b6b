import {BUILD_ARCH_INPUTS} from '../../inputs/build-arch.js';
import {readInputs, type InputValues} from '../../inputs/table.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {checkRegistryInputs, type RegistryInputs} from '../common/registry.js';

/** `cache` '' = each config's `cache` decides; `buildArgEnv` never names a secret. */
export type BuildArchInputs = InputValues<typeof BUILD_ARCH_INPUTS> & RegistryInputs;

export function readBuildArchInputs(platform: Platform): BuildArchInputs {
  const values = readInputs(BUILD_ARCH_INPUTS, platformInputs(platform), {
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  return {...values, ...checkRegistryInputs(values, platform), arch: values.arch || platform.runnerArch()};
}
