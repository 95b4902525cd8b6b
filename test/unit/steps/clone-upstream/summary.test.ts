import {describe, expect, it} from 'vitest';
import {cloneUpstreamSummary} from '../../../../packages/core/src/steps/clone-upstream/run.js';
import {buildArchSummary} from '../../../../packages/core/src/steps/build-arch/run.js';
import {mergeManifestSummary} from '../../../../packages/core/src/steps/merge-manifest/run.js';
import {retagSummary} from '../../../../packages/core/src/steps/retag/run.js';
import {elementNames, renderGfm, tableRows} from '../../../helpers/markdown.js';

describe('summaries', () => {
  it('clone-upstream: one row per upstream, the commit shortened, credentials already masked', () => {
    const text = cloneUpstreamSummary({
      sources: [
        {
          dir: 'kaniko',
          repository: 'https://bot:***@github.com/chainguard-dev/kaniko',
          ref: 'v1.25.3',
          commit: 'a'.repeat(40),
          archive: 'kaniko-source.tar.gz',
          bytes: 1234,
        },
      ],
      failed: [{dir: 'gone', reason: "couldn't find remote ref\nv9"}],
    });
    expect(text).toContain(
      '| kaniko | `https://bot:***@github.com/chainguard-dev/kaniko` | `v1.25.3` | `aaaaaaaaaaaa` | 1234 |',
    );
    expect(text).toContain("| gone | not fetched: couldn't find remote ref v9 | | | |");
    expect(cloneUpstreamSummary({sources: [], failed: []})).toMatch(/No image/);
  });

  it('build-arch: image, arch, reference (or failed/skipped and why), digest, backend, seconds', () => {
    const text = buildArchSummary({
      arch: 'arm64',
      images: [
        {
          image: 'curl',
          arch: 'arm64',
          reference: 'r/i:curl-1-arm64',
          digest: 'sha256:x',
          backend: 'buildah',
          seconds: 2.25,
          status: 'pushed',
          dependencies: [],
        },
        {
          image: 'm',
          arch: 'arm64',
          reference: 'r/i:m-1-arm64',
          digest: '',
          backend: 'kaniko',
          seconds: 0,
          status: 'manual',
          dependencies: [],
        },
      ],
      failed: [
        {image: 'base', arch: 'arm64', error: new Error('x'), reason: 'buildah exited with 1:\nno such file'},
      ],
      skipped: [{image: 'tool', arch: 'arm64', reason: 'base failed', cause: 'base'}],
    });
    expect(text.split('\n')).toEqual([
      '| image | arch | reference | digest | backend | seconds |',
      '|---|---|---|---|---|---|',
      '| curl | arm64 | `r/i:curl-1-arm64` | `sha256:x` | buildah | 2.3 |',
      '| m | arm64 | manual |  | kaniko | 0.0 |',
      '| base | arm64 | failed: buildah exited with 1: / no such file | | | |',
      '| tool | arm64 | skipped: base failed | | | |',
    ]);
  });

  it('every step: a hostile name or ref stays in its cell, with no heading, link or HTML', () => {
    const name = 'x\n# H [l](http://x) <img src=x> a|b `c`';
    const shown = name.replace('\n', '\\n');
    const summaries = [
      cloneUpstreamSummary({
        sources: [{dir: name, repository: name, ref: name, commit: 'a'.repeat(40), archive: 'a', bytes: 1}],
        failed: [],
      }),
      buildArchSummary({
        arch: 'amd64',
        images: [
          {
            image: name,
            arch: 'amd64',
            reference: name,
            digest: name,
            backend: 'buildah',
            seconds: 1,
            status: 'pushed',
            dependencies: [],
          },
        ],
        failed: [],
        skipped: [],
      }),
      mergeManifestSummary({
        manifests: [
          {image: name, reference: name, digest: name, platforms: ['linux/amd64'], status: 'created'},
        ],
        incomplete: [],
      }),
      retagSummary({
        tags: [{image: name, tag: 'latest', reference: name, digest: name, status: 'created'}],
        untagged: [],
      }),
    ];
    for (const markdown of summaries) {
      const html = renderGfm(markdown);
      expect(new Set(elementNames(html))).toEqual(
        new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code']),
      );
      const [header, row, ...more] = tableRows(html);
      expect(more).toEqual([]);
      expect(row).toHaveLength(header?.length ?? 0);
      expect(row?.filter((cell) => cell === shown).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('clone-upstream: a hostile directory and failure reason stay in their cells, on one line', () => {
    const name = 'x\n# H [l](http://x) <img src=x> a|b `c`';
    const html = renderGfm(cloneUpstreamSummary({sources: [], failed: [{dir: name, reason: name}]}));
    expect(new Set(elementNames(html))).toEqual(new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td']));
    const [header, row, ...more] = tableRows(html);
    expect(more).toEqual([]);
    expect(row).toHaveLength(header?.length ?? 0);
    expect(row?.[0]).toBe(name.replace('\n', '\\n'));
  });

  it('build-arch: a hostile failure reason stays in its cell, on one line', () => {
    const name = 'x\n# H [l](http://x) <img src=x> a|b `c`';
    const html = renderGfm(
      buildArchSummary({
        arch: 'amd64',
        images: [],
        failed: [{image: name, arch: 'amd64', error: new Error(name), reason: name}],
        skipped: [{image: 'y', arch: 'amd64', reason: `${name} failed`, cause: name}],
      }),
    );
    expect(new Set(elementNames(html))).toEqual(new Set(['table', 'thead', 'tbody', 'tr', 'th', 'td']));
    const [header, failed, skipped, ...more] = tableRows(html);
    expect(more).toEqual([]);
    expect(failed).toHaveLength(header?.length ?? 0);
    expect(skipped).toHaveLength(header?.length ?? 0);
    expect(failed?.[2]).toBe('failed: x / # H [l](http://x) <img src=x> a|b `c`');
  });
});
