/**
 * A small glob matcher for the `ignore` input, with the rules users know from paths-filter and
 * .gitignore-style tools: `*` and `?` stay within one path segment, `**` spans segments
 * (`docs/**`, `**\/*.md`), `[abc]`/`[!abc]` are classes, `{a,b}` are alternatives, and dotfiles
 * match like any other name. Patterns are matched against the whole path.
 */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`);
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const segmentStart = i === 0 || pattern[i - 1] === '/';
        i++;
        if (segmentStart && pattern[i + 1] === '/') {
          i++;
          out += '(?:.*/)?'; // `**/` = any number of whole directories, none included
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
        continue;
      }
      const body = pattern
        .slice(i + 1, end)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = end;
    } else if (char === '{') {
      const end = closingBrace(pattern, i);
      if (end === -1) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitAlternatives(pattern.slice(i + 1, end))
        .map(translate)
        .join('|')})`;
      i = end;
    } else {
      out += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  return out;
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `a,{b,c},d` -> [`a`, `{b,c}`, `d`]: commas of nested braces stay put. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of body) {
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth--;
    current += char;
  }
  parts.push(current);
  return parts;
}

/** Compiles several globs into one test. */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const regex = new RegExp(patterns.map((p) => `^${translate(p)}$`).join('|'));
  return (path) => regex.test(path);
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
