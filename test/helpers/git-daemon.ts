import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {cleanUp, killGroup, OWN_GROUP, ownProcess} from './cleanup.js';
import {tempDir} from './tmp.js';

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs git with a fixed identity and clock, so that commit ids are the same on every run. */
export function runGit(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Upstream',
      GIT_AUTHOR_EMAIL: 'upstream@example.com',
      GIT_COMMITTER_NAME: 'Upstream',
      GIT_COMMITTER_EMAIL: 'upstream@example.com',
      GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** A work tree whose commits are pushed to a bare repository that the daemon serves. */
export interface UpstreamRepo {
  /** `git://127.0.0.1:<port>/<name>` */
  url: string;
  /** The bare repository on disk. */
  bare: string;
  work: string;
  /** Writes files, commits them, pushes; returns the commit id. */
  commit(files: Record<string, string>, message?: string): string;
  tag(name: string, options?: {annotated?: boolean}): void;
}

export interface GitDaemon {
  port: number;
  base: string;
  /** A new repository `<name>.git` served at `git://127.0.0.1:<port>/<name>.git`. */
  repo(name: string): UpstreamRepo;
  stop(): Promise<void>;
}

function makeRepo(base: string, name: string, port: number): UpstreamRepo {
  const bare = path.join(base, `${name}.git`);
  const work = path.join(base, '..', 'work', name);
  mkdirSync(work, {recursive: true});
  runGit(base, ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  runGit(work, ['init', '--quiet', '--initial-branch=main']);
  runGit(work, ['remote', 'add', 'origin', bare]);
  let tick = 0;
  return {
    url: `git://127.0.0.1:${port}/${name}.git`,
    bare,
    work,
    commit(files, message = `commit ${tick + 1}`) {
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(work, file)), {recursive: true});
        writeFileSync(path.join(work, file), content);
      }
      const date = new Date(Date.UTC(2025, 0, 1) + ++tick * 60_000).toISOString();
      runGit(work, ['add', '--all']);
      runGit(work, ['commit', '--quiet', '-m', message], {GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date});
      runGit(work, ['push', '--quiet', 'origin', 'HEAD:main']);
      return runGit(work, ['rev-parse', 'HEAD']);
    },
    tag(tagName, options = {}) {
      runGit(work, ['tag', ...(options.annotated ? ['-a', '-m', tagName] : []), tagName]);
      runGit(work, ['push', '--quiet', 'origin', `refs/tags/${tagName}`]);
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`git daemon exited: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`git daemon did not listen on ${port}: ${log()}`);
}

/** Starts `git daemon` on 127.0.0.1 and a free port, serving every repository under a temp dir. */
export async function startGitDaemon(): Promise<GitDaemon> {
  const root = tempDir('hephy-gitd-');
  const base = path.join(root, 'repos');
  mkdirSync(base, {recursive: true});
  const port = await freePort();
  const child = spawn(
    'git',
    [
      'daemon',
      '--reuseaddr',
      '--export-all',
      `--base-path=${base}`,
      '--listen=127.0.0.1',
      `--port=${port}`,
      base,
    ],
    {stdio: ['ignore', 'ignore', 'pipe'], ...OWN_GROUP},
  );
  ownProcess(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await waitForPort(port, child, () => stderr);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      killGroup(child);
    });
  cleanUp(stop);
  return {port, base, repo: (name) => makeRepo(base, name, port), stop};
}
