import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadPlannedImages} from '../../../packages/core/src/plan/load.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {runMergeManifest} from '../../../packages/core/src/steps/merge-manifest/run.js';
import {startFaultProxy} from '../../helpers/fault-proxy.js';
import {pushTestImage, recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {withParsedTarget} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';

const IMAGES = ['app1', 'app2', 'app3', 'app4', 'app5'];
const ARCHS = ['amd64', 'arm64'];
const DATE = '20250501';

/** Five images for amd64 and arm64, pushed straight to the registry, with their .tag files. */
async function prepare(registry: TestRegistry, root: string) {
  const credentials = {username: registry.username, password: registry.password};
  const client = createRegistryClient({ports: recordingPorts(), credentials});
  for (const image of IMAGES) {
    mkdirSync(path.join(root, image), {recursive: true});
    writeFileSync(
      path.join(root, image, 'build-config.yaml'),
      `use_local_context: true\nplatforms: [${ARCHS.map((a) => `linux/${a}`).join(', ')}]\n`,
    );
    writeFileSync(path.join(root, image, 'Dockerfile'), 'FROM scratch\n');
    for (const arch of ARCHS) {
      const tag = `${image}-${DATE}-${arch}`;
      const pushed = await pushTestImage(client, `${registry.host}/team/images:${tag}`, {
        architecture: arch,
      });
      writeFileSync(path.join(root, `${image}-${arch}.tag`), `${tag}\n${pushed.digest}\n`);
    }
  }
  return loadPlannedImages(root, IMAGES);
}

/** merge-manifest over the five images through a counting proxy: what the registry answered. */
async function mergeThroughProxy(mode: 'open' | 'htpasswd' | 'token') {
  const registry = await startRegistry(mode);
  const root = tempDir(`hephy-auth-${mode}-`);
  const images = await prepare(registry, root);
  registry.tokenRequests.splice(0);
  const proxy = await startFaultProxy(registry.host);
  const inputs = withParsedTarget({
    repository: `${proxy.host}/team/images`,
    naming: 'tag-prefix' as const,
    date: DATE,
    dirs: IMAGES.join(' '),
    root,
    insecureRegistries: [],
    outputDir: root,
    username: registry.username,
    password: registry.password,
    verifyPlatforms: false,
    indexArchs: [],
    sourceUrl: '',
    revision: '',
    tags: [],
  });
  const ports = recordingPorts();
  const {manifests} = await runMergeManifest(inputs, ports, {images});
  expect(manifests.map((m) => m.status)).toEqual(IMAGES.map(() => 'created'));
  expect(ports.logged()).not.toContain(registry.password || 'no-password');
  // A real registry under load now and then answers 500; retrying it is right and not the floor.
  const answered = proxy.requests.filter((r) => typeof r.status === 'number' && r.status < 500);
  return {
    requests: answered.length,
    unauthorized: answered.filter((r) => r.status === 401).length,
    tokenRequests: registry.tokenRequests,
  };
}

describe('registry auth at the request floor (merge-manifest, 5 images x 2 arches)', () => {
  it('costs one 401 per host and one token per scope set over what an open registry costs', async () => {
    const open = await mergeThroughProxy('open');
    // Per image: a HEAD per arch, a HEAD of the index tag, a PUT of the index.
    expect(open).toEqual({requests: IMAGES.length * (ARCHS.length + 2), unauthorized: 0, tokenRequests: []});

    const basic = await mergeThroughProxy('htpasswd');
    expect.soft({requests: basic.requests, unauthorized: basic.unauthorized}).toEqual({
      requests: open.requests + 1,
      unauthorized: 1,
    });

    const token = await mergeThroughProxy('token');
    expect.soft({requests: token.requests, unauthorized: token.unauthorized}).toEqual({
      requests: open.requests + 1,
      unauthorized: 1,
    });
    // One scope set (push and pull on the target), one token request, granted.
    expect
      .soft(token.tokenRequests)
      .toEqual([{scopes: ['repository:team/images:push,pull'], user: 'hephy-user', status: 200}]);
  });
});
