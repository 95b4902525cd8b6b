import type {StepAction} from '../../action.js';
import {reportingPartial} from '../common/partial.js';
import {readMergeManifestInputs} from './inputs.js';
import {mergeManifestSummary, runMergeManifest} from './run.js';

/**
 * merge-manifest as a bundle runs it: one OCI index per image of `dirs`. The outputs and the
 * summary are written also when some image lacked an arch, before the step fails.
 */
export const mergeManifestAction: StepAction = async (platform, ports) => {
  const inputs = readMergeManifestInputs(platform);
  const event = await platform.event();
  await reportingPartial(
    () => runMergeManifest(inputs, ports, {event}),
    async (result) => {
      const output = result.manifests.map(({image, reference, digest, platforms}) => ({
        image,
        reference,
        digest,
        platforms,
      }));
      const incomplete = result.incomplete.map(({image, missing}) => ({image, missing}));
      await platform.setOutputs(
        {manifests: JSON.stringify(output), incomplete: JSON.stringify(incomplete)},
        inputs.outputDir,
      );
      await platform.summary('merge-manifest', mergeManifestSummary(result));
    },
  );
};
