/**
 * What `hephy-builder build` shows while it works. On a terminal: a table of image x arch redrawn
 * in place with each job's state and elapsed time. Elsewhere (CI logs, pipes): one plain line per
 * change of state, which reads well in a log and greps well afterwards.
 */

export type JobState =
  | 'waiting'
  | 'cloning'
  | 'cloned'
  | 'building'
  | 'pushed'
  | 'reused'
  | 'merged'
  | 'tagged'
  | 'failed'
  | 'skipped';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressView {
  /** A job (an image for one arch, or an image's merge/retag) changed state. */
  update(image: string, arch: string, state: JobState, detail?: string): void;
  /** Stops redrawing; the last frame stays on screen. */
  finish(): void;
}

interface Job {
  image: string;
  arch: string;
  state: JobState;
  detail: string;
  started: number;
  ended?: number;
}

const FINAL: ReadonlySet<JobState> = new Set([
  'cloned',
  'pushed',
  'reused',
  'merged',
  'tagged',
  'failed',
  'skipped',
]);

export function createProgressView(stream: ProgressStream, now: () => number = Date.now): ProgressView {
  return stream.isTTY ? new LiveView(stream, now) : new LineView(stream, now);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

class LineView implements ProgressView {
  private readonly began: number;
  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number,
  ) {
    this.began = now();
  }
  update(image: string, arch: string, state: JobState, detail = ''): void {
    const at = seconds(this.now() - this.began).padStart(7);
    this.stream.write(`[${at}] ${image} ${arch} ${state}${detail ? ` ${detail}` : ''}\n`);
  }
  finish(): void {}
}

class LiveView implements ProgressView {
  private readonly jobs = new Map<string, Job>();
  private drawn = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number,
  ) {}

  update(image: string, arch: string, state: JobState, detail = ''): void {
    const key = `${image}\u0000${arch}`;
    const job = this.jobs.get(key) ?? {image, arch, state, detail, started: this.now()};
    if (job.state === 'waiting' && state !== 'waiting') job.started = this.now();
    job.state = state;
    job.detail = detail;
    if (FINAL.has(state)) job.ended = this.now();
    this.jobs.set(key, job);
    // Redraw on a timer as well, so elapsed times move while a long build is quiet.
    this.timer ??= setInterval(() => this.draw(), 250).unref();
    this.draw();
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.draw();
  }

  private draw(): void {
    const rows = [...this.jobs.values()].map((job) => {
      const elapsed = job.state === 'waiting' ? '' : seconds((job.ended ?? this.now()) - job.started);
      return [job.image, job.arch, job.state, elapsed, job.detail];
    });
    const lines = renderTable(['IMAGE', 'ARCH', 'STATE', 'ELAPSED', ''], rows).split('\n');
    // Move up over the previous frame and clear it before drawing the new one.
    const up = this.drawn > 0 ? `\u001b[${this.drawn}A` : '';
    this.stream.write(`${up}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n`);
    this.drawn = lines.length;
  }
}

/** A plain aligned table, for the final result and the live view. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
