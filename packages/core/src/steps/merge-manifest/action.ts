import type {StepAction} from '../../action.js';
import {readMergeManifestInputs} from './inputs.js';
import {mergeManifestSummary, runMergeManifest} from './run.js';

/** merge-manifest as a bundle runs it: one OCI index per image of `dirs`. */
export const mergeManifestAction: StepAction = async (platform, ports) => {
  const inputs = readMergeManifestInputs(platform);
  const {manifests} = await runMergeManifest(inputs, ports, {event: await platform.event()});
  const output = manifests.map(({image, reference, digest, platforms}) => ({
    image,
    reference,
    digest,
    platforms,
  }));
  await platform.setOutputs({manifests: JSON.stringify(output)}, inputs.outputDir);
  await platform.summary('merge-manifest', mergeManifestSummary(manifests));
};
