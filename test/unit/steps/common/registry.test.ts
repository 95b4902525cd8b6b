import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {archRef} from '../../../../packages/core/src/plan/names.js';
import {formatReference} from '../../../../packages/core/src/registry/reference.js';
import {writeAuthFile} from '../../../../packages/core/src/registry/auth-file.js';
import {createRegistryClient} from '../../../../packages/core/src/registry/client.js';
import {
  credentialOptions,
  imageTagScheme,
  readRegistryInputs,
  REGISTRY_INPUTS,
} from '../../../../packages/core/src/steps/common/registry.js';
import {githubRunner} from '../../../helpers/github-runner.js';
import {tempDir} from '../../../helpers/tmp.js';
import {fakePorts} from '../../registry/fake-ports.js';

const NOW = new Date('2025-01-01T00:00:00Z');
const USER = 'robot';
const PASSWORD = 'input-secret';

function inputs(repository: string, login: {username: string; password: string}) {
  const env = {
    INPUT_REPOSITORY: repository,
    INPUT_USERNAME: login.username,
    INPUT_PASSWORD: login.password,
  };
  return readRegistryInputs(githubRunner(env), REGISTRY_INPUTS);
}

/** A registry that asks for Basic auth and answers a HEAD of a manifest with a digest once given it. */
function basicRegistry(env: Record<string, string> = {}) {
  return fakePorts(
    (_url, init) =>
      init.headers.Authorization
        ? new Response(null, {
            status: 200,
            headers: {
              'Content-Type': 'application/vnd.oci.image.manifest.v1+json',
              'Docker-Content-Digest': `sha256:${'a'.repeat(64)}`,
              'Content-Length': '2',
            },
          })
        : new Response(null, {status: 401, headers: {'WWW-Authenticate': 'Basic realm="registry"'}}),
    {env},
  );
}

const decode = (header: string | undefined) =>
  Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');

/** Every form of the `repository` input: where requests go, whose credentials they carry, which path. */
const FORMS = [
  {
    input: 'team/images',
    origin: 'https://index.docker.io',
    path: 'team/images',
    key: 'https://index.docker.io/v1/',
  },
  {
    input: 'docker.io/team/images',
    origin: 'https://index.docker.io',
    path: 'team/images',
    key: 'https://index.docker.io/v1/',
  },
  {
    input: 'registry.example.com:5000/team/images',
    origin: 'https://registry.example.com:5000',
    path: 'team/images',
    key: 'registry.example.com:5000',
  },
  {input: 'localhost/team/images', origin: 'http://localhost', path: 'team/images', key: 'localhost'},
  {input: '[::1]:5000/team/images', origin: 'http://[::1]:5000', path: 'team/images', key: '[::1]:5000'},
  {
    input: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/images',
    origin: 'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    path: 'team/images',
    key: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
  },
  {input: 'ghcr.io/kingdon-ci/images', origin: 'https://ghcr.io', path: 'kingdon-ci/images', key: 'ghcr.io'},
];

