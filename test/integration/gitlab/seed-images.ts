import {spawnSync} from 'node:child_process';
import {expect} from 'vitest';

/** What the seed-shaped fixture project must leave in the registry, read back with skopeo. */
export const DATE = '20251015';

function skopeo(...args: string[]): string {
  const result = spawnSync('skopeo', [...args], {encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`skopeo ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

interface Manifest {
  mediaType?: string;
  manifests?: {digest: string; platform?: {architecture: string}}[];
}

function index(reference: string): {archs: string[]; digest: string} {
  const raw = skopeo('inspect', '--raw', '--tls-verify=false', `docker://${reference}`);
  const manifest = JSON.parse(raw) as Manifest;
  expect(manifest.manifests, `${reference} is not an index: ${raw}`).toBeDefined();
  const digest = JSON.parse(skopeo('inspect', '--tls-verify=false', `docker://${reference}`)) as {
    Digest: string;
  };
  return {
    archs: (manifest.manifests ?? []).map((m) => m.platform?.architecture ?? '?').sort(),
    digest: digest.Digest,
  };
}

function tags(repository: string): string[] {
  return (
    JSON.parse(skopeo('list-tags', '--tls-verify=false', `docker://${repository}`)) as {Tags: string[]}
  ).Tags.sort();
}

/** What every run must leave in the registry: one index per image, its extra tags on the same digest. */
export function expectSeedImages(repository: string) {
  const curl = index(`${repository}:curl-${DATE}`);
  expect(curl.archs).toEqual(['amd64', 'arm64']);
  for (const tag of ['latest', 'test', 'stable'])
    expect(index(`${repository}:curl-${tag}`).digest).toBe(curl.digest);
  const app = index(`${repository}:app-${DATE}`);
  expect(app.archs).toEqual(['amd64', 'arm64']);
  expect(index(`${repository}:app-latest`).digest).toBe(app.digest);
  expect(index(`${repository}:test-app-${DATE}`).archs).toEqual(['amd64']);
  expect(tags(repository)).toEqual(
    expect.arrayContaining([
      `curl-${DATE}-amd64`,
      `curl-${DATE}-arm64`,
      `app-${DATE}-arm64`,
      `test-app-${DATE}-amd64`,
    ]),
  );
}

/** The OCI labels of an arch image (its config). */
function labels(reference: string, arch: string): Record<string, string> {
  const config = JSON.parse(
    skopeo('inspect', '--config', '--override-arch', arch, '--tls-verify=false', `docker://${reference}`),
  ) as {config?: {Labels?: Record<string, string>}};
  return config.config?.Labels ?? {};
}

function annotations(reference: string): Record<string, string> {
  const raw = skopeo('inspect', '--raw', '--tls-verify=false', `docker://${reference}`);
  return (JSON.parse(raw) as {annotations?: Record<string, string>}).annotations ?? {};
}

/**
 * Source and revision as on GitLab: the project's address (gitlab-ci-local derives CI_PROJECT_URL
 * from the origin remote) and the commit the pipeline ran for, on the images the child pipeline
 * built and on their indexes; an upstream image names the upstream repository and commit.
 */
export function expectProvenance(
  repository: string,
  project: {url: string; commit: string},
  upstreamUrl: string,
) {
  const provenance = {
    'org.opencontainers.image.source': project.url,
    'org.opencontainers.image.revision': project.commit,
  };
  expect(labels(`${repository}:curl-${DATE}-amd64`, 'amd64')).toMatchObject(provenance);
  expect(labels(`${repository}:app-${DATE}-arm64`, 'arm64')).toMatchObject(provenance);
  expect(annotations(`${repository}:curl-${DATE}`)).toMatchObject(provenance);
  expect(annotations(`${repository}:app-${DATE}`)).toMatchObject(provenance);
  expect(labels(`${repository}:test-app-${DATE}-amd64`, 'amd64')).toMatchObject({
    'org.opencontainers.image.source': upstreamUrl,
    'org.opencontainers.image.revision': expect.stringMatching(/^[0-9a-f]{40}$/),
  });
}
