// What the benches share: running a process, a free port, and Debian's docker-registry on
// 127.0.0.1 with its storage in the bench's own work directory.
import {spawn} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

/** Runs a process to its end; resolves with stdout and stderr together, rejects on a non-zero exit. */
export function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {stdio: ['ignore', 'pipe', 'pipe'], ...options});
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${file} ${args.join(' ')}: ${code}\n${out}`)),
    );
  });
}

export async function freePort() {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const {port} = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** An open docker-registry keeping its blobs under `<work>/registry`. */
export async function startRegistry(work) {
  const port = await freePort();
  const dir = path.join(work, 'registry');
  mkdirSync(dir);
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${dir}/data}}\nhttp: {addr: 127.0.0.1:${port}}\n`,
  );
  const child = spawn('/usr/bin/docker-registry', ['serve', config], {stdio: 'ignore'});
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/v2/`).catch(() => undefined))?.ok)
      return {host: `127.0.0.1:${port}`, stop: () => child.kill()};
    await sleep(50);
  }
  throw new Error('docker-registry did not start');
}
