import {existsSync} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {formatLocated, UserError, UserErrors} from '@hephy-builder/core';
import {CONFIG_FILE_NAME, loadBuildConfig} from '@hephy-builder/core/config/load';
import {EXIT_INVALID, EXIT_OK, UsageError, type Command} from '../command.js';

/** One config to check: `<root>/<dir>/<fileName>`. */
interface ConfigFile {
  root: string;
  dir: string;
  fileName: string;
}

/** `hephy-builder validate [paths...]`: the same checks prepare-diff makes, for a person at a terminal. */
export const validate: Command = {
  summary: 'Check build-config.yaml files: every field, the paths and symlinks, the directory names.',
  usage:
    'hephy-builder validate [paths...]  (image directories, config files of any name, or roots whose direct children hold build-config.yaml; default: the current directory)',
  options: {},
  async run({positionals, out}) {
    const cwd = process.cwd();
    const files = await findConfigFiles(positionals.length > 0 ? positionals : ['.'], cwd);
    if (files.length === 0) {
      out(`no build-config.yaml in ${positionals.join(', ') || '.'} or its direct children\n`);
      return EXIT_INVALID;
    }
    let invalid = 0;
    for (const file of files) {
      const shown = path.relative(cwd, path.join(file.root, file.dir, file.fileName)) || file.fileName;
      const problems = await problemsOf(file);
      if (problems.length > 0) invalid++;
      out(
        problems.length === 0
          ? `ok   ${shown}\n`
          : `FAIL ${shown}\n${problems.map((p) => `  ${relabel(p, shown)}\n`).join('')}`,
      );
    }
    out(
      invalid === 0
        ? `${plural(files.length, 'config')} valid\n`
        : `${invalid} of ${plural(files.length, 'config')} invalid\n`,
    );
    return invalid === 0 ? EXIT_OK : EXIT_INVALID;
  },
};

async function problemsOf(file: ConfigFile): Promise<UserError[]> {
  try {
    await loadBuildConfig(file.root, file.dir, {fileName: file.fileName});
    return [];
  } catch (error) {
    if (error instanceof UserErrors) return [...error.errors];
    if (error instanceof UserError) return [error];
    throw error;
  }
}

/** The error as the user can open it from here: its file named relative to the current directory. */
function relabel(error: UserError, shown: string): string {
  return formatLocated(error.message, error.location && {...error.location, file: shown}, error.field);
}

/** Each path is a config file, an image directory, or a root whose direct children are scanned. */
async function findConfigFiles(paths: readonly string[], cwd: string): Promise<ConfigFile[]> {
  const found = new Map<string, ConfigFile>();
  for (const given of paths) {
    for (const file of await configFilesAt(path.resolve(cwd, given), given)) {
      found.set(path.join(file.root, file.dir, file.fileName), file);
    }
  }
  return [...found.values()];
}

async function configFilesAt(absolute: string, given: string): Promise<ConfigFile[]> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new UsageError(`${given}: no such file or directory`);
  if (info.isFile()) return [at(path.dirname(absolute), path.basename(absolute))];
  if (existsSync(path.join(absolute, CONFIG_FILE_NAME))) return [at(absolute, CONFIG_FILE_NAME)];
  const children = await readdir(absolute, {withFileTypes: true});
  return children
    .filter((child) => (child.isDirectory() || child.isSymbolicLink()) && !child.name.startsWith('.'))
    .map((child) => child.name)
    .sort()
    .filter((name) => existsSync(path.join(absolute, name, CONFIG_FILE_NAME)))
    .map((name) => at(path.join(absolute, name), CONFIG_FILE_NAME));
}

function at(imageDir: string, fileName: string): ConfigFile {
  return {root: path.dirname(imageDir), dir: path.basename(imageDir), fileName};
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