describe('the repository input, parsed once', () => {
  it.each(FORMS)('$input: requests, credentials and names agree', async (form) => {
    const registry = inputs(form.input, {username: USER, password: PASSWORD});
    const scheme = imageTagScheme({...registry, naming: 'tag-prefix', date: '20250101'}, {}, NOW);
    const reference = formatReference(archRef(scheme, 'curl', 'amd64'));
    const host = new URL(form.origin).host;
    expect(reference).toBe(`${host}/${form.path}:curl-20250101-amd64`);

    const {ports, requests} = basicRegistry();
    const client = createRegistryClient({ports, credentials: credentialOptions(registry)});
    expect(await client.headManifest(reference)).toMatchObject({digest: `sha256:${'a'.repeat(64)}`});
    const manifestUrl = `${form.origin}/v2/${form.path}/manifests/curl-20250101-amd64`;
    expect(requests.map((r) => r.url)).toEqual([manifestUrl, manifestUrl]);
    // The username and password inputs reached the registry the requests went to.
    expect(decode(requests[1]?.authorization)).toBe(`${USER}:${PASSWORD}`);

    // The backend's auth file holds them under the key docker's config conventions use for that host.
    const file = path.join(tempDir('hephy-auth-'), 'config.json');
    await writeAuthFile(file, [host], credentialOptions(registry), ports);
    const auths = (JSON.parse(readFileSync(file, 'utf8')) as {auths: Record<string, {auth: string}>}).auths;
    expect(Object.keys(auths)).toEqual([form.key]);
    expect(decode(auths[form.key]?.auth)).toBe(`${USER}:${PASSWORD}`);
  });

  it.each(['docker.io', 'https://index.docker.io/v1/'])(
    'team/images finds the Docker config entry keyed %s',
    async (key) => {
      const dir = tempDir('hephy-docker-');
      const auth = Buffer.from('hub-user:hub-secret').toString('base64');
      writeFileSync(path.join(dir, 'config.json'), JSON.stringify({auths: {[key]: {auth}}}));
      const registry = inputs('team/images', {username: '', password: ''});
      const scheme = imageTagScheme({...registry, naming: 'repository', date: '20250101'}, {}, NOW);
      const reference = formatReference(archRef(scheme, 'curl', 'amd64'));
      const {ports, requests} = basicRegistry({DOCKER_CONFIG: dir});
      const client = createRegistryClient({ports, credentials: credentialOptions(registry)});
      await client.headManifest(reference);
      expect(requests[1]?.url).toBe('https://index.docker.io/v2/team/images/curl/manifests/20250101-amd64');
      expect(decode(requests[1]?.authorization)).toBe('hub-user:hub-secret');
    },
  );

  it('oci:<dir> names a layout: no registry host, no credential host, nothing requested', async () => {
    const registry = inputs('oci:.hephy/images', {username: USER, password: PASSWORD});
    expect(registry.target).toEqual({kind: 'layout', dir: '.hephy/images'});
    // The username and password belong to no registry: a host a Dockerfile pulls from never gets them.
    const {ports, requests} = basicRegistry();
    const file = path.join(tempDir('hephy-auth-'), 'config.json');
    expect(await writeAuthFile(file, ['evil.example.com'], credentialOptions(registry), ports)).toEqual([]);
    const client = createRegistryClient({ports, credentials: credentialOptions(registry)});
    await expect(client.headManifest('evil.example.com/team/base:1')).rejects.toThrow(
      /none found for this host/,
    );
    expect(requests.map((r) => r.authorization)).toEqual([undefined]);
    const scheme = imageTagScheme({...registry, naming: 'tag-prefix', date: '20250101'}, {}, NOW);
    expect(formatReference(archRef(scheme, 'curl', 'amd64'))).toBe('oci:.hephy/images:curl-20250101-amd64');
  });

  it.each([
    ['ghcr.io/team/images:latest', /^input repository: .*names a tag or digest/],
    ['ghcr.io/Team/images', /^input repository: .*not a valid image reference/],
  ])('%s is refused naming the input', (repository, message) => {
    expect(() => inputs(repository, {username: '', password: ''})).toThrow(
      expect.objectContaining({field: 'input repository'}),
    );
    let error: unknown;
    try {
      inputs(repository, {username: '', password: ''});
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).toMatch(message);
  });

  it('naming and credentials use the repository parsed when the inputs were read, not a second parse', () => {
    const registry = inputs('registry.example.com:5000/team/images', {username: USER, password: PASSWORD});
    expect(registry.target).toEqual({
      kind: 'registry',
      host: 'registry.example.com:5000',
      repository: 'team/images',
    });
    // The raw string is not read again: a later change to it (or a second parser) cannot move the target.
    const later = {...registry, repository: 'Not A Repository!'};
    const scheme = imageTagScheme({...later, naming: 'tag-prefix', date: '20250101'}, {}, NOW);
    expect(formatReference(archRef(scheme, 'curl', 'amd64'))).toBe(
      'registry.example.com:5000/team/images:curl-20250101-amd64',
    );
    expect(credentialOptions(later)).toMatchObject({host: 'registry.example.com:5000', username: USER});
  });
});
