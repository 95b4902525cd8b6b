import type {CiEvent} from '../../shared/event.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {PREPARE_DIFF_INPUTS} from '../../inputs/prepare-diff.js';
import {readInputs, type InputValues} from '../../inputs/table.js';
import {checkRegistryInputs, type RegistryInputs} from '../common/registry.js';

/** prepare-diff's inputs as its table types them, and the event the plan is made for. */
export interface PrepareDiffInputs extends InputValues<typeof PREPARE_DIFF_INPUTS> {
  event: CiEvent;
  /** The registry inputs checked and parsed, when a repository was given (for the tag table). */
  registry?: RegistryInputs;
}

export async function readPrepareDiffInputs(platform: Platform): Promise<PrepareDiffInputs> {
  const values = readInputs(PREPARE_DIFF_INPUTS, platformInputs(platform), {
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  const event = await platform.event();
  return {...values, push: platform.runPushes(values.push, event), ...planRegistry(values, platform), event};
}

/** The registry inputs of the tag table, checked as the registry steps check them; none without a repository. */
export function planRegistry(
  values: InputValues<typeof PREPARE_DIFF_INPUTS>,
  platform: Pick<Platform, 'registryLogin' | 'credentialInput' | 'log'>,
): {registry?: RegistryInputs} {
  if (!values.repository) return {};
  const password = platform.credentialInput(values.password);
  if (password) platform.log.addSecret(password);
  return {
    registry: checkRegistryInputs(
      {...values, username: platform.credentialInput(values.username), password},
      platform,
    ),
  };
}
