import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {mermaidGraph, planSummary} from '../../../packages/core/src/plan/summary.js';
import type {PlannedImage} from '../../../packages/core/src/plan/types.js';

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
