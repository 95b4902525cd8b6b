import {buildMatrix} from '../plan/outputs.js';
import type {Plan} from '../plan/types.js';

/** GitHub's limit on the jobs one matrix may generate. */
const MATRIX_JOB_LIMIT = 256;

/** What a GitHub user should know about a plan before a workflow feeds its `matrix` to a job. */
export function githubPlanAdvice(plan: Plan): string[] {
  const jobs = buildMatrix(plan.images).include.length;
  if (jobs <= MATRIX_JOB_LIMIT) return [];
  return [
    `the matrix output has ${jobs} entries, more than the ${MATRIX_JOB_LIMIT} jobs a GitHub matrix allows: build per architecture with dirs instead`,
  ];
}
