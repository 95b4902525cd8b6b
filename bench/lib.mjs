// What the benches share: running a process, a free port, and Debian's docker-registry on
// 127.0.0.1 with its storage in the bench's own work directory.
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {createSign, randomUUID, X509Certificate} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import http from 'node:http';
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

/**
 * A docker-registry keeping its blobs under `<work>/registry` (or `<work>/<name>`): open, with
 * htpasswd Basic auth, or with token auth from a small token server here that signs JWTs granting
 * what is asked and counts its requests (`tokenRequests`). Credentials: `bench` / `bench-pw`.
 */
export async function startRegistry(work, {auth = 'open', name = 'registry'} = {}) {
  const port = await freePort();
  const dir = path.join(work, name);
  mkdirSync(dir);
  const config = path.join(dir, 'config.yml');
  const tokenRequests = [];
  let authConfig = '';
  let tokenServer;
  if (auth === 'htpasswd') {
    writeFileSync(path.join(dir, 'htpasswd'), await run('htpasswd', ['-Bbn', 'bench', 'bench-pw']));
    authConfig = `auth: {htpasswd: {realm: bench, path: ${dir}/htpasswd}}\n`;
  } else if (auth === 'token') {
    const key = path.join(dir, 'token.key');
    const cert = path.join(dir, 'token.crt');
    await run(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'].concat([
        '-subj',
        '/CN=bench-token',
        '-keyout',
        key,
        '-out',
        cert,
      ]),
    );
    const tokenPort = await freePort();
    tokenServer = startTokenServer(readFileSync(key, 'utf8'), readFileSync(cert), tokenRequests);
    await new Promise((r) => tokenServer.listen(tokenPort, '127.0.0.1', r));
    authConfig = `auth: {token: {realm: "http://127.0.0.1:${tokenPort}/token", service: bench, issuer: bench, rootcertbundle: ${cert}}}\n`;
  }
  writeFileSync(
    config,
    `version: 0.1\nlog: {level: error}\nstorage: {filesystem: {rootdirectory: ${dir}/data}}\nhttp: {addr: 127.0.0.1:${port}}\n${authConfig}`,
  );
  const child = spawn('/usr/bin/docker-registry', ['serve', config], {stdio: 'ignore'});
  const stop = () => (child.kill(), tokenServer?.close());
  for (let i = 0; i < 100; i++) {
    const status = (await fetch(`http://127.0.0.1:${port}/v2/`).catch(() => undefined))?.status;
    if (status === 200 || status === 401) return {host: `127.0.0.1:${port}`, tokenRequests, stop};
    await sleep(50);
  }
  stop();
  throw new Error('docker-registry did not start');
}

/** distribution's token spec, as far as a bench needs it: any Basic credentials get what they ask. */
function startTokenServer(keyPem, certPem, requests) {
  const x5c = [new X509Certificate(certPem).raw.toString('base64')];
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return http.createServer((req, res) => {
    const scopes = new URL(req.url, 'http://localhost').searchParams.getAll('scope');
    requests.push(scopes);
    const access = scopes.flatMap((scope) => {
      const parts = scope.split(':');
      return [{type: parts[0], name: parts.slice(1, -1).join(':'), actions: parts.at(-1).split(',')}];
    });
    const now = Math.floor(Date.now() / 1000);
    const claims = {iss: 'bench', sub: 'bench', aud: 'bench', exp: now + 300, nbf: now - 10, iat: now};
    const body = `${b64({alg: 'RS256', typ: 'JWT', x5c})}.${b64({...claims, jti: randomUUID(), access})}`;
    const signature = createSign('RSA-SHA256').update(body).sign(keyPem).toString('base64url');
    res.writeHead(200, {'Content-Type': 'application/json'});
    res.end(JSON.stringify({token: `${body}.${signature}`, expires_in: 300}));
  });
}
