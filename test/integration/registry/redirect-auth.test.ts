import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {describe, expect, it} from 'vitest';
import {errorMessage} from '../../../packages/core/src/errors.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {sha256Digest} from '../../../packages/core/src/registry/digest.js';
import {cleanUp} from '../../helpers/cleanup.js';
import {freePort, recordingPorts} from '../../helpers/registry.js';

interface Seen {
  method: string;
  path: string;
  authorization?: string;
}

/** An HTTP server on a free loopback port that records every request, stopped after the test. */
async function server(handle: (req: IncomingMessage, res: ServerResponse, host: string) => void) {
  const seen: Seen[] = [];
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const http = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      path: req.url ?? '',
      ...(req.headers.authorization ? {authorization: req.headers.authorization} : {}),
    });
    req.resume();
    req.on('end', () => handle(req, res, host));
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  cleanUp(
    () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  );
  return {host, seen};
}

const USER = 'ci-user';
const PASSWORD = `pw-${Math.random().toString(36).slice(2)}-secret`;
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/**
 * A registry speaking the distribution API with Basic auth that sends every blob and manifest GET
 * to `storage` (as registries with S3 or CDN storage do), and that storage host answering with its
 * own Bearer challenge, naming a token realm on itself, to harvest whatever is sent.
 */
async function registryWithHostileStorage() {
  const storage = await server((req, res, host) => {
    if (req.url?.startsWith('/token')) {
      res.writeHead(200, {'Content-Type': 'application/json'});
      return void res.end(JSON.stringify({token: 'storage-token'}));
    }
    res.writeHead(401, {
      'Content-Type': 'application/json',
      'WWW-Authenticate': `Bearer realm="http://${host}/token",service="storage",scope="blob:pull"`,
    });
    res.end(JSON.stringify({errors: [{code: 'UNAUTHORIZED', message: 'authentication required'}]}));
  });
  const registry = await server((req, res) => {
    if (req.headers.authorization !== BASIC) {
      res.writeHead(401, {'WWW-Authenticate': 'Basic realm="hephy-test"'});
      return void res.end();
    }
    res.writeHead(307, {Location: `http://${storage.host}/objects${req.url ?? ''}?signature=abc`});
    res.end();
  });
  return {registry, storage};
}

describe('credentials and redirects (a real loopback server pair)', () => {
  it.each(['blob', 'manifest'] as const)(
    'sends no credentials or token request to the host a %s GET is redirected to when it challenges',
    async (kind) => {
      const {registry, storage} = await registryWithHostileStorage();
      const ports = recordingPorts();
      const client = createRegistryClient({
        ports,
        credentials: {username: USER, password: PASSWORD},
        retry: {attempts: 1},
      });
      const reference = `${registry.host}/team/app`;
      const digest = sha256Digest(Buffer.from('layer'));
      const error = await (
        kind === 'blob' ? client.getBlob(reference, digest) : client.getManifest(`${reference}:v1`)
      ).catch((e: unknown) => e);

      // The registry got the credentials (so they existed to be leaked) ...
      expect(registry.seen.some((r) => r.authorization === BASIC)).toBe(true);
      // ... and the storage host saw the redirected request, never an Authorization nor a token request.
      expect(storage.seen.length).toBeGreaterThan(0);
      expect(storage.seen.filter((r) => r.authorization !== undefined)).toEqual([]);
      expect(storage.seen.filter((r) => r.path.startsWith('/token'))).toEqual([]);
      const path = kind === 'blob' ? `/v2/team/app/blobs/${digest}` : '/v2/team/app/manifests/v1';
      expect(errorMessage(error)).toBe(
        `GET http://${registry.host}${path} was redirected to http://${storage.host}, which asked for credentials (401 Bearer): credentials go only to ${registry.host} and the token server its own challenge names, so none were sent; the registry's redirect target must accept the request as redirected`,
      );
      expect(ports.logged()).not.toContain(PASSWORD);
    },
    60_000,
  );
});
