import type {StepAction} from '../../action.js';
import {openArtifactStore} from '../../platform/artifacts.js';
import {readBuildArchInputs} from './inputs.js';
import {buildArchSummary, runBuildArch} from './run.js';

/** build-arch as a bundle runs it: one arch, every image of `dirs` that has it. */
export const buildArchAction: StepAction = async (platform, ports) => {
  const inputs = readBuildArchInputs(platform);
  const result = await runBuildArch(inputs, ports, {
    event: await platform.event(),
    artifacts: await openArtifactStore(platform, inputs.artifactName),
  });
  const images = result.images
    .filter((b) => b.status === 'pushed')
    .map(({image, arch, reference, digest}) => ({image, arch, reference, digest}));
  await platform.setOutputs({images: JSON.stringify(images)}, inputs.outputDir);
  await platform.summary(`build-arch (${result.arch})`, buildArchSummary(result));
};
