export * from './table.js';
export {IMAGE_SET_INPUTS} from './image-set.js';
export {PREPARE_DIFF_INPUTS} from './prepare-diff.js';
export {CLONE_UPSTREAM_INPUTS} from './clone-upstream.js';
export {BUILD_ARCH_INPUTS} from './build-arch.js';
export {MERGE_MANIFEST_INPUTS} from './merge-manifest.js';
export {RETAG_INPUTS} from './retag.js';
export {GITLAB_JOB_INPUTS} from './gitlab-job.js';
export {
  passThrough,
  PIPELINE_INPUTS,
  pipelineInputsOn,
  type PipelineInputSpec,
  type PipelineSurface,
} from './pipeline.js';

import {BUILD_ARCH_INPUTS} from './build-arch.js';
import {CLONE_UPSTREAM_INPUTS} from './clone-upstream.js';
import {MERGE_MANIFEST_INPUTS} from './merge-manifest.js';
import {PREPARE_DIFF_INPUTS} from './prepare-diff.js';
import {RETAG_INPUTS} from './retag.js';
import type {InputTable} from './table.js';

/** Each bundled step's inputs, by the step's name (`actions/<step>`, `templates/<step>.yml`). */
export const STEP_INPUTS: Readonly<Record<string, InputTable>> = {
  'prepare-diff': PREPARE_DIFF_INPUTS,
  'clone-upstream': CLONE_UPSTREAM_INPUTS,
  'build-arch': BUILD_ARCH_INPUTS,
  'merge-manifest': MERGE_MANIFEST_INPUTS,
  retag: RETAG_INPUTS,
};
