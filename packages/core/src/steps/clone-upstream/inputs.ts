import {CLONE_UPSTREAM_INPUTS} from '../../inputs/clone-upstream.js';
import {readInputs, type InputValues} from '../../inputs/table.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';

/** clone-upstream's inputs as its table types them (`dirs` '' = `<outputDir>/dirs.txt`). */
export type CloneUpstreamInputs = InputValues<typeof CLONE_UPSTREAM_INPUTS>;

export function readCloneUpstreamInputs(platform: Platform): CloneUpstreamInputs {
  return readInputs(CLONE_UPSTREAM_INPUTS, platformInputs(platform));
}
