import {describe, expect, it} from 'vitest';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {sha256Digest} from '../../../packages/core/src/registry/digest.js';
import {
  pushTestImage,
  recordingPorts,
  skopeoRaw,
  startRegistry,
  type RegistryAuthMode,
} from '../../helpers/registry.js';

describe.each<RegistryAuthMode>(['open', 'htpasswd', 'token'])(
  'registry client against docker-registry (%s)',
  (mode) => {
    it('pushes an image and reads it back byte for byte, as skopeo sees it', async () => {
      const registry = await startRegistry(mode);
      const ports = recordingPorts();
      const client = createRegistryClient({
        ports,
        credentials: {username: registry.username, password: registry.password},
      });
      const ref = `${registry.host}/team/images:curl-20250101-amd64`;
      client.want(ref, 'push');
      const image = await pushTestImage(client, ref, {architecture: 'amd64'});
      const head = await client.headManifest(ref);
      expect(head).toEqual({digest: image.digest, size: image.size, mediaType: image.mediaType});
      const got = await client.getManifest(`${registry.host}/team/images@${image.digest}`);
      expect(Buffer.from(got?.bytes ?? []).equals(Buffer.from(image.bytes))).toBe(true);
      expect(await client.listTags(ref)).toEqual(['curl-20250101-amd64']);
      expect(await client.headManifest(`${registry.host}/team/images:absent`)).toBeUndefined();
      // One token for everything this client did (push and pull on one repository).
      if (mode === 'token') expect(registry.tokenRequests).toHaveLength(1);
      expect(sha256Digest(Buffer.from(await skopeoRaw(registry, ref)))).toBe(image.digest);
      expect(ports.logged()).not.toContain(registry.password || 'no-password');
    });
  },
);
