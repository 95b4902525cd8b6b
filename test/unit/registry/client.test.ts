import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorMessage} from '../../../packages/core/src/errors.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {sha256Digest} from '../../../packages/core/src/registry/digest.js';
import {MANIFEST_ACCEPT, OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';
import {tempDir} from '../../helpers/tmp.js';
import {fakePorts, json, recordingSleep, type Handler} from './fake-ports.js';

const INDEX = Buffer.from(JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: []}));
const DIGEST = sha256Digest(INDEX);

function manifestResponse(): Response {
  return new Response(INDEX, {
    status: 200,
    headers: {
      'Content-Type': OCI_INDEX,
      'Docker-Content-Digest': DIGEST,
      'Content-Length': String(INDEX.length),
    },
  });
}

function client(
  handler: Handler,
  extra: {env?: Record<string, string>; username?: string; password?: string} = {},
) {
  const fake = fakePorts(handler, {env: extra.env ?? {}});
  const {waits, sleep} = recordingSleep();
  const c = createRegistryClient({
    ports: fake.ports,
    credentials: {username: extra.username ?? '', password: extra.password ?? ''},
    sleep,
  });
  return {client: c, waits, ...fake};
}

describe('registry client (fake registry)', () => {
  it('asks with the full Accept list and computes the digest from the bytes', async () => {
    let accept = '';
    const {client: c} = client((_url, init) => ((accept = init.headers.Accept ?? ''), manifestResponse()));
    const got = await c.getManifest('registry.example.com/team/app:v1');
    expect(accept).toBe(MANIFEST_ACCEPT);
    expect(accept).toContain('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(got).toMatchObject({digest: DIGEST, mediaType: OCI_INDEX, size: INDEX.length});
  });

  it('uses HTTPS for registries and plain HTTP only for loopback and insecure-registries', async () => {
    const seen: string[] = [];
    const fake = fakePorts((url) => (seen.push(url.origin), manifestResponse()));
    const c = createRegistryClient({ports: fake.ports, insecureRegistries: ['registry.lan:5000']});
    for (const host of ['registry.example.com', '127.0.0.1:5000', 'registry.lan:5000'])
      await c.headManifest(`${host}/a:b`);
    expect(seen).toEqual([
      'https://registry.example.com',
      'http://127.0.0.1:5000',
      'http://registry.lan:5000',
    ]);
  });

  it('retries 503, 429 (waiting what Retry-After says) and dropped connections', async () => {
    const answers: (() => Response)[] = [
      () => json(503, {errors: [{code: 'UNAVAILABLE', message: ''}]}),
      () => json(429, {errors: [{code: 'TOOMANYREQUESTS', message: ''}]}, {'Retry-After': '7'}),
      () => {
        throw new TypeError('fetch failed', {cause: {code: 'ECONNRESET'}});
      },
      manifestResponse,
    ];
    const {client: c, waits, requests} = client(() => (answers.shift() as () => Response)());
    expect(await c.headManifest('registry.example.com/team/app:v1')).toMatchObject({digest: DIGEST});
    expect(requests).toHaveLength(4);
    expect(waits).toEqual([250, 7000, 1000]);
  });

  it('gives up after five tries with a message naming the request', async () => {
    const {client: c, requests} = client(() => json(502, {}));
    await expect(c.headManifest('registry.example.com/team/app:v1')).rejects.toThrow(
      /HEAD https:\/\/registry.example.com\/v2\/team\/app\/manifests\/v1 answered 502/,
    );
    expect(requests).toHaveLength(5);
  });

  it('asks again for a manifest pushed moments ago before believing it is missing', async () => {
    let calls = 0;
    const {client: c, waits} = client(() =>
      ++calls < 3 ? json(404, {errors: [{code: 'MANIFEST_UNKNOWN'}]}) : manifestResponse(),
    );
    expect(await c.headManifest('registry.example.com/a:b', {justPushed: true})).toMatchObject({
      digest: DIGEST,
    });
    expect(waits).toEqual([500, 1000]);
    expect(await c.headManifest('registry.example.com/a:c')).toMatchObject({digest: DIGEST});
  });

  it('sends the first request anonymous, then one bearer token for push and pull, reused', async () => {
    const tokenRequests: URL[] = [];
    const {client: c, requests} = client(
      (url, init) => {
        if (url.host === 'auth.example.com') {
          tokenRequests.push(url);
          expect(init.headers.Authorization).toBe(`Basic ${Buffer.from('ci:s3cret-pw').toString('base64')}`);
          return json(200, {token: 'tok-123456', expires_in: 300});
        }
        if (init.headers.Authorization !== 'Bearer tok-123456') {
          return json(
            401,
            {},
            {'WWW-Authenticate': 'Bearer realm="https://auth.example.com/token",service="reg"'},
          );
        }
        return init.method === 'PUT' ? new Response(null, {status: 201}) : manifestResponse();
      },
      {username: 'ci', password: 's3cret-pw'},
    );
    c.want('registry.example.com/team/app', 'push');
    await c.headManifest('registry.example.com/team/app:v1');
    await c.putManifest('registry.example.com/team/app:v2', {mediaType: OCI_INDEX, bytes: INDEX});
    await c.getManifest('registry.example.com/team/app:v1');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.searchParams.getAll('scope')).toEqual(['repository:team/app:push,pull']);
    expect(tokenRequests[0]?.searchParams.get('service')).toBe('reg');
    expect(requests.filter((r) => r.url.includes('/v2/')).map((r) => r.authorization !== undefined)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('answers Basic challenges with the credentials, and names their source when refused, never the secret', async () => {
    const {client: c, logged} = client(() => json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'}), {
      username: 'ci',
      password: 'wrong-password',
    });
    const error = await c.headManifest('registry.example.com/a:b').catch((e: unknown) => e);
    const message = errorMessage(error);
    expect(message).toMatch(/did not accept the credentials from the username and password inputs/);
    expect(message + logged()).not.toContain('wrong-password');
  });

  it('masks a secret in an error body before cutting the body short, so no part of it is printed', async () => {
    const basic = Buffer.from('ci:pw-secret-0123456789').toString('base64');
    const prefix = `<html><body>${'x'.repeat(140)} your request carried Authorization: Basic `;
    // The proxy echoes the request: the credentials straddle the 200th character of the body.
    expect(prefix.length).toBeLessThan(200);
    expect(prefix.length + basic.length).toBeGreaterThan(200);
    const {
      client: c,
      ports,
      logged,
    } = client(
      (_url, init) =>
        init.headers.Authorization
          ? new Response(`${prefix}${init.headers.Authorization.slice('Basic '.length)}</body></html>`, {
              status: 400,
              headers: {'Content-Type': 'text/html'},
            })
          : json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'}),
      {username: 'ci', password: 'pw-secret-0123456789'},
    );
    const error = await c.getManifest('registry.example.com/a:b').catch((e: unknown) => e);
    const printed = ports.log.mask(errorMessage(error)) + logged();
    expect(printed).toMatch(/GET https:\/\/registry.example.com\/v2\/a\/manifests\/b answered 400/);
    expect(printed).toContain('your request carried Authorization: Basic ***');
    expect(printed).not.toContain(basic.slice(0, 6));
  });

  it('says so when a registry wants credentials and none are configured', async () => {
    const {client: c} = client(() => json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'}));
    await expect(c.headManifest('registry.example.com/a:b')).rejects.toThrow(/no credentials/);
  });

  it('follows redirects without sending Authorization to another host', async () => {
    const blob = Buffer.from('layer');
    const digest = sha256Digest(blob);
    const seen: {host: string; auth?: string}[] = [];
    const {client: c} = client(
      (url, init) => {
        seen.push({host: url.host, auth: init.headers.Authorization});
        if (url.host === 'storage.example.net') return new Response(blob, {status: 200});
        if (!init.headers.Authorization) return json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'});
        return new Response(null, {
          status: 307,
          headers: {Location: `https://storage.example.net/blob?sig=1`},
        });
      },
      {username: 'ci', password: 'pw-secret'},
    );
    expect(Buffer.from(await c.getBlob('registry.example.com/a', digest)).toString()).toBe('layer');
    expect(seen.map((s) => [s.host, s.auth !== undefined])).toEqual([
      ['registry.example.com', false],
      ['registry.example.com', true],
      ['storage.example.net', false],
    ]);
  });

  it('sends no credentials to an upload Location on another host', async () => {
    const seen: {method: string; host: string; auth?: string}[] = [];
    const {client: c} = client(
      (url, init) => {
        seen.push({method: init.method ?? 'GET', host: url.host, auth: init.headers.Authorization});
        if (url.host === 'uploads.example.net') return new Response(null, {status: 201});
        if (!init.headers.Authorization) return json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'});
        return new Response(null, {
          status: 202,
          headers: {Location: 'https://uploads.example.net/s/1?state=x'},
        });
      },
      {username: 'ci', password: 'pw-secret'},
    );
    await c.putBlob('registry.example.com/a', Buffer.from('layer'));
    expect(seen.map((s) => [s.method, s.host, s.auth !== undefined])).toEqual([
      ['POST', 'registry.example.com', false],
      ['POST', 'registry.example.com', true],
      ['PUT', 'uploads.example.net', false],
    ]);
  });

  it('does not carry a refresh token to another host when the token server redirects its POST', async () => {
    const dir = tempDir('hephy-docker-');
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({auths: {'registry.example.com': {identitytoken: 'refresh-secret-123'}}}),
    );
    const bodies: {host: string; body: string}[] = [];
    const {client: c} = client(
      (url, init) => {
        bodies.push({host: url.host, body: String(init.body ?? '')});
        if (url.host === 'auth.example.com')
          return new Response(null, {status: 307, headers: {Location: 'https://evil.example.net/token'}});
        if (url.host === 'evil.example.net') return json(200, {token: 'evil'});
        return json(
          401,
          {},
          {'WWW-Authenticate': 'Bearer realm="https://auth.example.com/token",service="r"'},
        );
      },
      {env: {DOCKER_CONFIG: dir}},
    );
    const error = await c.getManifest('registry.example.com/a:b').catch((e: unknown) => e);
    expect(bodies.filter((b) => b.host === 'evil.example.net')).toEqual([]);
    expect(bodies.find((b) => b.host === 'auth.example.com')?.body).toContain('refresh_token=');
    expect(errorMessage(error)).toBe(
      'POST https://auth.example.com/token redirected to https://evil.example.net with its body, which holds a credential; refused: the token server must answer on its own host',
    );
  });

  it('mounts a blob (201) or closes the upload session a 202 opened', async () => {
    const methods: string[] = [];
    let mount = 201;
    const {client: c} = client((url, init) => {
      methods.push(`${init.method} ${url.pathname}`);
      if (init.method === 'DELETE') return new Response(null, {status: 204});
      return new Response(null, {status: mount, headers: {Location: '/v2/a/blobs/uploads/123'}});
    });
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(await c.mountBlob('registry.example.com/a', digest, 'registry.example.com/b')).toBe(true);
    mount = 202;
    expect(await c.mountBlob('registry.example.com/a', digest, 'registry.example.com/b')).toBe(false);
    expect(methods).toEqual([
      'POST /v2/a/blobs/uploads/',
      'POST /v2/a/blobs/uploads/',
      'DELETE /v2/a/blobs/uploads/123',
    ]);
  });

  it('pages through tags with the Link header', async () => {
    const {client: c} = client((url) =>
      url.searchParams.get('last')
        ? json(200, {tags: ['c']})
        : json(200, {tags: ['a', 'b']}, {Link: '</v2/x/tags/list?n=2&last=b>; rel="next"'}),
    );
    expect(await c.listTags('registry.example.com/x')).toEqual(['a', 'b', 'c']);
    expect(await c.listTags('registry.example.com/x', {maxPages: 1})).toBeUndefined();
  });

  it('refuses a token realm over plain HTTP on a public host', async () => {
    const {client: c} = client(() =>
      json(401, {}, {'WWW-Authenticate': 'Bearer realm="http://auth.example.com/token"'}),
    );
    await expect(c.headManifest('registry.example.com/a:b')).rejects.toThrow(/not https/);
  });
});
