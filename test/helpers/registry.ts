import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {createSign, randomBytes, randomUUID, X509Certificate} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {createServer as createNetServer} from 'node:net';
import path from 'node:path';
import {cleanUp, killGroup, OWN_GROUP, ownProcess} from './cleanup.js';
import {createExec} from '../../packages/core/src/exec.js';
import {SecretMasker} from '../../packages/core/src/platform/secrets.js';
import type {Logger, Ports} from '../../packages/core/src/ports.js';
import {tempDir} from './tmp.js';

/**
 * Debian's docker-registry (distribution 2.8) started by the test itself on 127.0.0.1 with a free
 * port, a temporary config and storage, in one of three modes: open, htpasswd Basic auth, or
 * token auth with a small token server in this process that signs JWTs with a test key.
 */
export type RegistryAuthMode = 'open' | 'htpasswd' | 'token';

export interface TestRegistry {
  mode: RegistryAuthMode;
  /** `127.0.0.1:PORT`. */
  host: string;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Valid credentials ('' for an open registry). */
  username: string;
  password: string;
  /** Every token request the token server answered (token mode). */
  tokenRequests: {scopes: string[]; user: string; status: number}[];
  /** The registry's own output, for a failing test's message. */
  logs: () => string;
  stop: () => Promise<void>;
}

const REGISTRY_BIN = '/usr/bin/docker-registry';
const SERVICE = 'hephy-test-registry';
const ISSUER = 'hephy-test-token-issuer';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startRegistry(mode: RegistryAuthMode = 'open'): Promise<TestRegistry> {
  const dir = tempDir('hephy-registry-');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const username = mode === 'open' ? '' : 'hephy-user';
  const password = mode === 'open' ? '' : `pw-${randomBytes(12).toString('hex')}`;
  const tokenRequests: TestRegistry['tokenRequests'] = [];
  let tokenServer: Server | undefined;
  let authConfig = '';
  if (mode === 'htpasswd') {
    const file = path.join(dir, 'htpasswd');
    writeFileSync(file, run('htpasswd', ['-Bbn', username, password]));
    authConfig = `auth:\n  htpasswd:\n    realm: hephy-test\n    path: ${file}\n`;
  } else if (mode === 'token') {
    const key = signingKey(dir);
    const server = await startTokenServer(key, {username, password}, tokenRequests);
    tokenServer = server.server;
    authConfig = [
      'auth:',
      '  token:',
      `    realm: http://127.0.0.1:${server.port}/token`,
      `    service: ${SERVICE}`,
      `    issuer: ${ISSUER}`,
      `    rootcertbundle: ${key.certFile}`,
      '',
    ].join('\n');
  }
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      `  secret: ${randomUUID()}`,
      authConfig,
    ].join('\n'),
  );
  const child = spawn(REGISTRY_BIN, ['serve', config], {stdio: ['ignore', 'pipe', 'pipe'], ...OWN_GROUP});
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  ownProcess(child);
  const stop = stopper(child, tokenServer);
  cleanUp(stop);
  await waitUntilUp(`http://${host}/v2/`, child, () => output);
  return {mode, host, url: `http://${host}`, username, password, tokenRequests, logs: () => output, stop};
}

function stopper(child: ChildProcess, tokenServer: Server | undefined): () => Promise<void> {
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= new Promise<void>((resolve) => {
      tokenServer?.close();
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      killGroup(child);
    });
    return stopped;
  };
}

async function waitUntilUp(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}:\n${logs()}`);
    try {
      const response = await fetch(url);
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not come up at ${url}:\n${logs()}`);
}

function run(file: string, args: string[]): string {
  const result = spawnSync(file, args, {encoding: 'utf8'});
  if (result.error)
    throw new Error(`${file} could not be started: ${result.error.message} (is it installed?)`);
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

interface SigningKey {
  keyPem: string;
  certFile: string;
  /** The certificate, base64 DER, for the JWT's `x5c` header (the registry checks it against rootcertbundle). */
  certDer: string;
}

/** A self-signed RSA certificate from openssl: node:crypto can read certificates but not make them. */
function signingKey(dir: string): SigningKey {
  const keyFile = path.join(dir, 'token.key');
  const certFile = path.join(dir, 'token.crt');
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=hephy-test-token',
    '-keyout',
    keyFile,
    '-out',
    certFile,
  ]);
  const cert = new X509Certificate(readFileSync(certFile));
  return {keyPem: readFileSync(keyFile, 'utf8'), certFile, certDer: cert.raw.toString('base64')};
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** A token server after distribution's token spec: Basic auth in, a signed JWT with the granted access out. */
async function startTokenServer(
  key: SigningKey,
  valid: {username: string; password: string},
  requests: TestRegistry['tokenRequests'],
): Promise<{server: Server; port: number}> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scopes = url.searchParams.getAll('scope');
    const [user, pass] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    const authenticated = user === valid.username && pass === valid.password;
    const status = req.headers.authorization && !authenticated ? 401 : 200;
    requests.push({scopes, user: user ?? '', status});
    if (status === 401) {
      res.writeHead(401, {'Content-Type': 'application/json'});
      res.end(JSON.stringify({errors: [{code: 'UNAUTHORIZED', message: 'bad credentials'}]}));
      return;
    }
    const access = authenticated ? scopes.flatMap(parseScope) : [];
    const token = signJwt(key, user ?? '', access);
    res.writeHead(200, {'Content-Type': 'application/json'});
    res.end(JSON.stringify({token, expires_in: 300, issued_at: new Date().toISOString()}));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {server, port};
}

