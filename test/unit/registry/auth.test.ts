import {describe, expect, it} from 'vitest';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {sha256Digest} from '../../../packages/core/src/registry/digest.js';
import {OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';
import {fakePorts, json, recordingSleep, type Handler} from './fake-ports.js';

const INDEX = Buffer.from(JSON.stringify({schemaVersion: 2, mediaType: OCI_INDEX, manifests: []}));
const HOST = 'registry.example.com';
const REPOS = ['team/a', 'team/b', 'team/c', 'team/d', 'team/e', 'team/f'];
const BASIC = `Basic ${Buffer.from('ci:s3cret-pw').toString('base64')}`;

function manifest(): Response {
  return new Response(INDEX, {
    status: 200,
    headers: {
      'Content-Type': OCI_INDEX,
      'Docker-Content-Digest': sha256Digest(INDEX),
      'Content-Length': String(INDEX.length),
    },
  });
}

function client(handler: Handler) {
  const fake = fakePorts(handler);
  const c = createRegistryClient({
    ports: fake.ports,
    credentials: {username: 'ci', password: 's3cret-pw'},
    sleep: recordingSleep().sleep,
  });
  const registryRequests = () => fake.requests.filter((r) => r.url.includes('/v2/'));
  return {client: c, registryRequests};
}

/** Lets every promise that can move on do so (the fake answers without I/O). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A token registry: 401 with a Bearer challenge unless the request carries a token it issued. */
function tokenRegistry(options: {held?: (() => void)[]; hold?: () => boolean} = {}) {
  const scopes: string[][] = [];
  const handler: Handler = async (url, init) => {
    if (url.host === 'auth.example.com') {
      scopes.push(url.searchParams.getAll('scope'));
      if (options.hold?.()) await new Promise<void>((resolve) => options.held?.push(resolve));
      return json(200, {token: `tok-${scopes.length}`, expires_in: 300});
    }
    if (!init.headers.Authorization?.startsWith('Bearer tok-'))
      return json(
        401,
        {},
        {'WWW-Authenticate': 'Bearer realm="https://auth.example.com/token",service="reg"'},
      );
    return manifest();
  };
  return {scopes, handler};
}

describe('registry auth at the request floor', () => {
  it('lets concurrent first requests wait for one challenge instead of collecting a 401 each (Bearer)', async () => {
    const registry = tokenRegistry();
    const {client: c, registryRequests} = client(registry.handler);
    for (const repo of REPOS) c.want(`${HOST}/${repo}`, 'pull');
    await Promise.all(REPOS.map((repo) => c.headManifest(`${HOST}/${repo}:v1`)));
    const requests = registryRequests();
    expect(requests).toHaveLength(REPOS.length + 1);
    expect(requests.filter((r) => r.authorization === undefined)).toHaveLength(1);
    expect(registry.scopes).toEqual([REPOS.map((repo) => `repository:${repo}:pull`)]);
  });

  it('sends Basic credentials on every request once the host asked for them, after one 401', async () => {
    let unauthorized = 0;
    const {client: c, registryRequests} = client((_url, init) => {
      if (init.headers.Authorization === BASIC) return manifest();
      unauthorized++;
      return json(401, {}, {'WWW-Authenticate': 'Basic realm="r"'});
    });
    await Promise.all(REPOS.map((repo) => c.headManifest(`${HOST}/${repo}:v1`)));
    await c.getManifest(`${HOST}/team/later:v1`);
    expect(unauthorized).toBe(1);
    expect(registryRequests().map((r) => r.authorization)).toEqual([
      undefined,
      ...Array.from({length: REPOS.length + 1}, () => BASIC),
    ]);
  });

  it('costs an open registry nothing: the first request answers, then the others go', async () => {
    const {client: c, registryRequests} = client(() => manifest());
    await Promise.all(REPOS.map((repo) => c.headManifest(`${HOST}/${repo}:v1`)));
    expect(registryRequests()).toHaveLength(REPOS.length);
    expect(registryRequests().every((r) => r.authorization === undefined)).toBe(true);
  });

  it('hands the discovery on when the request learning the challenge fails without an answer', async () => {
    const registry = tokenRegistry();
    const {client: c} = client((url, init) => {
      if (url.pathname.includes('/team/a/'))
        throw new TypeError('fetch failed', {cause: {code: 'ECONNRESET'}});
      return registry.handler(url, init);
    });
    const results = await Promise.allSettled(REPOS.map((repo) => c.headManifest(`${HOST}/${repo}:v1`)));
    expect(results.map((r) => r.status)).toEqual(['rejected', ...REPOS.slice(1).map(() => 'fulfilled')]);
    expect(registry.scopes).toHaveLength(1);
  });

  it('shares one token fetch among concurrent requests needing the same scope set', async () => {
    const held: (() => void)[] = [];
    let hold = false;
    const registry = tokenRegistry({held, hold: () => hold});
    const {client: c} = client(registry.handler);
    await c.headManifest(`${HOST}/team/a:v1`);
    hold = true;
    // A token for a and b is on its way when two requests for c start: they need a third scope
    // set, and ask for it once between them.
    const forB = c.headManifest(`${HOST}/team/b:v1`);
    await settle();
    const forC = [c.headManifest(`${HOST}/team/c:v1`), c.headManifest(`${HOST}/team/c:v2`)];
    await settle();
    hold = false;
    for (const release of held.splice(0)) release();
    await Promise.all([forB, ...forC]);
    expect(registry.scopes).toEqual([
      ['repository:team/a:pull'],
      ['repository:team/a:pull', 'repository:team/b:pull'],
      ['repository:team/a:pull', 'repository:team/b:pull', 'repository:team/c:pull'],
    ]);
  });
});
