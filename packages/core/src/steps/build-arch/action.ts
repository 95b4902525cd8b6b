import type {StepAction} from '../../action.js';
import {openArtifactStore} from '../../platform/artifacts.js';
import type {Platform} from '../../platform/platform.js';
import {readBuildArchInputs, type BuildArchInputs} from './inputs.js';
import {reportingPartial} from '../common/partial.js';
import {buildArchSummary, runBuildArch, type BuildArchResult} from './run.js';

/**
 * build-arch as a bundle runs it: one arch, every image of `dirs` that has it. When some images
 * failed, the outputs and the summary still list every image before the step fails.
 */
export const buildArchAction: StepAction = async (platform, ports) => {
  const inputs = readBuildArchInputs(platform);
  const event = await platform.event();
  const artifacts = await openArtifactStore(platform, inputs.artifactName);
  await reportingPartial(
    () => runBuildArch(inputs, ports, {event, artifacts}),
    (result) => report(platform, inputs, result),
  );
};

async function report(platform: Platform, inputs: BuildArchInputs, result: BuildArchResult): Promise<void> {
  const images = result.images
    .filter((b) => b.status === 'pushed' || b.status === 'reused')
    .map(({image, arch, reference, digest}) => ({image, arch, reference, digest}));
  const failed = result.failed.map(({image, arch, reason}) => ({image, arch, reason}));
  const skipped = result.skipped.map(({image, arch, reason, cause}) => ({image, arch, reason, cause}));
  await platform.setOutputs(
    {images: JSON.stringify(images), failed: JSON.stringify(failed), skipped: JSON.stringify(skipped)},
    inputs.outputDir,
  );
  await platform.summary(`build-arch (${result.arch})`, buildArchSummary(result));
}