function parseScope(scope: string): {type: string; name: string; actions: string[]}[] {
  return scope.split(' ').map((one) => {
    const parts = one.split(':');
    return {
      type: parts[0] ?? '',
      name: parts.slice(1, -1).join(':'),
      actions: (parts.at(-1) ?? '').split(','),
    };
  });
}

function signJwt(key: SigningKey, subject: string, access: unknown[]): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({alg: 'RS256', typ: 'JWT', x5c: [key.certDer]}));
  const claims = base64url(
    JSON.stringify({
      iss: ISSUER,
      sub: subject,
      aud: SERVICE,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key.keyPem);
  return `${header}.${claims}.${base64url(signature)}`;
}

/** What `pushTestImage` pushed. */
export interface PushedImage {
  reference: string;
  digest: string;
  size: number;
  mediaType: string;
  bytes: Uint8Array;
}

interface ImageWriter {
  putBlob(reference: string, bytes: Uint8Array): Promise<{digest: string; size: number}>;
  putManifest(reference: string, manifest: {mediaType: string; bytes: Uint8Array}): Promise<{digest: string}>;
}

/**
 * Pushes a small image (one random layer, a config naming the platform, an OCI manifest)
 * through the given client, tagged `reference`. No builder: buildah belongs to the build tests.
 */
export async function pushTestImage(
  client: ImageWriter,
  reference: string,
  platform: {os?: string; architecture: string; variant?: string},
  options: {mediaType?: string} = {},
): Promise<PushedImage> {
  const docker = options.mediaType === 'application/vnd.docker.distribution.manifest.v2+json';
  const layer = await client.putBlob(reference, randomBytes(64 + Math.floor(Math.random() * 64)));
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os ?? 'linux',
      ...(platform.variant ? {variant: platform.variant} : {}),
      rootfs: {type: 'layers', diff_ids: [layer.digest]},
      config: {},
    }),
  );
  const configBlob = await client.putBlob(reference, config);
  const mediaType = options.mediaType ?? 'application/vnd.oci.image.manifest.v1+json';
  const manifest = {
    schemaVersion: 2,
    mediaType,
    config: {
      mediaType: docker
        ? 'application/vnd.docker.container.image.v1+json'
        : 'application/vnd.oci.image.config.v1+json',
      digest: configBlob.digest,
      size: configBlob.size,
    },
    layers: [
      {
        mediaType: docker
          ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
          : 'application/vnd.oci.image.layer.v1.tar',
        digest: layer.digest,
        size: layer.size,
      },
    ],
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const pushed = await client.putManifest(reference, {mediaType, bytes});
  return {reference, digest: pushed.digest, size: bytes.length, mediaType, bytes};
}

/**
 * `skopeo inspect --raw` as an outside reader: the manifest bytes the registry serves for a
 * reference. Asynchronous: the token server lives in this process and must keep answering.
 */
export async function skopeoRaw(registry: TestRegistry, reference: string): Promise<string> {
  const creds = registry.username ? ['--creds', `${registry.username}:${registry.password}`] : [];
  const args = ['inspect', '--raw', '--tls-verify=false', ...creds, `docker://${reference}`];
  return new Promise((resolve, reject) => {
    const child = spawn('skopeo', args, {stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) =>
      reject(new Error(`skopeo could not be started (is it installed?): ${error.message}`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`skopeo inspect ${reference} failed: ${stderr}`)),
    );
  });
}

/** Real ports whose logger records every line it would print (masked, as a platform's would). */
export function recordingPorts(
  env: Record<string, string | undefined> = {},
): Ports & {logged: () => string; secrets: () => readonly string[]} {
  const masker = new SecretMasker();
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => void lines.push(masker.mask(m)),
    warning: (m) => void lines.push(`warning: ${masker.mask(m)}`),
    error: (m) => void lines.push(`error: ${masker.mask(m)}`),
    debug: (m) => void lines.push(`debug: ${masker.mask(m)}`),
    group: async (title, fn) => (lines.push(masker.mask(title)), fn()),
    addSecret: (secret) => masker.add(secret),
    mask: (text) => masker.mask(text),
  };
  const portsEnv = {PATH: process.env.PATH, HOME: tempDir('hephy-home-'), ...env};
  return {
    exec: createExec(log, portsEnv),
    log,
    env: portsEnv,
    now: () => new Date(),
    fetch: globalThis.fetch,
    logged: () => lines.join('\n'),
    secrets: () => masker.values,
  };
}
