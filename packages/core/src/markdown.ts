/**
 * Text from the repository (directory and file names, refs, URLs, tags) placed into the Markdown
 * of a job summary. Each function makes a value render as exactly its characters on one line:
 * no heading, list, link, autolink, image, HTML, emphasis or math of its own, and no new table
 * row or cell. The rules are GitHub's renderer's (cmark-gfm with the table, autolink and tagfilter
 * extensions); the tests render what we write with it.
 */

/**
 * Line breaks and other control characters written as visible escapes (`\n`, `\u001b`): a newline
 * would end a table row or start a block of its own, and the others hide what a name holds.
 */
function visibleControls(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** ASCII punctuation that starts or closes a Markdown construct inline (any may be backslash-escaped). */
const SPECIAL = /[\\`*~[\]<>#|&$]/g;
/** `_` between two letters or digits (`pull_request`) can neither open nor close emphasis. */
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/**
 * A value as plain inline text, anywhere: a table cell, a quote, a sentence. Backslash escapes
 * for the punctuation that means something (`![` is no image once its `[` is escaped); `www.` and
 * `://` cannot autolink once their `.` or `:` is escaped; an email address is autolinked after
 * escapes are read, so a zero-width space follows each `@`. A value starting a line cannot start
 * a list item.
 */
export function markdownText(value: string): string {
  return visibleControls(value)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(EMPHASIS_UNDERSCORE, '\\_')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/@/g, '@\u200b')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A value as a code span in a table cell (where GitHub reads `\|` as a `|` of the cell, even in
 * code). Inside a code span nothing is Markdown; the fence is longer than any run of backticks
 * in the value, and spaced from a value that starts or ends with one.
 */
export function markdownCode(value: string): string {
  if (value === '') return '';
  const text = visibleControls(value).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A label of a Mermaid node inside `["..."]`: Mermaid's entity codes for what would end or mark it up. */
export function mermaidLabel(value: string): string {
  const codes: Record<string, string> = {'"': '#quot;', '<': '#lt;', '>': '#gt;', '`': '#96;', '#': '#35;'};
  return visibleControls(value).replace(/[#"<>`]/g, (c) => codes[c] as string);
}
