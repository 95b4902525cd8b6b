import path from 'node:path';
import {openArtifactStore} from '../../platform/artifacts.js';
import type {StepAction} from '../../action.js';
import {readCloneUpstreamInputs} from './inputs.js';
import {reportingPartial} from '../common/partial.js';
import {cloneUpstreamSummary, runCloneUpstream} from './run.js';

/**
 * clone-upstream as a bundle runs it: inputs from the platform, archives handed on as an
 * artifact. When some fetch failed, the archives of the others are still handed on (so the
 * images built from them are built) before the step fails.
 */
export const cloneUpstreamAction: StepAction = async (platform, ports) => {
  const inputs = readCloneUpstreamInputs(platform);
  await reportingPartial(
    () => runCloneUpstream(inputs, ports),
    async (result) => {
      const files = result.sources.map((s) => path.relative(inputs.outputDir, s.archive));
      if (files.length > 0) {
        await (
          await openArtifactStore(platform, inputs.artifactName)
        ).upload(inputs.artifactName, inputs.outputDir, files);
      }
      const sources = result.sources.map(({dir, repository, ref, commit, archive}) => ({
        dir,
        repository,
        ref,
        commit,
        archive,
      }));
      await platform.setOutputs(
        {sources: JSON.stringify(sources), failed: JSON.stringify(result.failed.map((f) => f.dir))},
        inputs.outputDir,
      );
      await platform.summary('clone-upstream', cloneUpstreamSummary(result));
    },
  );
};
