import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Env, Ports} from '../ports.js';
import type {Backend, BackendCommand, BuildRequest} from './types.js';

export interface BackendResult {
  /** The digest the backend reported (undefined when it reported none). */
  digest: string | undefined;
  /** The commands as run, secrets masked, for the log. */
  commands: string[];
}

/** A command line for people to read (and paste): arguments with spaces or quotes are quoted. */
export function displayCommand(command: BackendCommand): string {
  const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  const env = Object.entries(command.env ?? {}).map(([k, v]) => `${k}=${quote(v)}`);
  return [...env, command.file, ...command.args].map((a, i) => (i < env.length ? a : quote(a))).join(' ');
}

/**
 * Runs one backend for one request: writes its generated files, runs its commands in order
 * with live output, and reads the digest back from where this backend reports it.
 */
export async function runBackend(
  backend: Backend,
  request: BuildRequest,
  ports: Ports,
): Promise<BackendResult> {
  await mkdir(request.workDir, {recursive: true});
  for (const [file, content] of Object.entries(backend.files?.(request) ?? {})) {
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, content);
  }
  const cleanup = (await backend.prepare?.(request)) ?? [];

  for (const warning of (await backend.warnings?.(request)) ?? []) ports.log.warning(warning);
  const shown: string[] = [];
  let stdout = '';
  try {
    for (const command of backend.commands(request)) {
      stdout = (await runCommand(command, ports, shown)).stdout;
    }
  } finally {
    // The build's own error (if any) is the one to report: a failed cleanup is only a warning.
    for (const command of cleanup) {
      const result = await runCommand(command, ports, shown, true).catch(() => undefined);
      if (result?.exitCode !== 0) ports.log.warning(`could not undo the build's setup: ${shown.at(-1)}`);
    }
  }
  const source = backend.digestSource(request);
  const text = 'file' in source ? await readFile(source.file, 'utf8').catch(() => '') : stdout;
  return {digest: backend.parseDigest(text), commands: shown};
}

async function runCommand(command: BackendCommand, ports: Ports, shown: string[], allowFailure = false) {
  const line = ports.log.mask(displayCommand(command));
  shown.push(line);
  ports.log.info(`$ ${line}`);
  return ports.exec.run(command.file, command.args, {
    cwd: command.cwd,
    env: commandEnv(command, ports.env),
    allowFailure,
    onLine: (text) => ports.log.info(text),
  });
}

/** The environment a backend's command runs with: the inherited one, `env` added, `unsetEnv` removed. */
export function commandEnv(command: BackendCommand, inherited: Env): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {...inherited, ...command.env};
  for (const name of command.unsetEnv ?? []) delete env[name];
  return env;
}
