import {spawn, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {LayoutStore, REF_NAME} from '../../../packages/core/src/registry/oci-layout.js';
import {OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';
import {parseReference} from '../../../packages/core/src/registry/reference.js';
import {tempDir} from '../../helpers/tmp.js';

const ROUNDS = 60;
let writer: string;

beforeAll(async () => {
  // The writer is this repository's LayoutStore, compiled for a plain `node` process.
  writer = path.join(tempDir('hephy-layout-writer-'), 'writer.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'layout-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writer,
    logLevel: 'silent',
  });
});

function runWriter(dir: string, prefix: string): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, prefix, String(ROUNDS)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stderr}));
  });
}

function tagsIn(dir: string): string[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as {
    manifests: {annotations?: Record<string, string>}[];
  };
  return index.manifests.map((m) => m.annotations?.[REF_NAME] ?? '').sort();
}

const expected = (prefix: string) => Array.from({length: ROUNDS}, (_, i) => `${prefix}-${i}`);

function manifest(tag: string) {
  return {
    mediaType: OCI_INDEX,
    bytes: Buffer.from(
      JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: [], annotations: {tag}}),
    ),
  };
}

describe('OCI layout writers in separate processes', () => {
  it('both succeed and every tag of both is in index.json', async () => {
    const dir = tempDir('hephy-layout-shared-');
    const [a, b, c] = await Promise.all([runWriter(dir, 'a'), runWriter(dir, 'b'), runWriter(dir, 'c')]);
    expect([a, b, c].map((r) => r.stderr)).toEqual(['', '', '']);
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    expect(tagsIn(dir)).toEqual([...expected('a'), ...expected('b'), ...expected('c')].sort());
    // No lock or temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['blobs', 'index.json', 'oci-layout']);
  });

  it('recovers a lock left by a writer that died, on this host', async () => {
    const dir = tempDir('hephy-layout-stale-');
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(
      path.join(dir, 'index.json.lock'),
      JSON.stringify({pid: Number(dead), host: hostname(), token: 'crashed'}),
    );
    await new LayoutStore({timeoutMs: 5_000}).putManifest(
      parseReference(`oci:${dir}:app-latest`),
      manifest('x'),
    );
    expect(tagsIn(dir)).toEqual(['app-latest']);
  });

  it('recovers an old lock of another host, and waits for (then names) a live holder', async () => {
    const dir = tempDir('hephy-layout-held-');
    const lock = path.join(dir, 'index.json.lock');
    // A live process on this host holds the lock: the writer waits, then says who holds it.
    writeFileSync(lock, JSON.stringify({pid: process.pid, host: hostname(), token: 'alive'}));
    await expect(
      new LayoutStore({timeoutMs: 300}).putManifest(parseReference(`oci:${dir}:app-1`), manifest('1')),
    ).rejects.toThrow(`index.json.lock is held by process ${process.pid} on ${hostname()}`);
    expect(readFileSync(lock, 'utf8')).toContain('alive');
    // A lock of another machine cannot be asked about its pid: its age makes it stale.
    writeFileSync(lock, JSON.stringify({pid: 1, host: 'elsewhere', token: 'old'}));
    const old = new Date(Date.now() - 120_000);
    utimesSync(lock, old, old);
    await new LayoutStore({timeoutMs: 5_000}).putManifest(parseReference(`oci:${dir}:app-2`), manifest('2'));
    expect(tagsIn(dir)).toEqual(['app-2']);
  });
});
