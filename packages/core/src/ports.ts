/**
 * The ports through which every side effect enters the core. Steps take a `Ports` object and
 * never reach for `process`, `child_process`, `fetch` or the clock themselves, so a test can
 * hand them a recording logger, a fixed clock or a fault-injecting fetch.
 */

/** What a finished process left behind. */
export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** Working directory; defaults to the current one. */
  cwd?: string;
  /** Replaces the inherited environment when given (merge it yourself). */
  env?: Record<string, string | undefined>;
  /** Bytes written to the process's standard input, which is then closed. */
  input?: string | Uint8Array;
  /** Resolve with a non-zero exit code instead of throwing `ExecError`. */
  allowFailure?: boolean;
  /** Called with each complete line of output as it arrives (for live build logs). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** Starts a program with an argv array: never through a shell. */
export interface Exec {
  run(file: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
}

/** Log sink; every platform's implementation masks registered secrets. */
export interface Logger {
  info(message: string): void;
  warning(message: string, location?: SourceLocation): void;
  error(message: string, location?: SourceLocation): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log section. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never appear in any output. */
  addSecret(secret: string): void;
  /** Replaces every registered secret in `text` with `***`. */
  mask(text: string): string;
}

/** A place in a file, for errors and annotations. Lines and columns count from 1. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface Ports {
  exec: Exec;
  log: Logger;
  env: Env;
  /** The current time; a test pins it. */
  now: () => Date;
  /** Node's fetch, or a test's. */
  fetch: typeof globalThis.fetch;
}
