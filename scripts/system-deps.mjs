#!/usr/bin/env node
// The Debian packages of the real parts the demo and the tests start, in one place. `npm test`
// runs `node scripts/system-deps.mjs test` first and `npm run demo` calls ensureSystemPackages('demo'):
// when every part is there it is a look along PATH (no apt call); as root a missing one is
// installed with apt-get; as another user it stops with the apt-get line to run.
import {spawnSync} from 'node:child_process';
import {accessSync, constants, existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/**
 * Each package, what shows it is installed (a command on PATH or a file), and who needs it.
 * @type {readonly {package: string, command?: string, file?: string, why: string, demo?: boolean}[]}
 */
export const SYSTEM_PACKAGES = [
  {package: 'git', command: 'git', why: 'repositories, git daemon, git archive', demo: true},
  {package: 'buildah', command: 'buildah', why: "build-arch's real backend (vfs, chroot)", demo: true},
  {package: 'busybox-static', file: '/bin/busybox', why: 'the base image of RUN steps', demo: true},
  {package: 'docker-registry', command: 'docker-registry', why: 'the registry the tests push to'},
  {package: 'skopeo', command: 'skopeo', why: 'an outside reader of what is pushed'},
  {package: 'apache2-utils', command: 'htpasswd', why: "the registry's Basic auth"},
  {package: 'rsync', command: 'rsync', why: "gitlab-ci-local's copy of the project"},
  {package: 'uidmap', command: 'newuidmap', why: "buildah's user namespaces"},
  {package: 'cmark-gfm', command: 'cmark-gfm', why: "GitHub's Markdown renderer, for the job summaries"},
  {package: 'ca-certificates', file: '/etc/ssl/certs/ca-certificates.crt', why: 'TLS to registries'},
  {package: 'patchelf', command: 'patchelf', why: "the kaniko runner image's relocated node"},
];

/** The packages `purpose` ('demo' or 'test') needs: the demo's are a subset of the tests'. */
export function packagesFor(purpose) {
  if (purpose !== 'demo' && purpose !== 'test')
    throw new Error(`unknown purpose "${purpose}" (demo or test)`);
  return SYSTEM_PACKAGES.filter((entry) => purpose === 'test' || entry.demo);
}

/** What of `entries` is missing, as `{package, what}` (`what`: the command or file looked for). */
export function missingPackages(entries, probe) {
  return entries
    .filter((entry) => (entry.command ? !probe.onPath(entry.command) : !probe.exists(entry.file)))
    .map((entry) => ({package: entry.package, what: entry.command ?? entry.file}));
}

/** The line a user who is not root runs. */
export function installCommand(packages) {
  // `update` first: a fresh machine or container has no package lists to install from.
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Makes sure the packages of `purpose` are installed. Returns 0, or 1 with the message printed:
 * as another user than root nothing is installed, and the message names the packages and the
 * command; as root they are installed with apt-get and looked for again.
 * `system`: {uid, probe: {onPath, exists}, run(file, args, env) -> exit status, say(text)}.
 */
export function ensureSystemPackages(purpose, system) {
  const entries = packagesFor(purpose);
  const missing = missingPackages(entries, system.probe);
  if (missing.length === 0) return 0;
  const names = missing.map((m) => m.package);
  const list = missing.map((m) => `${m.what} (${m.package})`).join(', ');
  if (system.uid !== 0) {
    system.say(`missing ${list}: install them as root, then run again:\n  ${installCommand(names)}`);
    return 1;
  }
  system.say(`installing ${names.join(' ')} with apt-get`);
  const env = {DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', '--no-install-recommends', ...names],
  ]) {
    const status = system.run('apt-get', args, env);
    if (status !== 0) {
      system.say(`apt-get ${args.join(' ')} exited with ${status}`);
      return 1;
    }
  }
  const still = missingPackages(entries, system.probe);
  if (still.length === 0) return 0;
  system.say(`still missing after apt-get: ${still.map((m) => `${m.what} (${m.package})`).join(', ')}`);
  return 1;
}

/** This machine: PATH look-ups (no process started), the real uid, apt-get with its output shown. */
export function thisSystem(env = process.env) {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const executable = (file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return {
    uid: process.getuid?.() ?? -1,
    probe: {
      onPath: (command) => dirs.some((dir) => executable(path.join(dir, command))),
      exists: (file) => existsSync(file),
    },
    run: (file, args, extra) => {
      const result = spawnSync(file, args, {stdio: 'inherit', env: {...env, ...extra}});
      if (result.error)
        process.stderr.write(`system-deps: could not start ${file}: ${result.error.message}\n`);
      return result.error ? 127 : (result.status ?? 1);
    },
    say: (text) => process.stderr.write(`system-deps: ${text}\n`),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = ensureSystemPackages(process.argv[2] ?? 'test', thisSystem());
}
