import path from 'node:path';
import {UserError} from '../errors.js';
import type {Env, Logger} from '../ports.js';
import type {ArtifactStore} from './artifact-store.js';

/** The part of @actions/artifact's client we use (so that a test can hand in a fake). */
export interface ArtifactClientLike {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: {retentionDays?: number; compressionLevel?: number},
  ): Promise<{id?: number; size?: number}>;
  getArtifact(name: string): Promise<{artifact: {id: number; name: string}}>;
  deleteArtifact(name: string): Promise<{id: number}>;
  downloadArtifact(id: number, options?: {path?: string}): Promise<{downloadPath?: string}>;
}

/**
 * Loaded on first use only: the artifact client pulls in an HTTP and Azure storage stack that
 * costs start-up time, and only clone-upstream and build-arch ever move artifacts.
 */
export async function loadArtifactClient(env: Env): Promise<ArtifactClientLike> {
  if (!env.ACTIONS_RUNTIME_TOKEN)
    throw new UserError(
      "the artifact service needs ACTIONS_RUNTIME_TOKEN, which the runner gives a node action but not the run: steps of a composite action (actions/runner#3046); when clone-upstream and build-arch run in one job, set artifact-name to '' (the archives stay in output-dir)",
      {field: 'input artifact-name'},
    );
  const {DefaultArtifactClient} = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** The GitHub Actions artifact service (one artifact per name and run, kept one day). */
export function createGitHubArtifacts(log: Logger, load: () => Promise<ArtifactClientLike>): ArtifactStore {
  let client: Promise<ArtifactClientLike> | undefined;
  const get = () => (client ??= load());
  return {
    async upload(name, dir, files) {
      if (files.length === 0) return;
      const absolute = files.map((file) => path.resolve(dir, file));
      const artifacts = await get();
      await deleteIfThere(artifacts, name, log);
      // The archives are gzip already; zipping them again would only cost time.
      const result = await artifacts.uploadArtifact(name, absolute, path.resolve(dir), {
        retentionDays: 1,
        compressionLevel: 0,
      });
      log.info(`uploaded artifact ${name} (${files.length} files, ${result.size ?? 0} bytes)`);
    },
    async download(name, dir) {
      const artifacts = await get();
      let id: number;
      try {
        id = (await artifacts.getArtifact(name)).artifact.id;
      } catch (error) {
        if (error instanceof Error && error.name === 'ArtifactNotFoundError') return false;
        throw error;
      }
      await artifacts.downloadArtifact(id, {path: path.resolve(dir)});
      log.info(`downloaded artifact ${name} into ${dir}`);
      return true;
    },
  };
}

/**
 * An artifact name is unique in a run, across its attempts: re-running a job whose first attempt
 * uploaded `name` would fail on CreateArtifact with 409 Conflict. Delete-then-upload, as
 * actions/upload-artifact does with `overwrite: true`; a name suffixed with GITHUB_RUN_ATTEMPT
 * would instead hide the archives from build-arch jobs re-run alone in a later attempt.
 */
async function deleteIfThere(artifacts: ArtifactClientLike, name: string, log: Logger): Promise<void> {
  try {
    const {id} = await artifacts.deleteArtifact(name);
    log.info(`deleted artifact ${name} (id ${id}) of an earlier attempt of this run`);
  } catch (error) {
    if (error instanceof Error && error.name === 'ArtifactNotFoundError') return;
    // The upload that follows reports what is really wrong (a conflict, no token, no service).
    log.warning(`could not delete artifact ${name} before uploading it again: ${String(error)}`);
  }
}
