import {UserErrors, type UserError} from '../../errors.js';

/**
 * A step that did what it could for the images it could, and not for some others: one problem
 * per image left out, and the result of the rest, so that the step's outputs and summary list
 * what was done before the step fails.
 */
export class StepIncomplete<R> extends UserErrors {
  constructor(
    problems: readonly UserError[],
    readonly result: R,
  ) {
    super(problems);
    this.name = 'StepIncomplete';
  }
}

/**
 * Runs a step and reports its result, also when the step finished only part of its work
 * (then the report is written before the step fails).
 */
export async function reportingPartial<R>(
  run: () => Promise<R>,
  report: (result: R) => Promise<void>,
): Promise<void> {
  let result: R;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof StepIncomplete) await report(error.result as R);
    throw error;
  }
  await report(result);
}
