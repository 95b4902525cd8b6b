import {describe, expect, it} from 'vitest';
import {runCli} from '../../../packages/cli/src/cli.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {OCI_INDEX} from '../../../packages/core/src/registry/media-types.js';
import {pushTestImage} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';
import {fakePorts} from './fake-ports.js';

describe('hephy-builder ls', () => {
  it('lists the tags of an OCI layout with digests and platforms', async () => {
    const dir = tempDir('hephy-ls-');
    const client = createRegistryClient({ports: fakePorts(() => new Response()).ports});
    const arm = await pushTestImage(client, `oci:${dir}:app-1-armv7`, {architecture: 'arm', variant: 'v7'});
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: arm.mediaType,
            digest: arm.digest,
            size: arm.size,
            platform: {architecture: 'arm', os: 'linux', variant: 'v7'},
          },
        ],
      }),
    );
    const pushed = await client.putManifest(`oci:${dir}:app-1`, {mediaType: OCI_INDEX, bytes: index});
    let out = '';
    const code = await runCli(['ls', `oci:${dir}`, '--json'], {HOME: dir}, (t) => (out += t));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      {tag: 'app-1', digest: pushed.digest, kind: 'index', platforms: ['linux/arm/v7']},
      {tag: 'app-1-armv7', digest: arm.digest, kind: 'image', platforms: ['linux/arm/v7']},
    ]);
  });
});
