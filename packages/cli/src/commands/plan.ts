import {cliHelp, cliOptions, cliUsage} from '@hephy-builder/core/inputs/cli';
import {PREPARE_DIFF_INPUTS} from '@hephy-builder/core/inputs/prepare-diff';
import {planDirs} from '@hephy-builder/core/plan/outputs';
import type {Plan} from '@hephy-builder/core/plan/types';
import {writePlanFiles} from '@hephy-builder/core/steps/common/handoff';
import {planRegistry} from '@hephy-builder/core/steps/prepare-diff/inputs';
import {planReport} from '@hephy-builder/core/steps/prepare-diff/pr-plan';
import {runPrepareDiff} from '@hephy-builder/core/steps/prepare-diff/run';
import {readFileSync} from 'node:fs';
import {UsageError, type Command} from '../command.js';
import {readCommandInputs} from '../command-inputs.js';

/** `hephy-builder plan`: what prepare-diff would build here, for a person at a terminal. */
export const plan: Command = {
  summary:
    'Show the images that changed since a base (or all, or the rebuild list), in build order, with why and for which platforms.',
  usage: `hephy-builder plan ${cliUsage(PREPARE_DIFF_INPUTS)} [--json | --markdown]`,
  help: `${cliHelp(PREPARE_DIFF_INPUTS)}\n  --json      Print the plan as JSON.\n  --markdown  Print the pull request plan (images, why, and with --repository every tag the run would move and where it points now), as CI posts it.`,
  options: {...cliOptions(PREPARE_DIFF_INPUTS), json: {type: 'boolean'}, markdown: {type: 'boolean'}},
  async run({values, positionals, platform, ports, out}) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (values.json && values.markdown) throw new UsageError('--json and --markdown exclude each other');
    const read = readCommandInputs(PREPARE_DIFF_INPUTS, values, {
      readStdin: () => readFileSync(0, 'utf8'),
      addSecret: (secret) => platform.log.addSecret(secret),
    });
    if (read.password && !read.username) throw new UsageError('--password-stdin needs --username');
    const inputs = {...read, ...planRegistry(read, platform), event: await platform.event()};
    const {plan: result, notes} = await runPrepareDiff(inputs, ports);
    if (typeof values['output-dir'] === 'string') await writePlanFiles(values['output-dir'], result);
    if (values.markdown) out(await planReport(inputs, {plan: result, notes}, ports));
    else out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result, notes));
    return 0;
  },
};

/** The plan as a person reads it: one image a line, in build order, with its platforms and why. */
export function formatPlan(result: Plan, notes: readonly string[]): string {
  const lines = [result.why ?? ''];
  if (result.base && result.head)
    lines.push(`compared ${result.base.slice(0, 12)}..${result.head.slice(0, 12)}`);
  for (const note of notes) lines.push(`note: ${note}`);
  if (result.images.length === 0) return `${[...lines, 'nothing to build'].join('\n')}\n`;
  const width = Math.max(...result.images.map((image) => image.image.length));
  result.images.forEach((image, index) => {
    const deps = image.dependsOn.length > 0 ? ` (on ${image.dependsOn.join(', ')})` : '';
    lines.push(
      `${String(index + 1).padStart(3)}. ${image.image.padEnd(width)}  ${image.platforms.join(',')}${deps}`,
    );
    for (const reason of image.reasons.slice(0, 5)) lines.push(`       ${reason}`);
    if (image.reasons.length > 5) lines.push(`       ... ${image.reasons.length - 5} more`);
  });
  lines.push(`dirs: ${planDirs(result).join(' ')}`, `archs: ${result.archs.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
