import {describe, expect, it} from 'vitest';
import {buildConcurrency} from '../../../packages/core/src/backends/concurrency.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {parseJobsInput} from '../../../packages/core/src/inputs/build-arch.js';

describe('how many builds build-arch runs at once', () => {
  it('defaults to the CPUs, and takes the jobs input over them', () => {
    expect(buildConcurrency(0, ['buildah', 'buildkit'], 4)).toEqual({
      jobs: 4,
      why: 'up to 4 at a time (4 CPUs)',
    });
    expect(buildConcurrency(3, ['buildah'], 8)).toEqual({jobs: 3, why: 'up to 3 at a time (the jobs input)'});
  });

  it('runs one at a time when an image uses kaniko, whatever jobs says', () => {
    for (const requested of [0, 4]) {
      expect(buildConcurrency(requested, ['buildah', 'kaniko'], 4)).toEqual({
        jobs: 1,
        why: '1 at a time: kaniko builds in the filesystem it runs in and cannot share it',
      });
    }
  });

  it('reads jobs as a whole number of 1 or more, blank for the default', () => {
    expect(parseJobsInput('')).toBe(0);
    expect(parseJobsInput('2')).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '2 ']) {
      expect(() => parseJobsInput(bad)).toThrow(UserError);
    }
    expect(() => parseJobsInput('x')).toThrow('"x" is not a whole number of 1 or more');
  });
});
