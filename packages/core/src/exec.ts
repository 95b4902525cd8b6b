import {spawn} from 'node:child_process';
import {ExecError, ExternalError} from './errors.js';
import type {Env, Exec, ExecOptions, ExecResult, Logger} from './ports.js';

/**
 * The one place a process is started. Arguments are an argv array handed to the kernel (no
 * shell), output is captured and masked, and the command line is logged at debug level with its
 * secrets masked. We spawn directly rather than through @actions/exec because we need stdin
 * bytes, line streaming for long builds, and no `[command]` echo of unmasked arguments on GitLab.
 * A process gets `env` (the ports' environment) unless the call names its own: what a test or the
 * CLI hands the ports is what git and the credential helpers see, not this process's environment.
 */
export function createExec(log: Logger, env: Env): Exec {
  return {
    run(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
      log.debug(`exec: ${log.mask([file, ...args].join(' '))}`);
      return new Promise((resolve, reject) => {
        const child = spawn(file, [...args], {
          cwd: options.cwd,
          env: (options.env ?? env) as NodeJS.ProcessEnv,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        const lines = {stdout: '', stderr: ''};
        const collect = (stream: 'stdout' | 'stderr', sink: Buffer[]) => (chunk: Buffer) => {
          sink.push(chunk);
          if (!options.onLine) return;
          const text = lines[stream] + chunk.toString('utf8');
          const parts = text.split('\n');
          lines[stream] = parts.pop() ?? '';
          for (const line of parts) options.onLine(log.mask(line), stream);
        };
        child.stdout.on('data', collect('stdout', out));
        child.stderr.on('data', collect('stderr', err));
        child.on('error', (error: NodeJS.ErrnoException) => {
          const hint = error.code === 'ENOENT' ? ` (is ${file} installed and on PATH?)` : '';
          reject(new ExternalError(`could not start ${file}: ${error.message}${hint}`, {cause: error}));
        });
        child.stdin.on('error', () => {
          // The child may exit before reading its input; its exit code tells the story.
        });
        child.on('close', (code, signal) => {
          for (const stream of ['stdout', 'stderr'] as const) {
            if (options.onLine && lines[stream]) options.onLine(log.mask(lines[stream]), stream);
          }
          const result: ExecResult = {
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: log.mask(Buffer.concat(err).toString('utf8')),
          };
          if (result.exitCode !== 0 && !options.allowFailure) {
            reject(
              new ExecError(
                file,
                args.map((a) => log.mask(a)),
                result.exitCode,
                result.stderr,
              ),
            );
          } else {
            resolve(result);
          }
        });
        child.stdin.end(options.input ?? '');
      });
    },
  };
}
