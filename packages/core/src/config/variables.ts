import type {Env} from '../ports.js';
import {ARG_NAME_PATTERN} from './rules.js';

/**
 * `${NAME}` exactly as config validation accepts it (rules.ts `badPlaceholder`): no `${X:-y}`,
 * no bare `$X`, so what the config check lets through is what gets expanded.
 */
const VARIABLE = new RegExp(String.raw`\$\{(${ARG_NAME_PATTERN.source.slice(1, -1)})\}`, 'g');

/**
 * `text` with each `${NAME}` replaced from the environment, by our code and never a shell, so
 * `$(cmd)`, backticks and `;` stay literal text. An unset or empty variable becomes '' and is
 * reported to `onMissing`: the caller decides whether that is a warning or an error.
 */
export function expandVariables(text: string, env: Env, onMissing: (name: string) => void): string {
  return text.replace(VARIABLE, (_match, name: string) => {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
    onMissing(name);
    return '';
  });
}
