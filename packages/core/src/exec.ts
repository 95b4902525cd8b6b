import {spawn} from 'node:child_process';
import {constants} from 'node:fs';
import {access} from 'node:fs/promises';
import {constants as osConstants} from 'node:os';
import path from 'node:path';
import type {Readable} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import {ExecError, ExternalError} from './errors.js';
import type {Env, Exec, ExecOptions, ExecResult, Logger} from './ports.js';

/**
 * The one place a process is started. Arguments are an argv array handed to the kernel (no
 * shell), output is captured and masked, and the command line is logged at debug level with its
 * secrets masked; nothing else is printed (GitLab cannot mask a value found at run time). A
 * process gets `env` (the ports' environment) unless the call names its own: what a test or the
 * CLI hands the ports is what git and the credential helpers see, not this process's environment.
 *
 * Started with node:child_process, not @actions/exec: that one ends a child's stdin without
 * listening for its errors, so a child that exits before reading its input (a Docker credential
 * helper that gives up at once) threw EPIPE out of the whole step; and without input it left
 * stdin an open pipe, so a child that reads stdin waited forever.
 */
export function createExec(log: Logger, env: Env): Exec {
  return {
    async run(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
      log.debug(`exec: ${log.mask([file, ...args].join(' '))}`);
      const childEnv = (options.env ?? env) as Record<string, string>;
      // Node looks a bare name up on the PATH of the env it is given, but reports a missing
      // program only as ENOENT: the name is resolved here to say what is missing and where.
      const program = await findProgram(file, childEnv.PATH ?? '', options.cwd);
      if (!program) {
        throw new ExternalError(`could not start ${file}: not found (is ${file} installed and on PATH?)`);
      }
      const {onLine} = options;
      let result: ExecResult;
      try {
        result = await runChild(program, args, {
          cwd: options.cwd,
          env: childEnv,
          input: options.input,
          onLine: onLine && ((line, stream) => onLine(log.mask(line), stream)),
        });
      } catch (error) {
        throw new ExternalError(`could not start ${file}: ${errorText(error)}`, {cause: error});
      }
      const stderr = log.mask(result.stderr);
      if (result.exitCode !== 0 && !options.allowFailure) {
        throw new ExecError(
          file,
          args.map((a) => log.mask(a)),
          result.exitCode,
          stderr,
        );
      }
      return {exitCode: result.exitCode, stdout: result.stdout, stderr};
    },
  };
}

interface ChildOptions {
  cwd?: string;
  env: Record<string, string>;
  input?: string | Uint8Array;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/**
 * How long output may stay open after the child exits: a process it left behind (a daemon it
 * started) can hold the pipes open for good; what the child wrote is in by then.
 */
const closeGrace = 10_000;

/** Runs `program` to its end; rejects only when it cannot be started. */
function runChild(program: string, args: readonly string[], options: ChildOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const hasInput = options.input !== undefined;
    // Without input the child's stdin is /dev/null: a child that reads it sees its end at once.
    const child = spawn(program, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: [hasInput ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const out = collect(child.stdout, 'stdout', options.onLine);
    const err = collect(child.stderr, 'stderr', options.onLine);
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(grace);
      // A process killed by a signal has no exit code: 128 + the signal's number, as a shell says.
      const exitCode = code ?? 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0);
      resolve({exitCode, stdout: out.end(), stderr: err.end()});
    };
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(grace);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      grace = setTimeout(() => finish(code, signal), closeGrace);
      grace.unref();
    });
    child.on('close', finish);
    if (hasInput) {
      // A child may exit without reading its input (most credential helpers do when they know no
      // such server): the write then fails with EPIPE, and the exit code tells what happened.
      child.stdin?.on('error', () => {});
      child.stdin?.end(options.input);
    }
  });
}

/**
 * Gathers a stream's text, handing on each line as it comes; `end` hands on the last one (without
 * a newline) too, and stops reading (a process left behind may still hold the pipe).
 */
function collect(
  stream: Readable | null,
  name: 'stdout' | 'stderr',
  onLine: ChildOptions['onLine'],
): {end(): string} {
  // One decoder a stream: a character split between two chunks arrives whole.
  const decoder = new StringDecoder('utf8');
  let text = '';
  let pending = '';
  const lines = (chunk: string): void => {
    text += chunk;
    if (!onLine) return;
    pending += chunk;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      onLine(pending.slice(0, newline), name);
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  };
  stream?.on('data', (chunk: Buffer) => lines(decoder.write(chunk)));
  let ended = false;
  return {
    end() {
      if (!ended) {
        ended = true;
        stream?.destroy();
        lines(decoder.end());
        if (onLine && pending) onLine(pending, name);
      }
      return text;
    },
  };
}

/** `file` as a path to an executable: as given when it names a directory, else found on `PATH`. */
export async function findProgram(file: string, pathList: string, cwd?: string): Promise<string | undefined> {
  const candidates = file.includes('/')
    ? [path.resolve(cwd ?? '.', file)]
    : pathList
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, file));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here; try the next directory.
    }
  }
  return undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
