import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {WorkflowTemplate} from '@actions/workflow-parser';
import {createPorts} from '../../../packages/core/src/action.js';
import {createLocalPlatform} from '../../../packages/core/src/platform/local.js';
import {prepareDiffAction} from '../../../packages/core/src/steps/prepare-diff/action.js';
import {repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {loadWorkflow, runSteps, simulate, stepWith, type JobRun} from '../../helpers/workflow-graph.js';

/**
 * The reusable workflow's job graph, parsed by GitHub's @actions/workflow-parser and evaluated
 * by @actions/expressions against what prepare-diff really outputs for fixture repositories.
 */
const FILE = path.join(repoRoot, '.github', 'workflows', 'hephy-builder.yml');

/** Image directories (name -> the directories it depends on), each for amd64 and arm64. */
type Shape = Record<string, string[]>;

async function prepareOutputs(shape: Shape): Promise<Record<string, string>> {
  const root = tempDir('hephy-fan-out-');
  for (const [dir, deps] of Object.entries(shape)) {
    mkdirSync(path.join(root, dir));
    const dependsOn = deps.length ? `depends_on: [${deps.join(', ')}]\n` : '';
    writeFileSync(
      path.join(root, dir, 'build-config.yaml'),
      `use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n${dependsOn}`,
    );
    writeFileSync(path.join(root, dir, 'Dockerfile'), 'FROM scratch\n');
  }
  const env = {INPUT_MODE: 'all', INPUT_ROOT: root, 'INPUT_OUTPUT-DIR': tempDir('hephy-fan-out-out-')};
  const outputs: Record<string, string> = {};
  const platform = {
    ...createLocalPlatform(env, () => {}),
    setOutputs: async (values: Record<string, string>) => void Object.assign(outputs, values),
    publishPlan: async () => {},
  };
  await prepareDiffAction(platform, createPorts(platform, env));
  return outputs;
}

let template: WorkflowTemplate;
beforeAll(async () => {
  const loaded = await loadWorkflow(FILE);
  expect(loaded.errors).toEqual([]);
  template = loaded.template;
});

const inputs = {
  'amd64-runner': 'ubuntu-24.04',
  'arm64-runner': 'ubuntu-24.04-arm',
  'other-runner': 'ubuntu-24.04',
  root: '.',
};

function run(
  outputs: Record<string, string>,
  fails?: (job: string, entry: Record<string, unknown>) => boolean,
  upstream = 'false',
) {
  return simulate(template, {
    inputs,
    github: {actor: 'octocat', token: 't', event_name: 'push'},
    ...(fails ? {fails} : {}),
    stepOutputs: (job): Record<string, Record<string, string>> =>
      job === 'prepare'
        ? {
            diff: outputs,
            decide: {push: 'true', date: '20260101', repository: 'ghcr.io/o/r'},
            upstream: {upstream},
          }
        : {},
  });
}

/** The build jobs that ran, in start order: `job: dirs/arch` per matrix entry. */
function builds(runs: Map<string, JobRun>): Record<string, string[]> {
  const ran = [...runs].filter(([job, r]) => /^level-|^remainder$/.test(job) && r.result !== 'skipped');
  ran.sort((a, b) => a[1].wave - b[1].wave);
  return Object.fromEntries(ran.map(([job, r]) => [job, r.entries.map((e) => `${e.dirs}/${e.arch}`)]));
}

const wave = (runs: Map<string, JobRun>, job: string) => runs.get(job)?.wave ?? -1;

/** The artifacts an entry downloads, as `dirs/arch` of the entries that upload them. */
function afterOf(runs: Map<string, JobRun>, job: string, entryName: string): string[] {
  const entries = [...runs.values()].flatMap((r) => r.entries);
  const entry = runs.get(job)?.entries.find((e) => `${e.dirs}/${e.arch}` === entryName);
  const ids = /\{(.*)\}/.exec(String(entry?.after))?.[1]?.split(',') ?? [
    /(\d+)$/.exec(String(entry?.after))?.[1],
  ];
  return ids
    .filter(Boolean)
    .map((id) => entries.find((e) => String(e.id) === id))
    .map((e) => `${e?.dirs}/${e?.arch}`);
}

describe('the reusable workflow fans out (GitHub parser and evaluator)', () => {
  it('is checked by a parser that really reports errors', async () => {
    const file = path.join(tempDir('hephy-bad-workflow-'), 'bad.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      fail-fast: maybe\n    steps: []\n',
    );
    expect((await loadWorkflow(file)).errors).not.toEqual([]);
  });

  it('runs N independent images as N jobs per arch in level 1: the critical path is one build', async () => {
    const runs = run(await prepareOutputs({a: [], b: [], c: []}));
    expect(builds(runs)).toEqual({
      'level-1-1': ['a/amd64', 'a/arm64', 'b/amd64', 'b/arm64', 'c/amd64', 'c/arm64'],
    });
    expect(runs.get('merge')?.result).toBe('success');
    expect(runs.get('retag')?.result).toBe('success');
    const build = stepWith(FILE, 'level-1-1', 'actions/build-arch', {
      matrix: runs.get('level-1-1')?.entries[1],
      needs: {prepare: {outputs: runs.get('prepare')?.outputs}},
      inputs,
      secrets: {},
      github: {actor: 'octocat', token: 't'},
    })[0];
    // dirs is left to dirs.txt (the whole plan): only picks this job's directory.
    expect(build).toMatchObject({arch: 'arm64', only: 'a', date: '20260101', repository: 'ghcr.io/o/r'});
    expect(build).not.toHaveProperty('dirs');
    // The caller's reuse reaches every build job: false builds every image.
    const forced = stepWith(FILE, 'level-1-1', 'actions/build-arch', {
      matrix: runs.get('level-1-1')?.entries[1],
      needs: {prepare: {outputs: runs.get('prepare')?.outputs}},
      inputs: {...inputs, reuse: false},
      secrets: {},
      github: {actor: 'octocat', token: 't'},
    })[0];
    expect(forced).toMatchObject({reuse: 'false'});
  });

  it('builds a chain of five in four levels and a remainder job per arch, in order', async () => {
    const runs = run(await prepareOutputs({a: [], b: ['a'], c: ['b'], d: ['c'], e: ['d']}));
    expect(builds(runs)).toEqual({
      'level-1-1': ['a/amd64', 'a/arm64'],
      'level-2-1': ['b/amd64', 'b/arm64'],
      'level-3-1': ['c/amd64', 'c/arm64'],
      'level-4-1': ['d/amd64', 'd/arm64'],
      remainder: ['e/amd64', 'e/arm64'],
    });
    const order = ['level-1-1', 'level-2-1', 'level-3-1', 'level-4-1', 'remainder', 'merge'].map((j) =>
      wave(runs, j),
    );
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    // Each job fetches the .tag files of the job it is built on, same arch, and no other.
    expect(afterOf(runs, 'level-2-1', 'b/arm64')).toEqual(['a/arm64']);
    expect(afterOf(runs, 'remainder', 'e/amd64')).toEqual(['d/amd64']);
    expect(runs.get('level-1-1')?.entries[0]?.after).toBe('');
    expect(JSON.parse(runs.get('prepare')?.outputs.levels as string).deeper).toBe(1);
  });

  it('builds a diamond in three levels; the top fetches both sides of its arch', async () => {
    const runs = run(
      await prepareOutputs({base: [], left: ['base'], right: ['base'], top: ['left', 'right']}),
    );
    expect(builds(runs)).toEqual({
      'level-1-1': ['base/amd64', 'base/arm64'],
      'level-2-1': ['left/amd64', 'left/arm64', 'right/amd64', 'right/arm64'],
      'level-3-1': ['top/amd64', 'top/arm64'],
    });
    expect(afterOf(runs, 'level-3-1', 'top/amd64')).toEqual(['left/amd64', 'right/amd64']);
    expect(runs.get('remainder')?.result).toBe('skipped');
  });

  it('keeps going after a failed image: later levels and merge still run', async () => {
    const outputs = await prepareOutputs({
      base: [],
      left: ['base'],
      right: ['base'],
      top: ['left', 'right'],
      lone: [],
    });
    const runs = run(outputs, (job, entry) => job === 'level-2-1' && entry.dirs === 'left');
    expect(runs.get('level-2-1')?.result).toBe('failure');
    // build-arch, given the whole plan, skips top (left has no .tag file); the job runs for it.
    expect(builds(runs)['level-3-1']).toEqual(['top/amd64', 'top/arm64']);
    expect(runs.get('merge')?.result).toBe('success');
  });

  it('splits 300 images x 2 arches into shards of at most 256, each pair once', async () => {
    const shape: Shape = {};
    for (let i = 0; i < 300; i++) shape[`image-${String(i).padStart(3, '0')}`] = [];
    const runs = run(await prepareOutputs(shape));
    const ran = builds(runs);
    expect(Object.keys(ran)).toEqual(['level-1-1', 'level-1-2', 'level-1-3']);
    expect(Object.values(ran).map((entries) => entries.length)).toEqual([200, 200, 200]);
    const pairs = Object.values(ran).flat();
    expect(new Set(pairs).size).toBe(600);
    expect(['level-1-4', 'level-1-5', 'level-2-1'].map((j) => runs.get(j)?.result)).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ]);
  });

  it('runs no build job, no merge, for an empty plan', async () => {
    const runs = run(await prepareOutputs({}));
    expect(builds(runs)).toEqual({});
    expect(runs.get('merge')?.result).toBe('skipped');
    expect(runs.get('summary')?.result).toBe('success');
  });

  it('clones upstream sources first, and still builds after a failed clone (build-arch fails only the images it could not fetch)', async () => {
    const outputs = await prepareOutputs({a: [], b: ['a']});
    const cloned = run(outputs, undefined, 'true');
    expect(cloned.get('clone')?.result).toBe('success');
    expect(wave(cloned, 'level-1-1')).toBeGreaterThan(wave(cloned, 'clone'));
    expect(Object.keys(builds(cloned))).toEqual(['level-1-1', 'level-2-1']);
    const failed = run(outputs, (job) => job === 'clone', 'true');
    expect(builds(failed)).toEqual(builds(cloned));
    expect(wave(failed, 'level-1-1')).toBeGreaterThan(wave(failed, 'clone'));
  });

  async function summarize(
    runs: Map<string, JobRun>,
  ): Promise<{status: number | null; stdout: string; text: string}> {
    const summary = template.jobs.find((job) => job.id.value === 'summary');
    const needs = Object.fromEntries(
      (summary?.needs ?? []).map((need) => {
        const r = runs.get(need.value) as JobRun;
        return [need.value, {result: r.result, outputs: r.outputs}];
      }),
    );
    const dir = tempDir('hephy-summary-');
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '');
    const [result] = await runSteps(
      FILE,
      'summary',
      () => true,
      {needs},
      {cwd: dir, env: {GITHUB_STEP_SUMMARY: file}},
    );
    return {status: result?.status ?? null, stdout: result?.stdout ?? '', text: readFileSync(file, 'utf8')};
  }

  it("summarizes each level's jobs, shards and results, and the remainder, and fails the run", async () => {
    const runs = run(
      await prepareOutputs({a: [], b: ['a'], c: ['b'], d: ['c'], e: ['d']}),
      (job) => job === 'level-2-1',
    );
    const {status, stdout, text} = await summarize(runs);
    expect(status).toBe(1);
    expect(stdout).toContain('::error::a hephy-builder job failed');
    expect(text).toContain('| level 1 | 2 | 1 | success |');
    expect(text).toContain('| level 2 | 2 | 1 | failure |');
    expect(text).toContain('| level 4 | 2 | 1 | success |');
    expect(text).not.toContain('| level 5');
    expect(text).toContain('| 1 deeper image directories, in order, one job per arch | 2 | 1 | success |');
  });

  it('summarizes a run whose prepare failed without reading its outputs', async () => {
    const runs = run(await prepareOutputs({a: []}), (job) => job === 'prepare');
    expect(builds(runs)).toEqual({});
    const {status, text} = await summarize(runs);
    expect(status).toBe(1);
    expect(text).toContain('| failure | skipped | skipped | skipped |');
    expect(text).not.toContain('| builds |');
  });

  it("hands a job its dependencies' .tag files and uploads only its own", async () => {
    const work = tempDir('hephy-level-job-');
    mkdirSync(path.join(work, '.hephy-builder', 'after'), {recursive: true});
    mkdirSync(path.join(work, '.hephy-builder', 'out'), {recursive: true});
    writeFileSync(path.join(work, '.hephy-builder', 'after', 'a-amd64.tag'), 'a-20260101-amd64\nsha256:x\n');
    const matrix = {id: 3, arch: 'amd64', dirs: 'b', after: 'hephy-tags-1'};
    const shell = (pick: (step: {run?: string; if?: string}) => boolean) =>
      runSteps(FILE, 'level-2-1', pick, {matrix}, {cwd: work});
    const [copied] = await shell((step) => step.if === "matrix.after != ''");
    expect(copied?.status).toBe(0);
    expect(readdirSync(path.join(work, '.hephy-builder', 'out'))).toEqual(['a-amd64.tag']);
    // build-arch would write b's tag here; the upload must carry it alone.
    writeFileSync(path.join(work, '.hephy-builder', 'out', 'b-amd64.tag'), 'b-20260101-amd64\nsha256:y\n');
    const [cleaned] = await shell((step) => step.if === "always() && matrix.after != ''");
    expect(cleaned?.status).toBe(0);
    expect(readdirSync(path.join(work, '.hephy-builder', 'out'))).toEqual(['b-amd64.tag']);
  });
});
