#!/usr/bin/env node
// The critical path of the GitHub workflow's job graph, in build units (one image built for one
// arch = 1), before (one job per arch building its images one after another) and after (the
// fanned-out workflow: dependency levels of shard jobs, then a remainder job per arch). The plans
// are prepare-diff's own, made by the core from source (transpiled as `npm run docs` does):
//   examples/             every image of this repository's examples (mode all)
//   generated, 200 images a seeded monorepo with a realistic dependency shape (see generate())
//   independent, N        N images built on nothing in the plan: the goal is 1, not N
//   node bench/job-graph.mjs [--images 200] [--independent 30]
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadInputTables} from '../scripts/gen-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const IMAGES = arg('images', 200);
const INDEPENDENT = arg('independent', 30);
const work = path.join(root, 'bench', '.work', 'job-graph');

await loadInputTables(root);
const core = (file) =>
  import(pathToFileURL(path.join(root, 'node_modules', '.cache', 'hephy-gen', file)).href);
const {prepareDiffAction} = await core('steps/prepare-diff/action.js');
const {createLocalPlatform} = await core('platform/local.js');
const {createPorts} = await core('action.js');
const {WORKFLOW_LEVELS, SHARDS_PER_LEVEL, MATRIX_LIMIT} = await core('plan/levels.js');

/** prepare-diff's real outputs and plan.json for every image under `dir`. */
async function prepare(dir) {
  const out = path.join(work, 'out', path.basename(dir));
  const env = {INPUT_MODE: 'all', INPUT_ROOT: dir, 'INPUT_OUTPUT-DIR': out};
  const outputs = {};
  const platform = {
    ...createLocalPlatform(env, () => {}),
    setOutputs: async (values) => void Object.assign(outputs, values),
    publishPlan: async () => {},
  };
  await prepareDiffAction(platform, createPorts(platform, env));
  const plan = JSON.parse(
    await import('node:fs').then((fs) => fs.readFileSync(path.join(out, 'plan.json'), 'utf8')),
  );
  return {levels: JSON.parse(outputs.levels), plan};
}

/** Build units of a directory on an arch: one per image (a `targets:` directory has several). */
function weights(plan) {
  const units = new Map();
  for (const image of plan.images.filter((i) => !i.config.manualBuild))
    for (const arch of image.archs)
      units.set(`${image.dir}/${arch}`, (units.get(`${image.dir}/${arch}`) ?? 0) + 1);
  return units;
}

function measure(name, {levels, plan}) {
  const units = weights(plan);
  const archs = [...new Set([...units.keys()].map((k) => k.split('/')[1]))];
  const perArch = archs.map((arch) =>
    [...units].filter(([k]) => k.endsWith(`/${arch}`)).reduce((s, [, n]) => s + n, 0),
  );
  const job = (entry) =>
    entry.dirs.split(',').reduce((s, dir) => s + (units.get(`${dir}/${entry.arch}`) ?? 0), 0);
  // Every level waits for the whole level before it: its length is its longest job.
  const levelLengths = levels.matrices.map((shards) =>
    Math.max(...shards.flatMap((m) => m.include.map(job))),
  );
  const remainder = Math.max(0, ...levels.remainder.include.map(job));
  // The floor: each image right after the images it is built on (what GitLab's needs: allow).
  const finish = new Map();
  for (const image of plan.images.filter((i) => !i.config.manualBuild))
    for (const arch of image.archs) {
      const key = `${image.dir}/${arch}`;
      const start = Math.max(0, ...image.dependsOn.map((dep) => finish.get(`${dep}/${arch}`) ?? 0));
      finish.set(key, Math.max(finish.get(key) ?? 0, start + (units.get(key) ?? 0)));
    }
  return {
    name,
    floor: Math.max(0, ...finish.values()),
    images: plan.images.length,
    builds: [...units.values()].reduce((s, n) => s + n, 0),
    before: Math.max(0, ...perArch),
    after: levelLengths.reduce((s, n) => s + n, 0) + remainder,
    perLevel: levels.matrices.map(
      (shards) => `${shards.reduce((s, m) => s + m.include.length, 0)} (${shards.length})`,
    ),
    remainder: levels.deeper
      ? `${levels.deeper} dirs, ${levels.remainder.include.length} jobs, ${remainder} units`
      : '-',
  };
}

/** A seeded generator, so every run measures the same monorepo. */
function random(seed) {
  let state = seed;
  return (n) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
}

/**
 * 200 images shaped like the monorepos this project is for: 4% base images (OS + language
 * runtimes), 60% applications each built on one base, 20% images on public images only, 10%
 * plugins built on one application, 4% on a plugin, 2% one level deeper again; one image in ten
 * is amd64 only.
 */
function generate(count) {
  const dir = path.join(work, `generated-${count}`);
  rmSync(dir, {recursive: true, force: true});
  const pick = random(14);
  const tiers = [0.04, 0.6, 0.2, 0.1, 0.04].map((share) => Math.round(share * count));
  tiers.push(count - tiers.reduce((s, n) => s + n, 0));
  const names = [];
  const tierOf = [];
  tiers.forEach((n, tier) => {
    for (let i = 0; i < n; i++) {
      names.push(`img-${tier}-${String(i).padStart(3, '0')}`);
      tierOf.push(tier);
    }
  });
  const on = {1: 0, 3: 1, 4: 3, 5: 4}; // tier -> the tier it is built on (2: public images only)
  names.forEach((name, i) => {
    const parents = names.filter((_, j) => tierOf[j] === on[tierOf[i]]);
    const deps = parents.length ? [parents[pick(parents.length)]] : [];
    const platforms = pick(10) === 0 ? '[linux/amd64]' : '[linux/amd64, linux/arm64]';
    mkdirSync(path.join(dir, name), {recursive: true});
    writeFileSync(
      path.join(dir, name, 'build-config.yaml'),
      `use_local_context: true\nplatforms: ${platforms}\n${deps.length ? `depends_on: [${deps.join(', ')}]\n` : ''}`,
    );
    writeFileSync(path.join(dir, name, 'Dockerfile'), 'FROM scratch\n');
  });
  return dir;
}

function independent(count) {
  const dir = path.join(work, `independent-${count}`);
  rmSync(dir, {recursive: true, force: true});
  for (let i = 0; i < count; i++) {
    mkdirSync(path.join(dir, `app-${i}`), {recursive: true});
    writeFileSync(
      path.join(dir, `app-${i}`, 'build-config.yaml'),
      'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n',
    );
    writeFileSync(path.join(dir, `app-${i}`, 'Dockerfile'), 'FROM scratch\n');
  }
  return dir;
}

const rows = [
  measure('examples/', await prepare(path.join(root, 'examples'))),
  measure(`generated, ${IMAGES} images`, await prepare(generate(IMAGES))),
  measure(`independent, ${INDEPENDENT} images`, await prepare(independent(INDEPENDENT))),
  measure('independent, 600 images', await prepare(independent(600))),
];
console.log(
  `workflow: ${WORKFLOW_LEVELS} levels x ${SHARDS_PER_LEVEL} shards of <= ${MATRIX_LIMIT} jobs, then a remainder job per arch\n`,
);
console.log(
  '| plan | images | builds (image x arch) | critical path before | after | dependency floor | jobs per level (shards) | remainder |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.images} | ${r.builds} | ${r.before} | ${r.after} | ${r.floor} | ${r.perLevel.join(', ')} | ${r.remainder} |`,
  );
