import {cliHelp, cliOptions, cliUsage} from '@hephy-builder/core/inputs/cli';
import {MERGE_MANIFEST_INPUTS} from '@hephy-builder/core/inputs/merge-manifest';
import {mergeManifestSummary, runMergeManifest} from '@hephy-builder/core/steps/merge-manifest/run';
import {reportingPartial} from '@hephy-builder/core/steps/common/partial';
import type {Command} from '../command.js';
import {readRegistryInputs} from '../registry-options.js';

/** `hephy-builder merge-manifest`: the per-arch images of each image as one OCI index. */
export const mergeManifest: Command = {
  summary: 'Join the per-architecture images of each image into one OCI index <image>-<date>.',
  usage: `hephy-builder merge-manifest ${cliUsage(MERGE_MANIFEST_INPUTS)} [--json]`,
  help: `${cliHelp(MERGE_MANIFEST_INPUTS)}\n  --json  Print the indexes as JSON.`,
  options: {...cliOptions(MERGE_MANIFEST_INPUTS), json: {type: 'boolean'}},
  async run(context) {
    const {values, platform, ports, out} = context;
    const inputs = readRegistryInputs(MERGE_MANIFEST_INPUTS, context);
    const event = await platform.event();
    // An image lacking an arch gets no index: the others are printed, then the command fails.
    await reportingPartial(
      () => runMergeManifest(inputs, ports, {event}),
      async (result) =>
        out(
          values.json
            ? `${JSON.stringify(result.manifests, null, 2)}\n`
            : `${mergeManifestSummary(result)}\n`,
        ),
    );
    return 0;
  },
};
