import {cliHelp, cliOptions, cliUsage} from '@hephy-builder/core/inputs/cli';
import {IMAGE_SET_INPUTS} from '@hephy-builder/core/inputs/image-set';
import {listImages, type ListedTag} from '@hephy-builder/core/registry/list-images';
import {UsageError, type Command} from '../command.js';
import {readCommandInputs} from '../command-inputs.js';
import {DEFAULT_TARGET} from '../registry-options.js';

/** The flags of ls: image-set's; the repository is its argument. */
const LS_INPUTS = {'insecure-registries': IMAGE_SET_INPUTS['insecure-registries']};

/** `hephy-builder ls [TARGET]`: the tags of a registry repository or an OCI layout, with digests and platforms. */
export const ls: Command = {
  summary:
    'List the tags of a registry repository or an OCI image layout (oci:DIR) with their digests and platforms.',
  usage: `hephy-builder ls [HOST/PATH|oci:DIR] ${cliUsage(LS_INPUTS)} [--json]   (default ${DEFAULT_TARGET})`,
  help: `${cliHelp(LS_INPUTS)}\n  --json  Print the tags as JSON.`,
  options: {...cliOptions(LS_INPUTS), json: {type: 'boolean'}},
  async run({values, positionals, ports, out}) {
    if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
    const target = positionals[0] ?? DEFAULT_TARGET;
    const {insecureRegistries} = readCommandInputs(LS_INPUTS, values);
    const tags = await listImages(target, {ports, insecureRegistries});
    out(values.json ? `${JSON.stringify(tags, null, 2)}\n` : formatListing(tags));
    return 0;
  },
};

export function formatListing(tags: readonly ListedTag[]): string {
  if (tags.length === 0) return 'no tags\n';
  const width = Math.max(...tags.map((t) => t.tag.length));
  return `${tags.map((t) => `${t.tag.padEnd(width)}  ${t.digest}  ${t.kind.padEnd(5)}  ${t.platforms.join(',')}`).join('\n')}\n`;
}
