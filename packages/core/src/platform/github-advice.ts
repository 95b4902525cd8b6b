import {MATRIX_LIMIT as MATRIX_JOB_LIMIT} from '../plan/levels.js';
import {buildMatrix} from '../plan/outputs.js';
import type {Plan} from '../plan/types.js';

/** What a GitHub user should know about a plan before a workflow feeds its `matrix` to a job. */
export function githubPlanAdvice(plan: Plan): string[] {
  const jobs = buildMatrix(plan.images).include.length;
  if (jobs <= MATRIX_JOB_LIMIT) return [];
  return [
    `the matrix output has ${jobs} entries, more than the ${MATRIX_JOB_LIMIT} jobs a GitHub matrix allows: feed your matrix jobs the levels output instead (cut into shards of at most ${MATRIX_JOB_LIMIT}, as the reusable workflow does), or build per architecture with dirs`,
  ];
}
