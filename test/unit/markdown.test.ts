import {describe, expect, it} from 'vitest';
import {markdownCode, markdownText} from '../../packages/core/src/markdown.js';
import {elementNames, renderGfm, tableRows} from '../helpers/markdown.js';

/** What a repository can name a directory, a file, a ref or a tag (the hostile half of each pair). */
const HOSTILE = [
  'x\n# Heading',
  '# Heading',
  '[link](http://x)',
  '![img](http://x/i.png)',
  '<img src=x>',
  '<script>alert(1)</script>',
  'a|b|c',
  'a`b``c',
  '`edge`',
  'evil@example.com',
  'www.example.com',
  'see https://example.com/x ftp://x',
  'mailto:a@b.co xmpp:a@b.co',
  '**bold** _em_ ~~gone~~ $x^2$ __strong__ a_b_ _c_d',
  '- item',
  '1. item',
  '> quote',
  '&amp; &#60;img&#62;',
  'line\r\nbreak\u2028sep',
  'back\\slash\\|pipe',
];

/** How a value shows once rendered: its control characters written visibly, nothing else changed. */
const shown = (value: string) =>
  value
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028');

describe('Markdown of repository values', () => {
  it('renders every value as its own characters in one table cell: no heading, link, HTML or new row', () => {
    const rows = HOSTILE.map((value) => `| ${markdownText(value)} | ${markdownCode(value)} |`);
    const html = renderGfm(['| text | code |', '|---|---|', ...rows].join('\n'));
    expect(new Set(elementNames(html))).toEqual(
      new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']),
    );
    const cells = tableRows(html).slice(1);
    expect(cells).toHaveLength(HOSTILE.length);
    cells.forEach((cell, i) => {
      const value = shown(HOSTILE[i] as string);
      // The zero-width space after `@` keeps an address from being linked; it is all we add.
      expect([cell[0]?.replace(/\u200b/g, ''), cell[1]]).toEqual([value, value]);
    });
  });

  it('keeps a value starting a line (a quoted note) inside its line', () => {
    for (const value of HOSTILE) {
      const html = renderGfm(`> ${markdownText(value)}\n`);
      expect(elementNames(html), value).toEqual(['blockquote', 'p']);
    }
  });
});
