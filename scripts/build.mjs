#!/usr/bin/env node
// Bundles every action (actions/<step>/src/index.ts -> dist/<step>/index.js; index.ts calls
// main.ts's run(), as in actions/typescript-action) and the CLI
// (packages/cli/src/main.ts -> dist/cli/index.js) with @vercel/ncc, as ESM. ncc type-checks the
// root tsconfig.json, which covers the shipped sources only (tests have test/tsconfig.json).
//   node scripts/build.mjs [--out DIR] [name ...]
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outRoot = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'dist');
const only = outIndex >= 0 ? args.filter((_, i) => i !== outIndex && i !== outIndex + 1) : args;

/** Every bundle this repository ships: the actions that have an entry, and the CLI. */
export function entries() {
  const list = readdirSync(path.join(root, 'actions'))
    .filter((name) => existsSync(path.join(root, 'actions', name, 'src', 'index.ts')))
    .map((name) => ({name, entry: path.join('actions', name, 'src', 'index.ts')}));
  list.push({name: 'cli', entry: path.join('packages', 'cli', 'src', 'main.ts')});
  return list.filter((e) => only.length === 0 || only.includes(e.name));
}

function ncc(entry, out) {
  return new Promise((resolve, reject) => {
    rmSync(out, {recursive: true, force: true});
    const bin = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    const child = spawn(
      process.execPath,
      [bin, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed on ${entry} (${code})`)),
    );
  });
}

const queue = entries();
if (queue.length === 0) throw new Error(`nothing to build among: ${only.join(', ')}`);
// Two at a time: ncc is CPU-bound and the machines here have two cores.
const workers = Array.from({length: 2}, async () => {
  for (let next = queue.shift(); next; next = queue.shift()) {
    await ncc(next.entry, path.join(outRoot, next.name));
    console.log(`built ${path.relative(root, path.join(outRoot, next.name, 'index.js'))}`);
  }
});
await Promise.all(workers);
