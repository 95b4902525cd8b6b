import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {
  fanOut,
  MATRIX_LIMIT,
  SHARDS_PER_LEVEL,
  WORKFLOW_LEVELS,
} from '../../../packages/core/src/plan/levels.js';
import type {Plan, PlannedImage} from '../../../packages/core/src/plan/types.js';

function image(
  dir: string,
  dependsOn: string[] = [],
  options: {archs?: string[]; manual?: boolean; image?: string; upstream?: boolean} = {},
): PlannedImage {
  const archs = options.archs ?? ['amd64', 'arm64'];
  return {
    image: options.image ?? dir,
    dir,
    target: '',
    platforms: archs.map((arch) => `linux/${arch}`),
    archs,
    additionalTags: [],
    dependsOn,
    reasons: [],
    config: {
      manualBuild: options.manual ?? false,
      source: options.upstream
        ? {kind: 'upstream', repo: 'https://example.com/u.git', ref: 'v1'}
        : {kind: 'local'},
    } as BuildConfig,
  };
}

const plan = (images: PlannedImage[]): Plan => ({version: 1, mode: 'all', images, archs: ['amd64', 'arm64']});
const pairs = (matrix: {include: {dirs: string; arch: string}[]}) =>
  matrix.include.map((e) => `${e.dirs}/${e.arch}`);

describe('fanOut', () => {
  it('has the workflow room for 600 images x 2 arches, each its own job', () => {
    expect(SHARDS_PER_LEVEL * MATRIX_LIMIT).toBeGreaterThanOrEqual(600 * 2);
    expect(WORKFLOW_LEVELS).toBe(4);
  });

  it('puts an upstream image after every directory before it: its ARG <DEP>_TAG are unknown until it is cloned', () => {
    const result = fanOut(
      plan([image('base'), image('lone'), image('tool', [], {upstream: true}), image('app', ['base'])]),
    );
    expect(result.matrices.map((level) => level.map(pairs))).toEqual([
      [['base/amd64', 'base/arm64', 'lone/amd64', 'lone/arm64']],
      [['tool/amd64', 'tool/arm64', 'app/amd64', 'app/arm64']],
    ]);
  });

  it('levels by depth in the plan, same arch; a dependency outside the plan is no level', () => {
    const result = fanOut(
      plan([
        image('base'),
        image('tool', ['base', 'not-planned']),
        image('app', ['tool', 'base']),
        image('lone', ['not-planned']),
      ]),
    );
    expect(result.shards).toEqual([1, 1, 1, 0]);
    expect(result.matrices.map((level) => level.map(pairs))).toEqual([
      [['base/amd64', 'base/arm64', 'lone/amd64', 'lone/arm64']],
      [['tool/amd64', 'tool/arm64']],
      [['app/amd64', 'app/arm64']],
    ]);
    // app fetches tool's and base's .tag artifacts of its own arch.
    const ids = new Map(
      result.matrices.flat().flatMap((m) => m.include.map((e) => [`${e.dirs}/${e.arch}`, e.id])),
    );
    const app = result.matrices[2]?.[0]?.include[1];
    expect(app?.after).toBe(`hephy-tags-{${ids.get('base/arm64')},${ids.get('tool/arm64')}}`);
    expect(result.matrices[1]?.[0]?.include[0]?.after).toBe(`hephy-tags-${ids.get('base/amd64')}`);
  });

  it('puts a manual_build directory in no job, and nothing waits for it', () => {
    const result = fanOut(plan([image('vendor', [], {manual: true}), image('app', ['vendor'])]));
    expect(result.matrices.map((level) => level.map(pairs))).toEqual([[['app/amd64', 'app/arm64']]]);
    expect(result.matrices[0]?.[0]?.include[0]?.after).toBe('');
  });

  it('builds a directory with targets in one job per arch', () => {
    const result = fanOut(
      plan([image('kaniko', [], {image: 'kaniko-executor'}), image('kaniko', [], {image: 'kaniko-debug'})]),
    );
    expect(result.matrices.map((level) => level.map(pairs))).toEqual([[['kaniko/amd64', 'kaniko/arm64']]]);
  });

  it('builds what lies deeper than the last level in one job per arch, in plan order', () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map((dir, i, all) =>
      image(dir, i ? [all[i - 1] as string] : [], i === 5 ? {archs: ['amd64']} : {}),
    );
    const result = fanOut(plan(chain));
    expect(result.shards).toEqual([1, 1, 1, 1]);
    expect(result.deeper).toBe(2);
    expect(result.remainder.include.map((e) => [e.arch, e.dirs])).toEqual([
      ['amd64', 'e,f'],
      ['arm64', 'e'],
    ]);
    const d = result.matrices[3]?.[0]?.include.find((e) => e.arch === 'amd64');
    expect(result.remainder.include[0]?.after).toBe(`hephy-tags-${d?.id}`);
  });

  it('cuts a wide level into even shards, and past the shards into runs of directories per job', () => {
    const wide = plan(Array.from({length: 7}, (_, i) => image(`i${i}`)));
    const sharded = fanOut(wide, {levels: 2, shards: 3, matrix: 5});
    expect(sharded.shards).toEqual([3, 0]);
    expect(sharded.matrices[0]?.map((m) => m.include.length)).toEqual([5, 5, 4]);
    const packed = fanOut(wide, {levels: 2, shards: 2, matrix: 5});
    // 14 pairs in room for 10: two directories a job, then in even shards.
    expect(packed.matrices[0]?.map(pairs)).toEqual([
      ['i0,i1/amd64', 'i2,i3/amd64', 'i4,i5/amd64', 'i6/amd64'],
      ['i0,i1/arm64', 'i2,i3/arm64', 'i4,i5/arm64', 'i6/arm64'],
    ]);
  });
});
