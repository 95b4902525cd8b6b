#!/usr/bin/env node
// `npm run demo`: builds examples/ for amd64 and arm64 into the default target (the OCI image
// layout .hephy/images) on a fresh clone, then lists it. It sets up what it needs: npm ci when
// node_modules is missing; as root, apt-get install of buildah, busybox-static and git when one
// is missing (scripts/system-deps.mjs; no network but the package registries); the upstream repository of
// examples/upstream-app, served by `git daemon` on 127.0.0.1:9418 for the length of the build.
import {spawn, spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {ensureSystemPackages, thisSystem} from './system-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, '.hephy', 'demo');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const DAEMON_PORT = 9418;

function say(text) {
  process.stderr.write(`demo: ${text}\n`);
}

/** Runs a program (argv, no shell) with its output shown; stops the demo when it fails. */
function run(file, args, options = {}) {
  const result = spawnSync(file, args, {cwd: root, stdio: 'inherit', ...options});
  if (result.error) throw new Error(`could not start ${file}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} exited with ${result.status}`);
  return result;
}

function git(cwd, args) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'hephy-builder demo',
    GIT_AUTHOR_EMAIL: 'demo@example.invalid',
    GIT_COMMITTER_NAME: 'hephy-builder demo',
    GIT_COMMITTER_EMAIL: 'demo@example.invalid',
  };
  run('git', args, {cwd, env, stdio: ['ignore', 'ignore', 'inherit']});
}

/** The upstream repository of examples/upstream-app: tag v1.0.0, then one later commit. */
function makeUpstream() {
  const work = path.join(demo, 'upstream-app-work');
  const bare = path.join(demo, 'repos', 'upstream-app.git');
  rmSync(demo, {recursive: true, force: true});
  mkdirSync(path.dirname(bare), {recursive: true});
  cpSync(path.join(root, 'examples', 'upstream-app', 'source'), work, {recursive: true});
  git(demo, ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  git(work, ['init', '--quiet', '--initial-branch=main']);
  git(work, ['add', '--all']);
  git(work, ['commit', '--quiet', '-m', 'upstream-app 1.0.0']);
  git(work, ['tag', 'v1.0.0']);
  writeFileSync(path.join(work, 'NEXT.md'), 'Work after 1.0.0: not part of the image built from v1.0.0.\n');
  git(work, ['add', '--all']);
  git(work, ['commit', '--quiet', '-m', 'after 1.0.0']);
  git(work, ['push', '--quiet', bare, 'main', 'v1.0.0']);
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startGitDaemon() {
  if (await portOpen(DAEMON_PORT)) {
    throw new Error(
      `127.0.0.1:${DAEMON_PORT} is taken: stop what listens there (another git daemon?) and run again`,
    );
  }
  const base = path.join(demo, 'repos');
  const args = [
    'daemon',
    '--reuseaddr',
    '--export-all',
    `--base-path=${base}`,
    '--listen=127.0.0.1',
    `--port=${DAEMON_PORT}`,
    base,
  ];
  // The daemon's stderr is kept, not shown: our readiness probe connects and hangs up, which it
  // reports as "fatal: the remote end hung up unexpectedly". It is shown if the daemon fails.
  const daemon = spawn('git', args, {stdio: ['ignore', 'ignore', 'pipe']});
  let stderr = '';
  daemon.stderr.on('data', (chunk) => (stderr += chunk));
  for (let i = 0; i < 100 && !(await portOpen(DAEMON_PORT)); i++) {
    if (daemon.exitCode !== null) throw new Error(`git daemon exited before it listened:\n${stderr}`);
    await sleep(50);
  }
  say(`serving ${base} on git://127.0.0.1:${DAEMON_PORT}/ (git daemon pid ${daemon.pid})`);
  return daemon;
}

/** A buildah store of its own (vfs, like CI), kept between demos so that a second run is quicker. */
function buildahEnv() {
  const store = path.join(root, '.hephy', 'buildah');
  mkdirSync(store, {recursive: true});
  const conf = path.join(store, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${store}/root"\nrunroot = "${store}/run"\n`);
  return {...process.env, CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot'};
}

async function main() {
  if (!existsSync(path.join(root, 'node_modules'))) run('npm', ['ci', '--no-audit', '--no-fund']);
  if (ensureSystemPackages('demo', thisSystem()) !== 0) {
    throw new Error('the packages above are needed first');
  }
  if (!existsSync(cli)) run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli']);
  copyFileSync('/bin/busybox', path.join(root, 'examples', 'busybox', 'busybox'));
  makeUpstream();
  const daemon = await startGitDaemon();
  let status;
  try {
    const env = buildahEnv();
    say('hephy-builder build --root examples (amd64 and arm64, into oci:.hephy/images)');
    status =
      spawnSync(process.execPath, [cli, 'build', '--root', 'examples'], {cwd: root, env, stdio: 'inherit'})
        .status ?? 1;
  } finally {
    daemon.kill('SIGTERM');
  }
  if (status !== 0) {
    say('the build failed: see the messages above and docs/troubleshooting.md');
    process.exit(status);
  }
  say('hephy-builder ls oci:.hephy/images');
  run(process.execPath, [cli, 'ls', 'oci:.hephy/images']);
}

main().catch((error) => {
  say(error.message);
  process.exit(1);
});
