import {cliDefault} from '@hephy-builder/core/inputs/cli';
import {
  BUILD_COMMAND_INPUTS,
  BUILD_HELP,
  BUILD_USAGE,
  buildCommandOptions,
  parseBuildOptions,
} from '../build/options.js';
import {runLocalBuild} from '../build/pipeline.js';
import {resultJson, resultNotes, resultTable} from '../build/report.js';
import {EXIT_INVALID, EXIT_OK, type Command} from '../command.js';
import {createProgressView, type ProgressStream} from '../progress.js';

/** `hephy-builder build`: the whole pipeline on this machine, as CI runs it, in one process. */
export const build: Command = {
  summary: `Build the images of a monorepo on this machine: prepare-diff, clone-upstream, build-arch for every arch this machine can build, merge-manifest and retag, in one process. Images go to ${cliDefault(BUILD_COMMAND_INPUTS, 'repository')} (an OCI image layout) unless --repository names a registry.`,
  usage: BUILD_USAGE,
  help: BUILD_HELP,
  options: buildCommandOptions,
  async run({values, positionals, platform, ports, out}) {
    const options = parseBuildOptions(values, positionals);
    const stderr: ProgressStream = process.stderr;
    // --verbose streams every build's log, which a redrawn table would tear apart.
    const live = stderr.isTTY === true && !options.verbose;
    const progress = createProgressView({write: (t) => stderr.write(t), isTTY: live});
    const later: string[] = [];
    const say = (text: string) => (live ? later.push(text) : stderr.write(`${text}\n`));
    let result;
    try {
      result = await runLocalBuild(options, {
        ports,
        event: await platform.event(),
        progress,
        echo: {warning: say, ...(options.verbose ? {line: say} : {})},
      });
    } finally {
      progress.finish();
      for (const text of later) stderr.write(`${text}\n`);
    }
    const {notes, errors} = resultNotes(result);
    if (options.json) out(resultJson(result));
    else if (result.images.length === 0) out(`${result.why}\nnothing to build\n`);
    else out(`\n${resultTable(result)}\n`);
    for (const note of [...result.notes, ...notes]) stderr.write(`note: ${note}\n`);
    for (const error of errors) platform.log.error(error);
    return result.ok ? EXIT_OK : EXIT_INVALID;
  },
};
