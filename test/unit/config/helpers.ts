import {UserErrors} from '../../../packages/core/src/errors.js';
import {parseBuildConfig} from '../../../packages/core/src/config/parse.js';

export const FILE = 'curl/build-config.yaml';

/** The error lines a user would read for this config text, or [] when it is valid. */
export function problems(text: string, options: {file?: string; dir?: string} = {}): string[] {
  try {
    parseBuildConfig(text, {file: options.file ?? FILE, dir: options.dir ?? 'curl'});
    return [];
  } catch (error) {
    if (!(error instanceof UserErrors)) throw error;
    return error.errors.map((e) => e.toString());
  }
}

/** A valid local config with `extra` lines appended. */
export function local(extra = ''): string {
  return `use_local_context: true\n${extra}`;
}
