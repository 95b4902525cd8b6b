import {spawnSync} from 'node:child_process';

/**
 * Markdown rendered as GitHub renders a job summary: cmark-gfm (Debian's `cmark-gfm`, GitHub's
 * own fork of cmark) with its table, autolink, tagfilter and strikethrough extensions. Raw HTML is
 * kept (`--unsafe`), as GitHub hands it to its sanitizer, so that any a name smuggled in shows.
 */
export function renderGfm(markdown: string): string {
  const args = ['--unsafe', ...['table', 'autolink', 'tagfilter', 'strikethrough'].flatMap((e) => ['-e', e])];
  const result = spawnSync('cmark-gfm', args, {input: markdown, encoding: 'utf8'});
  if (result.error || result.status !== 0) {
    throw new Error(
      `cmark-gfm could not render the summary (apt-get install cmark-gfm): ${result.error?.message ?? result.stderr}`,
    );
  }
  return result.stdout;
}

/** The element names in rendered HTML, e.g. ['p', 'table', 'tr', ...] (closing tags left out). */
export function elementNames(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase());
}

/** The text of each `<tr>`'s cells, HTML tags removed and entities decoded. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      htmlText(cell[1] as string),
    ),
  );
}

export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
