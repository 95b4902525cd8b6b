import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {tempDir} from './tmp.js';

/** A fixed identity and no user or system config, so that every machine makes the same commits. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

/** Runs git in `cwd`; a failure throws with git's own message. */
export function runGit(cwd: string, args: readonly string[]): string {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, ...GIT_ENV},
  });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed in ${cwd} (${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

/** Files to write, by path relative to the repository; `null` deletes the file. */
export type FileChanges = Record<string, string | null>;

export class TestRepo {
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    return runGit(this.dir, args);
  }

  /** Writes (or with `null`, deletes) files in the work tree. */
  write(files: FileChanges): this {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name);
      if (content === null) {
        rmSync(file, {recursive: true, force: true});
      } else {
        mkdirSync(path.dirname(file), {recursive: true});
        writeFileSync(file, content);
      }
    }
    return this;
  }

  /** Writes `files`, stages everything and commits; returns the new commit. */
  commit(message: string, files: FileChanges = {}): string {
    this.write(files);
    this.git('add', '--all');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.head();
  }

  /** `git mv from to` and a commit. */
  rename(from: string, to: string, message = `rename ${from} to ${to}`): string {
    mkdirSync(path.dirname(path.join(this.dir, to)), {recursive: true});
    this.git('mv', from, to);
    this.git('commit', '--quiet', '-m', message);
    return this.head();
  }

  head(rev = 'HEAD'): string {
    return this.git('rev-parse', rev).trim();
  }

  /** The `file://` URL other clones fetch from (the smart protocol, as over the network). */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }
}

/** A new repository on branch `main`, with an initial commit of `files` when given. */
export function createRepo(files?: FileChanges): TestRepo {
  const repo = new TestRepo(tempDir('hephy-git-'));
  repo.git('init', '--quiet');
  if (files) repo.commit('initial', files);
  return repo;
}

export interface CloneOptions {
  /** `--depth N`: a shallow clone, as actions/checkout (1) and GitLab (20) make by default. */
  depth?: number;
  branch?: string;
  /** Check out this commit (detached) after cloning. */
  checkout?: string;
  /** The clone's directory name (a checkout is named after its repository). */
  name?: string;
}

/** Clones `source` over `file://`, so that `--depth` is honoured and fetches go through upload-pack. */
export function cloneRepo(source: TestRepo, options: CloneOptions = {}): TestRepo {
  const dir = options.name ? path.join(tempDir('hephy-clone-'), options.name) : tempDir('hephy-clone-');
  const args = ['clone', '--quiet', '--no-tags'];
  if (options.depth !== undefined) args.push('--depth', String(options.depth));
  if (options.branch) args.push('--branch', options.branch);
  runGit(path.dirname(dir), [...args, source.url, dir]);
  const clone = new TestRepo(dir);
  if (options.checkout) clone.git('checkout', '--quiet', '--detach', options.checkout);
  return clone;
}

/**
 * A checkout the way actions/checkout makes one: `git init`, a remote with every branch in its
 * refspec, and one commit fetched at `--depth` into the branch's remote-tracking ref.
 */
export function checkoutLikeActions(
  source: TestRepo,
  sha: string,
  options: {ref: string; depth?: number},
): TestRepo {
  const dir = tempDir('hephy-checkout-');
  const repo = new TestRepo(dir);
  repo.git('init', '--quiet');
  repo.git('remote', 'add', 'origin', source.url);
  const depth = options.depth ?? 1;
  const remoteRef = options.ref.replace(/^refs\/heads\//, 'refs/remotes/origin/');
  repo.git('fetch', '--quiet', '--no-tags', `--depth=${depth}`, 'origin', `+${sha}:${remoteRef}`);
  repo.git('checkout', '--quiet', '--detach', sha);
  return repo;
}
