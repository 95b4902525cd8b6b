import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {BuildConfig} from '../../config/types.js';
import {UserError, UserErrors} from '../../errors.js';
import {archiveCommit} from '../../git/archive.js';
import {fetchRef} from '../../git/fetch.js';
import type {Ports} from '../../ports.js';
import {sourceArchiveName} from '../common/handoff.js';
import {gzipDeterministic} from '../../source/pack.js';
import {checkUpstreamRef} from '../../source/ref.js';
import {checkUpstreamUrl, type UpstreamUrl} from '../../source/url.js';

/** One upstream to fetch, checked: safe to hand to git. */
export interface CheckedUpstream {
  dir: string;
  url: UpstreamUrl;
  ref: string;
  submodules: boolean;
}

/** What clone-upstream reports per directory (the `sources` output). */
export interface UpstreamSource {
  dir: string;
  /** The repository URL, credentials masked. */
  repository: string;
  ref: string;
  commit: string;
  /** Path of `<dir>-source.tar.gz`. */
  archive: string;
  bytes: number;
}

/**
 * Checks every upstream before any git runs, collecting all problems with their config lines.
 * Credentials found in URLs are registered as secrets here, before anything can print them.
 */
export function checkUpstreams(
  configs: readonly BuildConfig[],
  allow: readonly string[],
  ports: Ports,
): CheckedUpstream[] {
  const errors: UserError[] = [];
  const checked: CheckedUpstream[] = [];
  for (const config of configs) {
    if (config.source.kind !== 'upstream') continue;
    const at = (field: string) => ({
      location: {file: config.file, ...config.positions[field]},
      field,
    });
    try {
      const url = checkUpstreamUrl(config.source.repo, allow, at('upstream_repo'));
      if (url.secret) ports.log.addSecret(url.secret);
      const ref = checkUpstreamRef(config.source.ref, at('upstream_ref'));
      checked.push({dir: config.dir, url, ref, submodules: config.source.submodules});
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
  return checked;
}

/**
 * Fetches one upstream at its ref, one commit deep, and writes its tree as
 * `<outputDir>/<dir>-source.tar.gz`. The archive appears whole or not at all.
 */
export async function fetchUpstreamSource(
  upstream: CheckedUpstream,
  options: {outputDir: string; scratch: string; allowProtocols: readonly string[]},
  ports: Ports,
): Promise<UpstreamSource> {
  const repoDir = path.join(options.scratch, upstream.dir, 'repo');
  await rm(repoDir, {recursive: true, force: true});
  const commit = await fetchRef(ports.exec, repoDir, upstream.url.url, upstream.ref, {
    allowProtocols: options.allowProtocols,
    submodules: upstream.submodules,
    env: ports.env,
  });
  if (/^[0-9a-f]{40,64}$/.test(upstream.ref) && upstream.ref !== commit) {
    throw new UserError(
      `upstream_ref ${upstream.ref} resolved to ${commit}: name the commit itself, not a tag object`,
    );
  }
  const tar = await archiveCommit(ports.exec, repoDir, commit, {
    submodules: upstream.submodules,
    scratch: path.join(options.scratch, upstream.dir),
  });
  const archive = path.join(options.outputDir, sourceArchiveName(upstream.dir));
  const bytes = await gzipDeterministic(tar);
  await mkdir(options.outputDir, {recursive: true});
  await writeFile(`${archive}.partial`, bytes);
  await rename(`${archive}.partial`, archive);
  await rm(path.join(options.scratch, upstream.dir), {recursive: true, force: true});
  return {
    dir: upstream.dir,
    repository: upstream.url.display,
    ref: upstream.ref,
    commit,
    archive,
    bytes: bytes.length,
  };
}
