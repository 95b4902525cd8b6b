import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../../packages/core/src/config/types.js';
import type {PlannedImage} from '../../../../packages/core/src/plan/types.js';
import {planPart} from '../../../../packages/core/src/steps/build-arch/only.js';

function image(
  dir: string,
  dependsOn: string[] = [],
  archs = ['amd64', 'arm64'],
  manualBuild = false,
): PlannedImage {
  return {
    image: dir,
    dir,
    target: '',
    platforms: archs.map((arch) => `linux/${arch}`),
    archs,
    additionalTags: [],
    dependsOn,
    reasons: [],
    config: {manualBuild, source: {kind: 'local'}} as BuildConfig,
  };
}

const plan = [
  image('base'),
  image('amd-only', [], ['amd64']),
  image('vendor', [], ['amd64', 'arm64'], true),
  image('app', ['base', 'vendor']),
  image('lone'),
];

describe('planPart (the only input)', () => {
  it('builds every directory of dirs when only is empty; what it pushes is never replaced by its latest', () => {
    const part = planPart(plan, [], 'amd64', true);
    expect(part.build.map((i) => i.dir)).toEqual(['base', 'amd-only', 'vendor', 'app', 'lone']);
    // vendor is manual_build: its latest stays the answer.
    expect([...part.inRun].sort()).toEqual(['amd-only', 'app', 'base', 'lone']);
  });

  it('builds the picked directories, resolving against them and what they are built on', () => {
    const part = planPart(plan, ['app'], 'arm64', true);
    expect(part.build.map((i) => i.dir)).toEqual(['app']);
    expect(part.planned.map((i) => i.dir)).toEqual(['base', 'vendor', 'app']);
    // Built for arm64 in the run: never replaced by their latest. vendor is manual_build
    // (never built here) and amd-only has no arm64 image: their latest stays the answer.
    expect([...part.inRun].sort()).toEqual(['app', 'base', 'lone']);
  });

  it('keeps the <dep>-latest fallback when nothing is pushed (no .tag file is ever written)', () => {
    expect([...planPart(plan, ['app'], 'amd64', false).inRun]).toEqual([]);
  });

  it('refuses a directory that is not in dirs, naming it and the input', () => {
    expect(() => planPart(plan, ['app', 'nope'], 'amd64', true)).toThrow(
      expect.objectContaining({message: expect.stringContaining('nope not in dirs'), field: 'input only'}),
    );
  });
});
