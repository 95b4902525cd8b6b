import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors.js';

/** The file prepare-diff writes and every later step reads by default. */
export const DIRS_FILE = 'dirs.txt';

/**
 * The `dirs` input of the steps after prepare-diff: '' means `<outputDir>/dirs.txt`; a path to
 * an existing file means its lines; anything else is a list separated by whitespace or commas.
 * Lines starting with `#` are comments. Order is kept (it is the build order) and repeats dropped.
 */
export async function resolveDirsInput(value: string, outputDir: string): Promise<string[]> {
  const trimmed = value.trim();
  if (trimmed === '') {
    const file = path.join(outputDir, DIRS_FILE);
    if (!(await isFile(file))) {
      throw new UserError(`${file} does not exist: run prepare-diff first or set the dirs input`, {
        field: 'input dirs',
      });
    }
    return parseDirsText(await readFile(file, 'utf8'));
  }
  if (!/[\s,]/.test(trimmed) && (await isFile(trimmed)))
    return parseDirsText(await readFile(trimmed, 'utf8'));
  return parseDirsText(trimmed);
}

/** Directories from text: one per line or separated by spaces or commas; `#` lines are comments. */
export function parseDirsText(text: string): string[] {
  const dirs = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/[\s,]+/))
    .map((dir) => dir.replace(/\/+$/, ''))
    .filter((dir) => dir !== '');
  return [...new Set(dirs)];
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
