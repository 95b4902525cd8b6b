import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {SHARDS_PER_LEVEL, WORKFLOW_LEVELS} from '../../../packages/core/src/plan/levels.js';
import {buildJobNames, workflowWithBuildJobs} from '../../../scripts/gen-workflow.mjs';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const committed = readFileSync(path.join(root, '.github', 'workflows', 'hephy-builder.yml'), 'utf8');
const sizes = {levels: WORKFLOW_LEVELS, shards: SHARDS_PER_LEVEL};

describe('the generated build jobs of the reusable workflow', () => {
  it('are the committed ones, for the constants prepare-diff cuts its levels output with', () => {
    expect(workflowWithBuildJobs(committed, sizes)).toBe(committed);
    const jobs = Object.keys((parse(committed) as {jobs: object}).jobs);
    expect(jobs.filter((job) => /^level-|^remainder$/.test(job))).toEqual(buildJobNames(sizes));
    expect(buildJobNames(sizes)).toHaveLength(WORKFLOW_LEVELS * SHARDS_PER_LEVEL + 1);
  });

  it('chain each level after every shard of the one before, and merge after every build job', () => {
    const small = workflowWithBuildJobs(committed, {levels: 2, shards: 2});
    const {jobs} = parse(small) as {jobs: Record<string, {needs: string[]}>};
    expect(jobs['level-2-1']?.needs).toEqual(['prepare', 'clone', 'level-1-1', 'level-1-2']);
    expect(jobs['remainder']?.needs).toEqual(['prepare', 'clone', 'level-2-1', 'level-2-2']);
    expect(jobs['merge']?.needs).toEqual([
      'prepare',
      'level-1-1',
      'level-1-2',
      'level-2-1',
      'level-2-2',
      'remainder',
    ]);
    expect(jobs['summary']?.needs.slice(0, 4)).toEqual(['prepare', 'clone', 'merge', 'retag']);
    expect(jobs['level-3-1']).toBeUndefined();
  });
});
