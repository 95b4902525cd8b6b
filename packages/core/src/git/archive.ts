import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import type {Exec} from '../ports.js';
import {tarDataEnd} from '../source/tar.js';
import {checkedOutSubmodules} from './fetch.js';
import {git} from './git.js';

/**
 * The tree of `commit` as tar bytes, made by `git archive` from the commit (not the tree), so
 * that every entry carries the commit's time and the pax header its id: the same commit gives
 * the same bytes. With submodules, each one's own archive follows under its path.
 */
export async function archiveCommit(
  exec: Exec,
  repoDir: string,
  commit: string,
  options: {submodules: boolean; scratch: string},
): Promise<Buffer> {
  const parts = [await archiveOne(exec, repoDir, commit, '', path.join(options.scratch, 'top.tar'))];
  if (options.submodules) {
    const modules = await checkedOutSubmodules(exec, repoDir);
    for (const [i, module] of modules.entries()) {
      const file = path.join(options.scratch, `submodule-${i}.tar`);
      parts.push(
        await archiveOne(exec, path.join(repoDir, module.path), module.commit, `${module.path}/`, file),
      );
    }
  }
  return concatTars(parts);
}

/** git archive writes binary to a file: the exec port's stdout is text. */
async function archiveOne(exec: Exec, dir: string, commit: string, prefix: string, file: string) {
  const prefixArgs = prefix ? [`--prefix=${prefix}`] : [];
  await git(exec, dir, ['archive', '--format=tar', ...prefixArgs, `--output=${file}`, commit]);
  const bytes = await readFile(file);
  await rm(file, {force: true});
  return bytes;
}

/** Tar archives end with zero blocks; joining means dropping all but the last archive's end. */
export function concatTars(parts: readonly Buffer[]): Buffer {
  if (parts.length === 1) return parts[0] as Buffer;
  const bodies = parts.map((part) => part.subarray(0, tarDataEnd(part)));
  return Buffer.concat([...bodies, Buffer.alloc(1024)]);
}
