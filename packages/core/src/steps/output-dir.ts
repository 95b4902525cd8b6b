import {access, constants, mkdir} from 'node:fs/promises';
import {UserError} from '../errors.js';

/**
 * Makes `output-dir` (and its parents) before a step does anything it cannot undo: a build that
 * pushed an image and then found nowhere to write its `.tag` file leaves the next steps blind.
 */
export async function ensureOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, {recursive: true});
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(
      `output-dir ${dir} cannot be created or written (${code}): set output-dir to a writable directory`,
      {field: 'input output-dir', cause: error},
    );
  }
}
