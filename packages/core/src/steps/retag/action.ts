import type {StepAction} from '../../action.js';
import {readRetagInputs} from './inputs.js';
import {retagSummary, runRetag} from './run.js';

/** retag as a bundle runs it: every extra tag of every image of `dirs`. */
export const retagAction: StepAction = async (platform, ports) => {
  const inputs = readRetagInputs(platform);
  const {tags} = await runRetag(inputs, ports, {event: await platform.event()});
  await platform.setOutputs({tags: JSON.stringify(tags)}, inputs.outputDir);
  await platform.summary('retag', retagSummary(tags));
};
