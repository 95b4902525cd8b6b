/**
 * Runs a set of jobs that depend on each other, at most `limit` at a time. A job starts once
 * every job it needs has succeeded; when one of them failed or was skipped, it is skipped too,
 * with the reason, and so are the jobs waiting on it. Independent jobs keep going: one broken
 * image does not stop the others, as `make -k` would not.
 */

export interface ScheduledJob {
  /** Unique among the jobs (`greeter/amd64`). */
  key: string;
  /**
   * Keys of the jobs that must succeed first. A key that is neither a job nor a given outcome
   * is not waited for (a dependency that is not part of this run).
   */
  needs: readonly string[];
}

/**
 * How a job ended. A job skipped because something it needs failed names that failed job as
 * `cause` (through any number of skipped jobs in between), so a report can say which image to fix.
 */
export type Outcome<R> =
  | {status: 'done'; value: R}
  | {status: 'failed'; error: unknown}
  | {status: 'skipped'; reason: string; cause?: string};

export interface ScheduleEvents<J> {
  started?(job: J): void;
  finished?(job: J, outcome: Outcome<unknown>): void;
}

export interface ScheduleOptions<J extends ScheduledJob, R> {
  /** How many jobs run at once (>= 1). */
  limit: number;
  run: (job: J) => Promise<R>;
  /** Outcomes known before the run (units skipped up front); jobs needing them follow them. */
  known?: ReadonlyMap<string, Outcome<R>>;
  events?: ScheduleEvents<J>;
}

/** Runs `jobs` (in the given order where they are free to start) and returns every outcome by key. */
export function runScheduled<J extends ScheduledJob, R>(
  jobs: readonly J[],
  options: ScheduleOptions<J, R>,
): Promise<Map<string, Outcome<R>>> {
  const outcomes = new Map<string, Outcome<R>>(options.known ?? []);
  const keys = new Set(jobs.map((job) => job.key));
  const pending = [...jobs];
  const limit = Math.max(1, Math.floor(options.limit));
  let running = 0;
  return new Promise((resolve) => {
    const finish = (job: J, outcome: Outcome<R>) => {
      outcomes.set(job.key, outcome);
      options.events?.finished?.(job, outcome);
    };
    const start = (job: J) => {
      running++;
      options.events?.started?.(job);
      // A job that throws synchronously is a failed job, not a crashed scheduler.
      Promise.resolve()
        .then(() => options.run(job))
        .then(
          (value): Outcome<R> => ({status: 'done', value}),
          (error: unknown): Outcome<R> => ({status: 'failed', error}),
        )
        .then((outcome) => {
          running--;
          finish(job, outcome);
          pump();
        });
    };
    const pump = () => {
      for (let changed = true; changed;) {
        changed = false;
        for (const job of [...pending]) {
          const state = readiness(job, outcomes, keys);
          if (state === 'waiting' || (state === 'ready' && running >= limit)) continue;
          pending.splice(pending.indexOf(job), 1);
          changed = true;
          if (state === 'ready') start(job);
          else finish(job, {status: 'skipped', ...state});
        }
      }
      if (running > 0) return;
      // Nothing runs and nothing can start: what is left waits on itself.
      for (const job of pending.splice(0)) {
        finish(job, {status: 'skipped', reason: 'its dependencies wait on each other (a cycle)'});
      }
      resolve(outcomes);
    };
    pump();
  });
}

function readiness<R>(
  job: ScheduledJob,
  outcomes: ReadonlyMap<string, Outcome<R>>,
  keys: ReadonlySet<string>,
): 'ready' | 'waiting' | {reason: string; cause?: string} {
  let waiting = false;
  for (const need of job.needs) {
    const outcome = outcomes.get(need);
    if (outcome?.status === 'failed') return {reason: `${need} failed`, cause: need};
    if (outcome?.status === 'skipped') {
      const {cause} = outcome;
      return cause
        ? {reason: `${need} was skipped because ${cause} failed`, cause}
        : {reason: `${need} was skipped`};
    }
    if (!outcome && keys.has(need)) waiting = true;
  }
  return waiting ? 'waiting' : 'ready';
}
