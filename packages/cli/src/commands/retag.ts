import {parseListInput} from '@hephy-builder/core/inputs/read';
import {retagSummary, runRetag} from '@hephy-builder/core/steps/retag/run';
import {parseTarget} from '@hephy-builder/core/steps/common/registry';
import type {Command} from '../command.js';
import {readRegistryOptions, REGISTRY_USAGE, registryOptions} from '../registry-options.js';

/** `hephy-builder retag`: each config's additional_tags (and --tag) on each image's index. */
export const retag: Command = {
  summary: "Add each config's additional_tags (and --tag TAG) to each image's index, keeping its digest.",
  usage: `hephy-builder retag ${REGISTRY_USAGE} [--tag TAG]...`,
  options: {...registryOptions, tag: {type: 'string', multiple: true}},
  async run(context) {
    const {values, platform, ports, out} = context;
    const registry = readRegistryOptions(context);
    const inputs = {
      ...registry,
      target: parseTarget(registry.repository, 'option repository'),
      tags: ((values.tag as string[] | undefined) ?? []).flatMap(parseListInput),
    };
    const {tags} = await runRetag(inputs, ports, {event: await platform.event()});
    out(values.json ? `${JSON.stringify(tags, null, 2)}\n` : `${retagSummary(tags)}\n`);
    return 0;
  },
};
