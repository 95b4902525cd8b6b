import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  createGitHubArtifacts,
  type ArtifactClientLike,
} from '../../../packages/core/src/platform/artifacts-github.js';
import {filesInPlace} from '../../../packages/core/src/platform/artifacts.js';
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
  const client: ArtifactClientLike = {
    async uploadArtifact(name, files, rootDirectory, options) {
      calls.push(`upload ${name} retention=${options?.retentionDays} level=${options?.compressionLevel}`);
      const id = stored.size + 1;
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

describe('GitLab and local artifacts', () => {
  it('leave the files where they are', async () => {
    const store = filesInPlace();
    await store.upload('x', tempDir(), ['a']);
    expect(await store.download('x', tempDir())).toBe(true);
  });
});
