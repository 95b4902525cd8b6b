import {UserErrors, type UserError} from '../../errors.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Logger} from '../../ports.js';

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

/**
 * The arches each image's index must hold: every arch of its config, or, when the run names the
 * arches it built on purpose (`index-archs`), those of them the config asks for. The config's
 * other arches are left out, and the log says so once per image (never silently).
 */
export function indexArchsOf(
  indexArchs: readonly string[],
  log: Pick<Logger, 'info'>,
): (image: PlannedImage) => readonly string[] {
  if (indexArchs.length === 0) return (image) => image.archs;
  const told = new Set<string>();
  return (image) => {
    const left = image.archs.filter((arch) => !indexArchs.includes(arch));
    if (left.length > 0 && !told.has(image.image)) {
      told.add(image.image);
      log.info(
        `${image.image}: ${left.join(', ')} not built in this run (index-archs): left out of its index`,
      );
    }
    return image.archs.filter((arch) => indexArchs.includes(arch));
  };
}
