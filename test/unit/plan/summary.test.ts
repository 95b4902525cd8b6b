import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {mermaidGraph, planSummary} from '../../../packages/core/src/plan/summary.js';
import type {PlannedImage} from '../../../packages/core/src/plan/types.js';
import {elementNames, renderGfm, tableRows} from '../../helpers/markdown.js';

const image = (name: string, dependsOn: string[], reasons: string[]): PlannedImage => ({
  image: name,
  dir: name,
  target: '',
  platforms: ['linux/amd64', 'linux/arm64'],
  archs: ['amd64', 'arm64'],
  additionalTags: [],
  dependsOn,
  reasons,
  config: {manualBuild: false} as BuildConfig,
});

describe('planSummary', () => {
  const images = [
    image('curl', [], ['modified curl/Dockerfile']),
    image('manifest-tool', ['curl'], ['built on curl, which is rebuilt']),
    image('app', ['base'], ['added app/x|y']),
  ];
  const text = planSummary(
    {
      version: 1,
      mode: 'changed',
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      why: 'push: changes since aaaa',
      images,
      archs: ['amd64', 'arm64'],
    },
    ['README-only: docs'],
  );

  it('lists each image with its platforms and why', () => {
    expect(text).toContain('**3 images to build** for amd64, arm64. push: changes since aaaa');
    expect(text).toContain('| 1 | `curl` | `curl` | linux/amd64, linux/arm64 | modified curl/Dockerfile |');
    expect(text).toContain('added app/x\\|y');
    expect(text).toContain('> README-only: docs');
  });

  it('draws the dependencies as Mermaid, dependencies outside the plan dashed', () => {
    expect(text).toContain('```mermaid\ngraph LR');
    expect(mermaidGraph(images)).toBe(
      [
        'graph LR',
        '  n0["curl"]',
        '  n1["manifest-tool"]',
        '  n2["app"]',
        '  n3(["base"]):::built',
        '  n0 --> n1',
        '  n3 --> n2',
        '  classDef built stroke-dasharray: 4 4',
      ].join('\n'),
    );
  });

  it('says when there is nothing to build', () => {
    expect(planSummary({version: 1, mode: 'changed', images: [], archs: []})).toMatch(
      /^\*\*Nothing to build\*\*/,
    );
  });
});

describe('planSummary of hostile names', () => {
  // Directory and file names a pull request can create (git allows all of these in paths).
  const names = ['x\n# Heading', '[link](http://x)', '<img src=x>', 'a|b', 'c`d', 'e\n```\n# Out'];
  const images = names.map((name, i) =>
    image(name, i > 0 ? [names[i - 1] as string] : [], [
      `modified ${name}/Dockerfile`,
      'added [y](http://y)',
    ]),
  );
  const markdown = planSummary(
    {version: 1, mode: 'changed', why: 'push: [why](http://w)\n# Why', images, archs: ['amd64']},
    ['skipped <b>x</b>\n# Note'],
  );
  const html = renderGfm(markdown);

  it('renders no heading, link, image or HTML of theirs, and one table row per image', () => {
    expect(new Set(elementNames(html))).toEqual(
      new Set([
        'p',
        'strong',
        'blockquote',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'code',
        'br',
        'pre',
      ]),
    );
    const rows = tableRows(html);
    expect(rows).toHaveLength(names.length + 1);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual(
      names.map((name) => [name.replace(/\n/g, '\\n'), name.replace(/\n/g, '\\n')]),
    );
    expect(rows[2]?.[4]).toBe('modified [link](http://x)/Dockerfile\nadded [y](http://y)');
  });

  it('keeps the Mermaid graph inside its one code block', () => {
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</code></pre>')).toBe(true);
    expect(markdown.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```mermaid', '```']);
  });
});
