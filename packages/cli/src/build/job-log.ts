import {appendFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Logger, SourceLocation} from '@hephy-builder/core';
import {formatLocated} from '@hephy-builder/core';

/** Where a job's log goes besides its file: warnings for the person, every line with --verbose. */
export interface LogEcho {
  warning(text: string): void;
  line?(text: string): void;
}

/**
 * A logger writing one job's (or one step's) output to its own file, so that parallel builds do
 * not interleave on the terminal and a failure can point at a complete log. Masking goes through
 * `base`, so a secret registered anywhere is masked everywhere.
 */
export function fileLogger(file: string, base: Logger, echo: LogEcho, prefix = ''): Logger {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, '');
  const write = (text: string) => {
    const masked = base.mask(text);
    appendFileSync(file, `${masked}\n`);
    echo.line?.(`${prefix}${masked}`);
  };
  const located = (kind: string, message: string, location?: SourceLocation) => {
    const text = `${kind}: ${formatLocated(message, location)}`;
    write(text);
    echo.warning(`${prefix}${base.mask(text)}`);
  };
  return {
    info: write,
    warning: (message, location) => located('warning', message, location),
    error: (message, location) => located('error', message, location),
    debug: (message) => appendFileSync(file, `debug: ${base.mask(message)}\n`),
    async group(title, fn) {
      write(`== ${title}`);
      return fn();
    },
    addSecret: (secret) => base.addSecret(secret),
    mask: (text) => base.mask(text),
  };
}

/** The last lines of a log file, for an error message ('' when it cannot be read). */
export function logTail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
