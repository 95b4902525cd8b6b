import type {StepAction} from '../../action.js';
import {reportingPartial} from '../common/partial.js';
import {readRetagInputs} from './inputs.js';
import {retagSummary, runRetag} from './run.js';

/**
 * retag as a bundle runs it: every extra tag of every image of `dirs`. The outputs and the
 * summary are written also when some image had no complete index, before the step fails.
 */
export const retagAction: StepAction = async (platform, ports) => {
  const inputs = readRetagInputs(platform);
  const event = await platform.event();
  await reportingPartial(
    () => runRetag(inputs, ports, {event}),
    async (result) => {
      await platform.setOutputs(
        {tags: JSON.stringify(result.tags), untagged: JSON.stringify(result.untagged)},
        inputs.outputDir,
      );
      await platform.summary('retag', retagSummary(result));
    },
  );
};
