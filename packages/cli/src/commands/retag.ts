import {cliHelp, cliOptions, cliUsage} from '@hephy-builder/core/inputs/cli';
import {RETAG_INPUTS} from '@hephy-builder/core/inputs/retag';
import {retagSummary, runRetag} from '@hephy-builder/core/steps/retag/run';
import {reportingPartial} from '@hephy-builder/core/steps/common/partial';
import type {Command} from '../command.js';
import {readRegistryInputs} from '../registry-options.js';

/** `hephy-builder retag`: each config's additional_tags (and --tag) on each image's index. */
export const retag: Command = {
  summary: "Add each config's additional_tags (and --tag TAG) to each image's index, keeping its digest.",
  usage: `hephy-builder retag ${cliUsage(RETAG_INPUTS)} [--json]`,
  help: `${cliHelp(RETAG_INPUTS)}\n  --json  Print the tags as JSON.`,
  options: {...cliOptions(RETAG_INPUTS), json: {type: 'boolean'}},
  async run(context) {
    const {values, platform, ports, out} = context;
    const inputs = readRegistryInputs(RETAG_INPUTS, context);
    const event = await platform.event();
    // An image without a complete index is not tagged: the others are printed, then the command fails.
    await reportingPartial(
      () => runRetag(inputs, ports, {event}),
      async (result) =>
        out(values.json ? `${JSON.stringify(result.tags, null, 2)}\n` : `${retagSummary(result)}\n`),
    );
    return 0;
  },
};
