import type {CiEvent} from '../../shared/event.js';
import {inputReader} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {MODES, type Mode} from '../../plan/base.js';

export interface PrepareDiffInputs {
  /** A commit, branch or tag to compare with; '' = chosen from the event. */
  base: string;
  /** The commit whose changes are planned; the checked-out `HEAD` by default. */
  head: string;
  mode: Mode;
  /** The rebuild list's path; '' = `rebuild-weekly.txt` in `root`. */
  rebuildList: string;
  /** Globs, relative to an image directory, whose changes alone do not trigger a build. */
  ignore: string[];
  requireReadme: boolean;
  includeDependents: boolean;
  /** The directory whose children are the image directories. */
  root: string;
  outputDir: string;
  event: CiEvent;
}

export const DEFAULT_IGNORE = ['README.md'];

export async function readPrepareDiffInputs(platform: Platform): Promise<PrepareDiffInputs> {
  const read = inputReader((name) => platform.input(name));
  const ignore = platform.input('ignore');
  return {
    base: read.string('base'),
    head: read.string('head', 'HEAD'),
    mode: read.choice('mode', MODES, 'auto'),
    rebuildList: read.string('rebuild-list'),
    ignore: ignore === '' ? [...DEFAULT_IGNORE] : parseGlobList(ignore),
    requireReadme: read.boolean('require-readme', false),
    includeDependents: read.boolean('include-dependents', true),
    root: read.string('root', '.'),
    outputDir: read.string('output-dir', '.'),
    event: await platform.event(),
  };
}

/**
 * Globs one a line, or separated by spaces or commas outside braces (`*.{md,txt}` stays whole).
 * `#` lines are comments; `none` (or an empty JSON list) ignores nothing.
 */
export function parseGlobList(raw: string): string[] {
  const text = raw.trim();
  if (text === 'none' || text === '[]') return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String).filter((s) => s !== '');
    } catch {
      // Not JSON after all: a glob may start with `[`.
    }
  }
  const globs: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trimStart().startsWith('#')) continue;
    let depth = 0;
    let current = '';
    for (const char of line) {
      if (char === '{') depth++;
      if (char === '}') depth = Math.max(0, depth - 1);
      if (depth === 0 && (char === ',' || char === ' ' || char === '\t')) {
        if (current) globs.push(current);
        current = '';
      } else {
        current += char;
      }
    }
    if (current) globs.push(current);
  }
  return globs;
}
