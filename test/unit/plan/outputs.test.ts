import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {buildMatrix, needByArch, planOutputs} from '../../../packages/core/src/plan/outputs.js';
import type {Plan, PlannedImage} from '../../../packages/core/src/plan/types.js';

function image(
  name: string,
  platforms: string[],
  extra: Partial<PlannedImage> = {},
  manualBuild = false,
): PlannedImage {
  const archs = platforms.map((p) => p.split('/').slice(1).join('').replace('arm64v8', 'arm64'));
  return {
    image: name,
    dir: name.split('-')[0] as string,
    target: '',
    platforms,
    archs: [...new Set(archs)],
    additionalTags: [],
    dependsOn: [],
    reasons: [],
    config: {manualBuild, source: {kind: 'local'}} as BuildConfig,
    ...extra,
  };
}

describe('buildMatrix', () => {
  it('has one entry per built image and platform, with its arch label', () => {
    const images = [
      image('curl', ['linux/amd64', 'linux/arm64']),
      image('pi', ['linux/arm/v7']),
      image('manual', ['linux/amd64'], {}, true),
    ];
    expect(buildMatrix(images)).toEqual({
      include: [
        {dir: 'curl', image: 'curl', arch: 'amd64', platform: 'linux/amd64'},
        {dir: 'curl', image: 'curl', arch: 'arm64', platform: 'linux/arm64'},
        {dir: 'pi', image: 'pi', arch: 'armv7', platform: 'linux/arm/v7'},
      ],
    });
  });
});

describe('planOutputs', () => {
  const plan = (images: PlannedImage[], archs: string[]): Plan => ({
    version: 1,
    mode: 'changed',
    images,
    archs,
  });

  it('reports dirs once each, in order, and the archs needed', () => {
    const images = [
      image('kaniko-executor', ['linux/amd64'], {dir: 'kaniko'}),
      image('kaniko-debug', ['linux/amd64'], {dir: 'kaniko'}),
      image('pi', ['linux/arm/v7']),
    ];
    const outputs = planOutputs(plan(images, ['amd64', 'armv7']));
    expect(outputs).toMatchObject({
      dirs: 'kaniko pi',
      'dirs-json': '["kaniko","pi"]',
      archs: '["amd64","armv7"]',
      'need-amd64': 'true',
      'need-arm64': 'false',
      'need-armv7': 'true',
      'has-builds': 'true',
    });
    expect(JSON.parse(outputs.matrix as string).include).toHaveLength(3);
    // One level job per directory and arch: kaniko's two targets build in one job.
    expect(JSON.parse(outputs.levels as string).matrices).toEqual([
      [
        {
          include: [
            {id: 0, arch: 'amd64', dirs: 'kaniko', after: ''},
            {id: 1, arch: 'armv7', dirs: 'pi', after: ''},
          ],
        },
      ],
    ]);
  });

  it('says false everywhere when nothing is planned', () => {
    expect(planOutputs(plan([], []))).toEqual({
      dirs: '',
      'dirs-json': '[]',
      matrix: '{"include":[]}',
      archs: '[]',
      levels: '{"shards":[0,0,0,0],"jobs":[0,0,0,0],"matrices":[],"deeper":0,"remainder":{"include":[]}}',
      'need-amd64': 'false',
      'need-arm64': 'false',
      'has-builds': 'false',
    });
  });

  it('always reports amd64 and arm64', () => {
    expect([...needByArch(plan([], [])).keys()]).toEqual(['amd64', 'arm64']);
  });
});
