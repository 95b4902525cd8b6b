// Registry requests per merged image with auth against without: merge-manifest (the core from
// source, transpiled as `npm run docs` does) over IMAGES images x 2 arches, against an open,
// an htpasswd (Basic) and a token-auth docker-registry, each behind a counting proxy. Part of
// bench/registry.mjs (`node bench/registry.mjs --auth-only` runs only this).
import {Buffer} from 'node:buffer';
import {mkdirSync, writeFileSync} from 'node:fs';
import {createServer, request as httpRequest} from 'node:http';
import {randomBytes} from 'node:crypto';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {loadInputTables} from '../scripts/gen-inputs.mjs';
import {freePort, startRegistry} from './lib.mjs';

const IMAGES = 5;
const ARCHS = ['amd64', 'arm64'];

/**
 * A proxy that records every request the registry answered: `statuses` (in order), and
 * `requests` ({method, path, status, at: process.hrtime.bigint() when it came}) for a breakdown
 * by kind (bench/reuse.mjs).
 */
export async function countingProxy(upstream) {
  const statuses = [];
  const requests = [];
  const server = createServer((req, res) => {
    const at = process.hrtime.bigint();
    const [hostname, port] = upstream.split(':');
    const out = httpRequest(
      {hostname, port, method: req.method, path: req.url, headers: req.headers},
      (a) => {
        statuses.push(a.statusCode);
        requests.push({method: req.method, path: req.url, status: a.statusCode, at});
        res.writeHead(a.statusCode, a.headers);
        a.pipe(res);
      },
    );
    req.pipe(out);
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {host: `127.0.0.1:${port}`, statuses, requests, stop: () => server.close()};
}

export async function measureAuth(root, work) {
  await loadInputTables(root);
  const core = (file) =>
    import(pathToFileURL(path.join(root, 'node_modules', '.cache', 'hephy-gen', file)).href);
  const {runMergeManifest} = await core('steps/merge-manifest/run.js');
  const {loadPlannedImages} = await core('plan/load.js');
  const {createRegistryClient} = await core('registry/client.js');
  const {parseRepository} = await core('registry/reference.js');
  const {createExec} = await core('exec.js');
  const quiet = {info() {}, warning() {}, error() {}, debug() {}, group: (_t, fn) => fn()};
  const log = {...quiet, addSecret() {}, mask: (text) => text};
  const env = {PATH: process.env.PATH, HOME: work};
  const ports = {exec: createExec(log, env), log, env, now: () => new Date(), fetch: globalThis.fetch};
  const rows = [];
  for (const auth of ['open', 'htpasswd', 'token']) {
    const registry = await startRegistry(work, {auth, name: `registry-${auth}`});
    const credentials = auth === 'open' ? {} : {username: 'bench', password: 'bench-pw'};
    const ws = path.join(work, `auth-${auth}`);
    const dirs = Array.from({length: IMAGES}, (_, i) => `app${i}`);
    const pusher = createRegistryClient({ports, credentials});
    for (const dir of dirs) {
      mkdirSync(path.join(ws, dir), {recursive: true});
      const platforms = ARCHS.map((a) => `linux/${a}`).join(', ');
      writeFileSync(
        path.join(ws, dir, 'build-config.yaml'),
        `use_local_context: true\nplatforms: [${platforms}]\n`,
      );
      writeFileSync(path.join(ws, dir, 'Dockerfile'), 'FROM scratch\n');
      for (const arch of ARCHS) {
        const tag = `${dir}-20250501-${arch}`;
        const digest = await pushImage(pusher, `${registry.host}/team/images:${tag}`, arch);
        writeFileSync(path.join(ws, `${dir}-${arch}.tag`), `${tag}\n${digest}\n`);
      }
    }
    registry.tokenRequests.splice(0);
    const proxy = await countingProxy(registry.host);
    const repository = `${proxy.host}/team/images`;
    const inputs = {
      ...{repository, target: parseRepository(repository), naming: 'tag-prefix', date: '20250501'},
      ...{dirs: dirs.join(' '), root: ws, outputDir: ws, insecureRegistries: [], indexArchs: []},
      ...{username: credentials.username ?? '', password: credentials.password ?? ''},
      ...{verifyPlatforms: false, sourceUrl: '', revision: '', tags: []},
    };
    const images = await loadPlannedImages(ws, dirs);
    const started = performance.now();
    await runMergeManifest(inputs, ports, {images});
    const ms = performance.now() - started;
    const requests = proxy.statuses.length;
    const unauthorized = proxy.statuses.filter((s) => s === 401).length;
    rows.push({auth, requests, unauthorized, tokens: registry.tokenRequests.length, ms});
    proxy.stop();
    registry.stop();
  }
  const open = rows[0];
  console.log(
    `\nmerge-manifest (source), ${IMAGES} images x ${ARCHS.length} arches, verify-platforms: false\n`,
  );
  console.log('| registry | requests | per merged image | 401s | token requests | vs open | wall time |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.auth} | ${r.requests} | ${(r.requests / IMAGES).toFixed(1)} | ${r.unauthorized} | ${r.tokens} | +${r.requests - open.requests} | ${r.ms.toFixed(0)} ms |`,
    );
}

/** One small image for `arch` (a random layer, a config, an OCI manifest); its digest. */
async function pushImage(client, reference, architecture) {
  const layer = await client.putBlob(reference, randomBytes(1024));
  const rootfs = {type: 'layers', diff_ids: [layer.digest]};
  const config = await client.putBlob(
    reference,
    Buffer.from(JSON.stringify({architecture, os: 'linux', rootfs})),
  );
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const manifest = {
    schemaVersion: 2,
    mediaType,
    config: {mediaType: 'application/vnd.oci.image.config.v1+json', ...config},
    layers: [{mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer}],
  };
  return (await client.putManifest(reference, {mediaType, bytes: Buffer.from(JSON.stringify(manifest))}))
    .digest;
}
