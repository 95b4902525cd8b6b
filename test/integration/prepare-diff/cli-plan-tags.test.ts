import {describe, expect, it} from 'vitest';
import {runCli} from '../../../packages/cli/src/cli.js';
import {createRegistryClient} from '../../../packages/core/src/registry/client.js';
import {cloneRepo} from '../../helpers/git.js';
import {elementNames, renderGfm, tableRows} from '../../helpers/markdown.js';
import {pushTestImage, recordingPorts, startRegistry} from '../../helpers/registry.js';
import {imageMonorepo} from './fixture.js';

describe('hephy-builder plan --markdown', () => {
  it('prints the pull request plan: each image with why, each tag with the digest it points at now', async () => {
    const registry = await startRegistry('open');
    const repo = imageMonorepo();
    const base = repo.head();
    repo.commit('curl', {'curl/Dockerfile': 'FROM alpine:edge\n'});
    const clone = cloneRepo(repo);
    const client = createRegistryClient({ports: recordingPorts()});
    const latest = await pushTestImage(client, `${registry.host}/team/images:curl-latest`, {
      architecture: 'amd64',
    });
    let out = '';
    const code = await runCli(
      [
        'plan',
        '--base',
        base,
        '--root',
        clone.dir,
        '--no-dependents',
        '--markdown',
        '--repository',
        `${registry.host}/team/images`,
        '--date',
        '20250101',
      ],
      {PATH: process.env.PATH, HOME: process.env.HOME},
      (text) => (out += text),
    );
    expect(code, out).toBe(0);
    const rows = tableRows(renderGfm(out));
    expect(rows).toContainEqual([
      '1',
      'curl',
      'curl',
      'linux/amd64, linux/arm64',
      'modified curl/Dockerfile',
    ]);
    expect(rows).toContainEqual([
      'curl',
      `${registry.host}/team/images:curl-latest`,
      latest.digest,
      `the index ${registry.host}/team/images:curl-20250101`,
    ]);
    expect(rows).toContainEqual([
      'curl',
      `${registry.host}/team/images:curl-20250101-arm64`,
      'new',
      'the arm64 image built by this run',
    ]);
    expect(elementNames(renderGfm(out))).not.toContain('img');
  });
});
