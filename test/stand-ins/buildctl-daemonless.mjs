#!/usr/bin/env node
// Stand-in for moby/buildkit's examples/buildctl-daemonless/buildctl-daemonless.sh (read at
// 73ed6825c4b7, 2026-08-21), the wrapper hephy-builder runs when BUILDKIT_HOST is unset. On PATH
// as buildctl-daemonless.sh, a symlink to this file (Node takes the module type from `.mjs`).
// - `set -eu` (line 9): as a non-root user the address is under $XDG_RUNTIME_DIR (line 30), so
//   an unset XDG_RUNTIME_DIR stops the script ("parameter not set", exit 2).
// - It starts `$BUILDKITD $BUILDKITD_FLAGS --addr=<addr>` (through `$ROOTLESSKIT` when not root)
//   (lines 11-15, 24-37), polls `$BUILDCTL --addr=<addr> debug workers` up to
//   $BUILDCTL_CONNECT_RETRIES_MAX times (lines 41-55), then runs `$BUILDCTL --addr=<addr> "$@"`
//   (line 59) with the caller's environment (DOCKER_CONFIG included), and kills the daemon and
//   removes its temp dir on exit (lines 21-22). Its exit status is buildctl's.
// The stand-in plays buildkitd with a unix socket that accepts connections; the socket lives in
// the stand-in's own temp dir rather than /run/buildkit or $XDG_RUNTIME_DIR/buildkit, so that
// parallel tests never share one. `$BUILDCTL` (default `buildctl` on PATH) is the buildctl stand-in.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {StandInError, main, record} from './kit.mjs';

function run(file, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: 'inherit'});
    child.on('error', (e) => reject(new StandInError(`${file}: ${e.message}`, 127)));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

main('buildctl-daemonless.sh', async (argv, env) => {
  if (process.getuid?.() !== 0 && !env.XDG_RUNTIME_DIR)
    throw new StandInError('XDG_RUNTIME_DIR: parameter not set', 2);
  const buildctl = env.BUILDCTL || 'buildctl';
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'buildctl-daemonless.'));
  const socket = path.join(tmp, 'buildkitd.sock');
  const daemon = createServer((connection) => connection.end());
  await new Promise((resolve) => daemon.listen(socket, resolve));
  const addr = `unix://${socket}`;
  record('buildctl-daemonless.sh', {addr, args: argv});
  try {
    if ((await run(buildctl, [`--addr=${addr}`, 'debug', 'workers'])) !== 0)
      throw new StandInError(`could not connect to ${addr}`);
    const status = await run(buildctl, [`--addr=${addr}`, ...argv]);
    if (status !== 0) throw new StandInError(`buildctl exited with ${status}`, status);
  } finally {
    daemon.close();
    rmSync(tmp, {recursive: true, force: true});
  }
});
