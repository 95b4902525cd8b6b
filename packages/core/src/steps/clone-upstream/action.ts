import path from 'node:path';
import {openArtifactStore} from '../../platform/artifacts.js';
import type {StepAction} from '../../action.js';
import {readCloneUpstreamInputs} from './inputs.js';
import {cloneUpstreamSummary, runCloneUpstream} from './run.js';

/** clone-upstream as a bundle runs it: inputs from the platform, archives handed on as an artifact. */
export const cloneUpstreamAction: StepAction = async (platform, ports) => {
  const inputs = readCloneUpstreamInputs(platform);
  const result = await runCloneUpstream(inputs, ports);
  const files = result.sources.map((s) => path.relative(inputs.outputDir, s.archive));
  await (
    await openArtifactStore(platform, inputs.artifactName)
  ).upload(inputs.artifactName, inputs.outputDir, files);
  const sources = result.sources.map(({dir, repository, ref, commit, archive}) => ({
    dir,
    repository,
    ref,
    commit,
    archive,
  }));
  await platform.setOutputs({sources: JSON.stringify(sources)}, inputs.outputDir);
  await platform.summary('clone-upstream', cloneUpstreamSummary(result));
};
