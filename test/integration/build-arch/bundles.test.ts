import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {startGitDaemon, type UpstreamRepo} from '../../helpers/git-daemon.js';
import {startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {runGitHubStep, runGitLabStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {writeTree} from './monorepo.js';

let registry: TestRegistry;
let upstream: UpstreamRepo;
let commit: string;
let storage: Record<string, string>;

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  const daemon = await startGitDaemon();
  upstream = daemon.repo('app');
  commit = upstream.commit({Dockerfile: 'FROM scratch\nCOPY VERSION /VERSION\n', VERSION: '1\n'});
  upstream.tag('v1');
  upstream.commit({VERSION: '2\n'});
});

function monorepo(): string {
  return writeTree({
    'static/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n',
    'static/Dockerfile': 'FROM scratch\nCOPY hello.txt /hello.txt\n',
    'static/hello.txt': 'hello\n',
    'app/build-config.yaml': `upstream_repo: ${upstream.url}\nupstream_ref: v1\nplatforms: [linux/amd64]\n`,
    'evil/build-config.yaml': 'upstream_repo: "ext::sh -c touch% /tmp/hephy-pwned"\nupstream_ref: main\n',
    'local/build-config.yaml': 'upstream_repo: file:///etc\nupstream_ref: main\n',
    'gone/build-config.yaml': `upstream_repo: ${upstream.url}\nupstream_ref: no-such-tag\nplatforms: [linux/amd64]\n`,
  });
}

describe('the bundles, run as a GitLab job runs them', () => {
  it('clone-upstream then build-arch: archives in output-dir, images pushed, outputs in hephy.env', async () => {
    const root = monorepo();
    const out = tempDir('hephy-out-');
    const clone = await runGitLabStep('clone-upstream', {
      cwd: root,
      inputs: {dirs: 'static app', 'output-dir': out},
      outputDir: out,
    });
    expect(clone.exitCode, clone.stdout + clone.stderr).toBe(0);
    const sources = JSON.parse(clone.outputs.HEPHY_SOURCES ?? '[]') as {dir: string; commit: string}[];
    expect(sources).toEqual([
      {dir: 'app', repository: upstream.url, ref: 'v1', commit, archive: path.join(out, 'app-source.tar.gz')},
    ]);
    const build = await runGitLabStep('build-arch', {
      cwd: root,
      inputs: {
        arch: 'amd64',
        repository: `${registry.host}/mono`,
        dirs: 'static app',
        date: '20250303',
        backend: 'buildah',
        'output-dir': out,
      },
      ci: storage,
      outputDir: out,
    });
    expect(build.exitCode, build.stdout + build.stderr).toBe(0);
    const images = JSON.parse(build.outputs.HEPHY_IMAGES ?? '[]') as {
      image: string;
      reference: string;
      digest: string;
    }[];
    expect(images.map((i) => [i.image, i.reference])).toEqual([
      ['static', `${registry.host}/mono:static-20250303-amd64`],
      ['app', `${registry.host}/mono:app-20250303-amd64`],
    ]);
    expect(readFileSync(path.join(out, 'app-amd64.tag'), 'utf8')).toBe(
      `app-20250303-amd64\n${images[1]?.digest}\n`,
    );
    expect(build.stdout).toContain('section_start');
    expect(build.stdout).toContain('$ buildah --storage-driver vfs build');
  });

  it('one upstream that cannot be fetched fails only its image: the other archive is handed on and built', async () => {
    const root = monorepo();
    const out = tempDir('hephy-out-');
    const clone = await runGitLabStep('clone-upstream', {
      cwd: root,
      inputs: {dirs: 'gone app static', 'output-dir': out},
      outputDir: out,
    });
    expect(clone.exitCode).toBe(1);
    expect(clone.stdout).toMatch(
      /gone\/build-config\.yaml:2:\d+: upstream_ref: gone: .* no-such-tag was not fetched/,
    );
    expect(JSON.parse(clone.outputs.HEPHY_FAILED ?? '[]')).toEqual(['gone']);
    expect(JSON.parse(clone.outputs.HEPHY_SOURCES ?? '[]')).toMatchObject([{dir: 'app', commit}]);
    const build = await runGitLabStep('build-arch', {
      cwd: root,
      inputs: {
        arch: 'amd64',
        repository: `${registry.host}/mono`,
        dirs: 'gone app static',
        date: '20250304',
        backend: 'buildah',
        'output-dir': out,
      },
      ci: storage,
      outputDir: out,
    });
    expect(build.exitCode).toBe(1);
    const images = JSON.parse(build.outputs.HEPHY_IMAGES ?? '[]') as {image: string}[];
    expect(images.map((i) => i.image).sort()).toEqual(['app', 'static']);
    // The failed output holds the reason (spaces): it is a file in output-dir, not a dotenv value.
    expect(build.stdout).toMatch(/\| gone \| amd64 \| failed: .*clone-upstream did not fetch gone/);
    expect(build.stdout).toContain('gone-source.tar.gz is missing: clone-upstream did not fetch gone');
  });

  it.each(['evil', 'local'])(
    'clone-upstream refuses the %s upstream before git runs, naming file and line',
    async (dir) => {
      const root = monorepo();
      const out = tempDir('hephy-out-');
      const run = await runGitLabStep('clone-upstream', {
        cwd: root,
        inputs: {dirs: `app ${dir}`, 'output-dir': out},
        outputDir: out,
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`${dir}/build-config.yaml:1:\\d+: upstream_repo: .*(ext|file)`));
      expect(() => readFileSync(path.join(out, 'app-source.tar.gz'))).toThrow();
      expect(() => readFileSync('/tmp/hephy-pwned')).toThrow();
    },
  );
});

describe('the bundles, run as a GitHub runner runs them', () => {
  it('build-arch reports images, a summary table and one log group per image', async () => {
    const root = monorepo();
    const run = await runGitHubStep('build-arch', {
      cwd: root,
      inputs: {
        arch: 'arm64',
        repository: `${registry.host}/mono`,
        dirs: 'static',
        date: '20250303',
        backend: 'buildah',
      },
      env: storage,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const images = JSON.parse(run.outputs.images ?? '[]') as {
      image: string;
      arch: string;
      reference: string;
    }[];
    expect(images).toEqual([
      {
        image: 'static',
        arch: 'arm64',
        reference: `${registry.host}/mono:static-20250303-arm64`,
        digest: expect.stringMatching(/^sha256:/),
      },
    ]);
    expect(run.stdout).toContain('::group::static (arm64)');
    expect(run.summary).toContain('| image | arch | reference | digest | backend | seconds |');
    expect(run.summary).toContain('| static | arm64 |');
  });
});
