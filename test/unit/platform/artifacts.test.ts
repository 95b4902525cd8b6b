import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  createGitHubArtifacts,
  type ArtifactClientLike,
} from '../../../packages/core/src/platform/artifacts-github.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {openArtifactStore} from '../../../packages/core/src/platform/artifacts.js';
import {filesInPlace} from '../../../packages/core/src/platform/artifact-store.js';
import type {Logger} from '../../../packages/core/src/ports.js';
import {tempDir} from '../../helpers/tmp.js';

const quiet: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  group: (_t, fn) => fn(),
  addSecret: () => {},
  mask: (t) => t,
};

/** A fake of the GitHub artifact service (it cannot run here): artifacts kept in memory by name. */
function fakeArtifactService() {
  const stored = new Map<string, {id: number; files: Record<string, Buffer>}>();
  const calls: string[] = [];
  let lastId = 0;
  const client: ArtifactClientLike = {
    async uploadArtifact(name, files, rootDirectory, options) {
      calls.push(`upload ${name} retention=${options?.retentionDays} level=${options?.compressionLevel}`);
      // What @actions/artifact throws when CreateArtifact meets a name the run already has.
      if (stored.has(name))
        throw new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
        );
      const id = ++lastId;
      stored.set(name, {
        id,
        files: Object.fromEntries(files.map((f) => [path.relative(rootDirectory, f), readFileSync(f)])),
      });
      return {id, size: 1};
    },
    async getArtifact(name) {
      const artifact = stored.get(name);
      if (!artifact) throw Object.assign(new Error('Artifact not found'), {name: 'ArtifactNotFoundError'});
      return {artifact: {id: artifact.id, name}};
    },
    async deleteArtifact(name) {
      const artifact = stored.get(name);
      if (!artifact) throw Object.assign(new Error('Artifact not found'), {name: 'ArtifactNotFoundError'});
      calls.push(`delete ${name}`);
      stored.delete(name);
      return {id: artifact.id};
    },
    async downloadArtifact(id, options) {
      const artifact = [...stored.values()].find((a) => a.id === id);
      for (const [file, bytes] of Object.entries(artifact?.files ?? {})) {
        mkdirSync(path.dirname(path.join(options?.path ?? '.', file)), {recursive: true});
        writeFileSync(path.join(options?.path ?? '.', file), bytes);
      }
      return {downloadPath: options?.path};
    },
  };
  return {client, calls};
}

describe('GitHub artifacts through a fake artifact service', () => {
  it('uploads the archives uncompressed for a day, and a later job downloads them into output-dir', async () => {
    const fake = fakeArtifactService();
    let loads = 0;
    const artifacts = createGitHubArtifacts(quiet, async () => (loads++, fake.client));
    const cloneJob = tempDir();
    writeFileSync(path.join(cloneJob, 'app-source.tar.gz'), 'archive bytes');
    await artifacts.upload('hephy-sources', cloneJob, ['app-source.tar.gz']);
    expect(fake.calls).toEqual(['upload hephy-sources retention=1 level=0']);
    const buildJob = tempDir();
    expect(await artifacts.download('hephy-sources', buildJob)).toBe(true);
    expect(readFileSync(path.join(buildJob, 'app-source.tar.gz'), 'utf8')).toBe('archive bytes');
    expect(loads).toBe(1);
  });

  it('reports a missing artifact as false, and uploads nothing when there is nothing', async () => {
    const fake = fakeArtifactService();
    let loaded = false;
    const artifacts = createGitHubArtifacts(quiet, async () => ((loaded = true), fake.client));
    await artifacts.upload('hephy-sources', tempDir(), []);
    expect(loaded).toBe(false);
    expect(await artifacts.download('hephy-sources', tempDir())).toBe(false);
  });
});

describe('a re-run of a job that uploaded the archives', () => {
  it('replaces the artifact of the earlier attempt instead of failing on its name', async () => {
    const fake = fakeArtifactService();
    const firstAttempt = tempDir();
    writeFileSync(path.join(firstAttempt, 'app-source.tar.gz'), 'attempt 1');
    await createGitHubArtifacts(quiet, async () => fake.client).upload('hephy-sources', firstAttempt, [
      'app-source.tar.gz',
    ]);
    const secondAttempt = tempDir();
    writeFileSync(path.join(secondAttempt, 'app-source.tar.gz'), 'attempt 2');
    await createGitHubArtifacts(quiet, async () => fake.client).upload('hephy-sources', secondAttempt, [
      'app-source.tar.gz',
    ]);
    expect(fake.calls).toEqual([
      'upload hephy-sources retention=1 level=0',
      'delete hephy-sources',
      'upload hephy-sources retention=1 level=0',
    ]);
    const buildJob = tempDir();
    expect(
      await createGitHubArtifacts(quiet, async () => fake.client).download('hephy-sources', buildJob),
    ).toBe(true);
    expect(readFileSync(path.join(buildJob, 'app-source.tar.gz'), 'utf8')).toBe('attempt 2');
  });
});

describe('an empty artifact name on GitHub (the one-job action)', () => {
  it('moves nothing: no artifact client is loaded, the archives stay in output-dir', async () => {
    // No ACTIONS_RUNTIME_TOKEN here: a call into the artifact service would throw.
    const store = await openArtifactStore({name: 'github', log: quiet, env: {}}, '');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'app-source.tar.gz'), 'archive bytes');
    await store.upload('', dir, ['app-source.tar.gz']);
    expect(await store.download('', dir)).toBe(true);
    expect(readFileSync(path.join(dir, 'app-source.tar.gz'), 'utf8')).toBe('archive bytes');
  });
});

describe('an artifact name on GitHub without ACTIONS_RUNTIME_TOKEN (a composite run: step)', () => {
  it('fails on first use saying to empty artifact-name, and not before', async () => {
    const store = await openArtifactStore({name: 'github', log: quiet, env: {}}, 'hephy-sources');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'app-source.tar.gz'), 'archive bytes');
    const error = await store.upload('hephy-sources', dir, ['app-source.tar.gz']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(
      /^input artifact-name: the artifact service needs ACTIONS_RUNTIME_TOKEN, .* set artifact-name to ''/,
    );
  });
});

describe('GitLab and local artifacts', () => {
  it('leave the files where they are', async () => {
    const store = filesInPlace();
    await store.upload('x', tempDir(), ['a']);
    expect(await store.download('x', tempDir())).toBe(true);
  });
});
