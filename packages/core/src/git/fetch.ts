import {mkdir} from 'node:fs/promises';
import type {Exec} from '../ports.js';
import {protocolConfig} from '../source/url.js';
import {git} from './git.js';

export interface FetchRefOptions {
  /** Transports git may use, for the URL and for any submodule's. */
  allowProtocols: readonly string[];
  /** Also fetch the submodules (each at its recorded commit, one commit deep). */
  submodules: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Git must never stop to ask for a password on a runner, and must not read a user's askpass. */
function gitEnv(env: FetchRefOptions['env']): Record<string, string | undefined> {
  return {...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', SSH_ASKPASS: 'true'};
}

/**
 * Fetches exactly one ref (branch, tag or full commit id) one commit deep into a new repository
 * at `dir`, and returns the commit it resolves to. URL and ref must have been checked
 * (source/url.ts, source/ref.ts); `--` keeps them from ever being read as options regardless.
 */
export async function fetchRef(
  exec: Exec,
  dir: string,
  url: string,
  ref: string,
  options: FetchRefOptions,
): Promise<string> {
  await mkdir(dir, {recursive: true});
  const env = gitEnv(options.env);
  await git(exec, dir, ['init', '--quiet'], {env});
  const config = protocolConfig(options.allowProtocols);
  await git(exec, dir, [...config, 'fetch', '--quiet', '--depth', '1', '--no-tags', '--', url, ref], {env});
  const commit = (await git(exec, dir, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'], {env})).trim();
  if (options.submodules) {
    await git(exec, dir, ['checkout', '--quiet', '--detach', commit], {env});
    await git(exec, dir, [...config, 'submodule', 'update', '--init', '--recursive', '--depth', '1'], {env});
  }
  return commit;
}

/** A checked-out submodule: its path relative to the top repository and its commit. */
export interface Submodule {
  path: string;
  commit: string;
}

/** The submodules checked out under `dir` (recursively), outermost first. */
export async function checkedOutSubmodules(exec: Exec, dir: string): Promise<Submodule[]> {
  const out = await git(exec, dir, ['submodule', 'status', '--recursive']);
  return out
    .split('\n')
    .map((line) => /^.([0-9a-f]{40,64}) (.*?)(?: \(.*\))?$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({commit: m[1] as string, path: m[2] as string}));
}
