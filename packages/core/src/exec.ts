import {constants} from 'node:fs';
import {access} from 'node:fs/promises';
import path from 'node:path';
import {getExecOutput} from '@actions/exec';
import {ExecError, ExternalError} from './errors.js';
import type {Env, Exec, ExecOptions, ExecResult, Logger} from './ports.js';

/**
 * The one place a process is started, through @actions/exec. Arguments are an argv array handed
 * to the kernel (no shell), output is captured and masked, and the command line is logged at
 * debug level with its secrets masked: @actions/exec runs `silent`, because its own `[command]`
 * echo and its copy of the output would print arguments and tool output unmasked (GitLab cannot
 * mask a value found at run time). A process gets `env` (the ports' environment) unless the call
 * names its own: what a test or the CLI hands the ports is what git and the credential helpers
 * see, not this process's environment.
 */
export function createExec(log: Logger, env: Env): Exec {
  return {
    async run(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
      log.debug(`exec: ${log.mask([file, ...args].join(' '))}`);
      const childEnv = (options.env ?? env) as Record<string, string>;
      // @actions/exec looks a bare name up on this process's PATH; the child's PATH is the one
      // that counts (a test's stand-ins, the CLI's environment), so the name is resolved here.
      const program = await findProgram(file, childEnv.PATH ?? '', options.cwd);
      if (!program) {
        throw new ExternalError(`could not start ${file}: not found (is ${file} installed and on PATH?)`);
      }
      const {onLine} = options;
      let result: ExecResult;
      try {
        result = await getExecOutput(program, [...args], {
          cwd: options.cwd,
          env: childEnv,
          silent: true,
          ignoreReturnCode: true,
          // Only when there is something to write: @actions/exec ends stdin without listening for
          // its errors, so a child that exits before reading it (as most do, at once) would throw
          // EPIPE out of this process. Without input the child's stdin stays an open pipe.
          ...(options.input === undefined ? {} : {input: Buffer.from(options.input)}),
          listeners: onLine && {
            stdline: (line) => onLine(log.mask(line), 'stdout'),
            errline: (line) => onLine(log.mask(line), 'stderr'),
          },
        });
      } catch (error) {
        throw new ExternalError(`could not start ${file}: ${errorText(error)}`, {cause: error});
      }
      // @actions/exec keeps a last line without a newline to itself: hand it on here.
      if (onLine) {
        for (const [stream, text] of [
          ['stdout', result.stdout],
          ['stderr', result.stderr],
        ] as const) {
          const last = text.slice(text.lastIndexOf('\n') + 1);
          if (last) onLine(log.mask(last), stream);
        }
      }
      // A process killed by a signal has no exit code.
      const exitCode = (result.exitCode as number | null) ?? 128;
      const stderr = log.mask(result.stderr);
      if (exitCode !== 0 && !options.allowFailure) {
        throw new ExecError(
          file,
          args.map((a) => log.mask(a)),
          exitCode,
          stderr,
        );
      }
      return {exitCode, stdout: result.stdout, stderr};
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
