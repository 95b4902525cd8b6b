import type {CiEvent} from '../../shared/event.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {PREPARE_DIFF_INPUTS} from '../../inputs/prepare-diff.js';
import {readInputs, type InputValues} from '../../inputs/table.js';

/** prepare-diff's inputs as its table types them, and the event the plan is made for. */
export interface PrepareDiffInputs extends InputValues<typeof PREPARE_DIFF_INPUTS> {
  event: CiEvent;
}

export async function readPrepareDiffInputs(platform: Platform): Promise<PrepareDiffInputs> {
  return {...readInputs(PREPARE_DIFF_INPUTS, platformInputs(platform)), event: await platform.event()};
}
