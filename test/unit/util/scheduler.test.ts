import {describe, expect, it} from 'vitest';
import {runScheduled, type Outcome} from '../../../packages/core/src/util/scheduler.js';

interface TestJob {
  key: string;
  needs: string[];
}

/** Jobs that finish only when the test says so, recording what ran at the same time. */
function controlledRun() {
  const running = new Set<string>();
  const release = new Map<string, (ok: boolean) => void>();
  let most = 0;
  const started: string[] = [];
  const run = (job: TestJob) =>
    new Promise<string>((resolve, reject) => {
      running.add(job.key);
      started.push(job.key);
      most = Math.max(most, running.size);
      release.set(job.key, (ok) => {
        running.delete(job.key);
        if (ok) resolve(`${job.key} built`);
        else reject(new Error(`${job.key} broke`));
      });
    });
  const settle = async (key: string, ok = true) => {
    await waitFor(() => release.has(key));
    release.get(key)?.(ok);
  };
  return {run, settle, started, most: () => most, running};
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((r) => setImmediate(r));
  if (!condition()) throw new Error('condition never became true');
}

const job = (key: string, ...needs: string[]): TestJob => ({key, needs});

describe('runScheduled', () => {
  it('runs independent jobs in parallel, never more than the limit', async () => {
    const c = controlledRun();
    const jobs = ['a', 'b', 'c', 'd', 'e'].map((k) => job(k));
    const done = runScheduled(jobs, {limit: 2, run: c.run});
    await waitFor(() => c.running.size === 2);
    expect(c.started).toEqual(['a', 'b']);
    for (const key of ['a', 'b', 'c', 'd', 'e']) await c.settle(key);
    const outcomes = await done;
    expect(c.most()).toBe(2);
    expect([...outcomes.values()].every((o) => o.status === 'done')).toBe(true);
  });

  it('starts a dependent only after its dependencies succeeded', async () => {
    const c = controlledRun();
    const done = runScheduled([job('hello/amd64'), job('greeter/amd64', 'hello/amd64'), job('multi/amd64')], {
      limit: 4,
      run: c.run,
    });
    await waitFor(() => c.running.size === 2);
    expect(c.started).toEqual(['hello/amd64', 'multi/amd64']);
    await c.settle('hello/amd64');
    await waitFor(() => c.started.includes('greeter/amd64'));
    await c.settle('multi/amd64');
    await c.settle('greeter/amd64');
    expect((await done).get('greeter/amd64')).toEqual({status: 'done', value: 'greeter/amd64 built'});
  });

  it('skips the dependents of a failed job (and theirs), and keeps building the rest', async () => {
    const c = controlledRun();
    const finished: string[] = [];
    const done = runScheduled(
      [job('busybox'), job('toolbox', 'busybox'), job('tools-2', 'toolbox'), job('hello')],
      {limit: 1, run: c.run, events: {finished: (j, o) => finished.push(`${j.key}:${o.status}`)}},
    );
    await c.settle('busybox', false);
    await c.settle('hello');
    const outcomes = await done;
    expect(outcomes.get('busybox')?.status).toBe('failed');
    expect(outcomes.get('toolbox')).toEqual({status: 'skipped', reason: 'busybox failed', cause: 'busybox'});
    expect(outcomes.get('tools-2')).toEqual({
      status: 'skipped',
      reason: 'toolbox was skipped because busybox failed',
      cause: 'busybox',
    });
    expect(outcomes.get('hello')?.status).toBe('done');
    expect(c.started).toEqual(['busybox', 'hello']);
    expect(finished).toEqual(['busybox:failed', 'toolbox:skipped', 'tools-2:skipped', 'hello:done']);
  });

  it('in a diamond, skips the join when one side fails and still builds the other side', async () => {
    const c = controlledRun();
    const done = runScheduled(
      [job('base'), job('left', 'base'), job('right', 'base'), job('join', 'left', 'right')],
      {
        limit: 2,
        run: c.run,
      },
    );
    await c.settle('base');
    await waitFor(() => c.running.size === 2);
    expect(c.started).toEqual(['base', 'left', 'right']);
    await c.settle('left', false);
    await c.settle('right');
    const outcomes = await done;
    expect(outcomes.get('right')?.status).toBe('done');
    expect(outcomes.get('join')).toEqual({status: 'skipped', reason: 'left failed', cause: 'left'});
    expect(c.started).not.toContain('join');
  });

  it('in a diamond, starts the join only after both sides', async () => {
    const c = controlledRun();
    const done = runScheduled(
      [job('base'), job('left', 'base'), job('right', 'base'), job('join', 'left', 'right')],
      {
        limit: 4,
        run: c.run,
      },
    );
    await c.settle('base');
    await c.settle('left');
    await waitFor(() => c.running.size === 1);
    expect(c.started).not.toContain('join');
    await c.settle('right');
    await c.settle('join');
    expect([...(await done).values()].every((o) => o.status === 'done')).toBe(true);
    expect(c.started.indexOf('join')).toBe(3);
  });

  it('follows outcomes known before the run, and does not wait for jobs that are not part of it', async () => {
    const known = new Map<string, Outcome<string>>([
      ['hello/arm64', {status: 'skipped', reason: 'not here'}],
    ]);
    const outcomes = await runScheduled(
      [job('greeter/arm64', 'hello/arm64'), job('greeter/amd64', 'hello/amd64')],
      {limit: 2, run: async (j) => j.key, known},
    );
    expect(outcomes.get('greeter/arm64')).toEqual({status: 'skipped', reason: 'hello/arm64 was skipped'});
    expect(outcomes.get('greeter/amd64')).toEqual({status: 'done', value: 'greeter/amd64'});
  });

  it('turns a job that throws at once into a failed job, and a cycle into skipped jobs', async () => {
    const outcomes = await runScheduled([job('a'), job('x', 'y'), job('y', 'x')], {
      limit: 1,
      run: (j) => {
        throw new Error(`${j.key} threw`);
      },
    });
    expect(outcomes.get('a')).toMatchObject({status: 'failed'});
    expect(outcomes.get('x')).toMatchObject({status: 'skipped', reason: expect.stringContaining('cycle')});
  });
});
