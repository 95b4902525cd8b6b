import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Ports} from '../ports.js';
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
  for (const warning of (await backend.warnings?.(request)) ?? []) ports.log.warning(warning);
  const shown: string[] = [];
  let stdout = '';
  for (const command of backend.commands(request)) {
    const line = ports.log.mask(displayCommand(command));
    shown.push(line);
    ports.log.info(`$ ${line}`);
    const result = await ports.exec.run(command.file, command.args, {
      cwd: command.cwd,
      env: {...ports.env, ...command.env},
      onLine: (text) => ports.log.info(text),
    });
    stdout = result.stdout;
  }
  const source = backend.digestSource(request);
  const text = 'file' in source ? await readFile(source.file, 'utf8').catch(() => '') : stdout;
  return {digest: backend.parseDigest(text), commands: shown};
}
