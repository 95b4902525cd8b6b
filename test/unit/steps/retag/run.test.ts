import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseBuildConfig} from '../../../../packages/core/src/config/parse.js';
import {expandImages} from '../../../../packages/core/src/plan/load.js';
import {archRef} from '../../../../packages/core/src/plan/names.js';
import {imageTagScheme} from '../../../../packages/core/src/steps/common/registry.js';
import {createRegistryClient} from '../../../../packages/core/src/registry/client.js';
import {runMergeManifest} from '../../../../packages/core/src/steps/merge-manifest/run.js';
import {runRetag} from '../../../../packages/core/src/steps/retag/run.js';
import {pushTestImage} from '../../../helpers/registry.js';
import {tempDir} from '../../../helpers/tmp.js';
import {fakePorts} from '../../registry/fake-ports.js';
import {withParsedTarget} from '../../../helpers/registry-inputs.js';

const CONFIG = 'use_local_context: true\nplatforms: [linux/amd64]\nadditional_tags: [latest]\n';

describe('retag off the default branch', () => {
  it.each(['_', 'ü', '---'])(
    'on a branch named %j leaves the default branch tags where they are',
    async (branch) => {
      const dir = tempDir('hephy-retag-');
      const repository = `oci:${path.join(dir, 'layout')}`;
      const images = expandImages(parseBuildConfig(CONFIG, {file: 'app/build-config.yaml', dir: 'app'}), []);
      const {ports, requests} = fakePorts(() => new Response());
      const client = createRegistryClient({ports});
      const inputs = withParsedTarget({
        repository,
        naming: 'tag-prefix' as const,
        date: '20250101',
        dirs: 'app',
        root: dir,
        insecureRegistries: [],
        outputDir: dir,
        username: '',
        password: '',
        verifyPlatforms: true,
        indexArchs: [],
        sourceUrl: 'https://example.com/repo',
        revision: 'abc123',
        tags: [],
      });
      const build = async (refName: string) => {
        const event = {kind: 'push' as const, refName, refType: 'branch' as const, defaultBranch: 'main'};
        const tag = archRef(imageTagScheme(inputs, event, ports.now()), 'app', 'amd64').tag;
        const image = await pushTestImage(client, `${repository}:${tag}`, {architecture: 'amd64'});
        writeFileSync(path.join(dir, 'app-amd64.tag'), `${tag}\n${image.digest}\n`);
        const {manifests} = await runMergeManifest(inputs, ports, {images, event});
        const {tags} = await runRetag(inputs, ports, {images, event});
        return {index: manifests[0]!.digest, tags};
      };

      const main = await build('main');
      expect(main.tags.map((t) => t.tag)).toEqual(['app-latest']);
      const side = await build(branch);

      expect(side.index).not.toBe(main.index);
      expect(side.tags).toEqual([
        expect.objectContaining({
          tag: expect.stringMatching(/^app-latest-_[0-9a-f]{12}$/),
          digest: side.index,
        }),
      ]);
      expect((await client.headManifest(`${repository}:app-latest`))?.digest).toBe(main.index);
      expect((await client.headManifest(`${repository}:app-20250101`))?.digest).toBe(main.index);
      const listed = await client.listTags(`${repository}:app-latest`);
      expect(listed?.filter((t) => !t.includes('_')).sort()).toEqual([
        'app-20250101',
        'app-20250101-amd64',
        'app-latest',
      ]);
      expect(requests).toEqual([]);
    },
  );
});
