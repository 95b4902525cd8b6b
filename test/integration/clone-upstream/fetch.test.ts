import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {UserError} from '../../../packages/core/src/errors.js';
import type {Exec} from '../../../packages/core/src/ports.js';
import {
  checkUpstreams,
  fetchUpstreamSource,
} from '../../../packages/core/src/steps/clone-upstream/fetch-upstream.js';
import {parseTar} from '../../../packages/core/src/source/tar.js';
import {unpackSourceArchive} from '../../../packages/core/src/source/unpack.js';
import {DEFAULT_ALLOW_PROTOCOLS} from '../../../packages/core/src/source/url.js';
import {startGitDaemon, type GitDaemon, type UpstreamRepo} from '../../helpers/git-daemon.js';
import {recordingPorts} from '../../helpers/registry.js';
import {tempDir} from '../../helpers/tmp.js';

function upstreamConfig(dir: string, repo: string, ref: string, submodules = false): BuildConfig {
  return {
    file: `${dir}/build-config.yaml`,
    dir,
    name: dir,
    source: {kind: 'upstream', repo, ref, submodules},
    dockerfilePath: 'Dockerfile',
    contextPath: '.',
    target: '',
    targets: [],
    buildArgs: [],
    platforms: [{os: 'linux', architecture: 'amd64'}],
    additionalTags: [],
    manualBuild: false,
    manualImages: {},
    dependsOn: [],
    cache: false,
    positions: {upstream_repo: {line: 1, column: 16}, upstream_ref: {line: 2, column: 15}},
  };
}

let daemon: GitDaemon;
let upstream: UpstreamRepo;
const commits: Record<string, string> = {};

beforeAll(async () => {
  daemon = await startGitDaemon();
  upstream = daemon.repo('app');
  commits.first = upstream.commit({
    Dockerfile: 'FROM scratch\n',
    VERSION: '1\n',
    'big.txt': 'x'.repeat(5000),
  });
  upstream.tag('v1.0.0');
  upstream.tag('v1.0.0-annotated', {annotated: true});
  commits.second = upstream.commit({VERSION: '2\n', 'src/main.go': 'package main\n'});
  commits.third = upstream.commit({VERSION: '3\n'});
});

async function fetchOne(ref: string, outputDir = tempDir()) {
  const ports = recordingPorts();
  const [checked] = checkUpstreams(
    [upstreamConfig('app', upstream.url, ref)],
    DEFAULT_ALLOW_PROTOCOLS,
    ports,
  );
  const source = await fetchUpstreamSource(
    checked!,
    {outputDir, scratch: tempDir(), allowProtocols: DEFAULT_ALLOW_PROTOCOLS},
    ports,
  );
  return {source, bytes: readFileSync(source.archive)};
}

function files(archive: Buffer): Record<string, string> {
  const tar = parseTar(gunzipSync(archive));
  return Object.fromEntries(
    tar.entries.filter((e) => e.kind === 'file').map((e) => [e.path, e.data.toString()]),
  );
}

describe('clone-upstream against git daemon', () => {
  it('pins a tag: later commits on the branch do not leak in', async () => {
    const {source, bytes} = await fetchOne('v1.0.0');
    expect(source.commit).toBe(commits.first);
    expect(path.basename(source.archive)).toBe('app-source.tar.gz');
    expect(files(bytes)).toEqual({Dockerfile: 'FROM scratch\n', VERSION: '1\n', 'big.txt': 'x'.repeat(5000)});
    expect(parseTar(gunzipSync(bytes)).comment).toBe(commits.first);
  });

  it('peels an annotated tag to its commit', async () => {
    expect((await fetchOne('v1.0.0-annotated')).source.commit).toBe(commits.first);
  });

  it('fetches a branch at its head, and a full commit id exactly', async () => {
    expect((await fetchOne('main')).source.commit).toBe(commits.third);
    const {source, bytes} = await fetchOne(commits.second as string);
    expect(source.commit).toBe(commits.second);
    expect(files(bytes).VERSION).toBe('2\n');
  });

  it('packs without .git, entries sorted, the same commit giving the same bytes', async () => {
    const a = await fetchOne('v1.0.0');
    const b = await fetchOne('v1.0.0');
    expect(a.bytes.equals(b.bytes)).toBe(true);
    const tar = parseTar(gunzipSync(a.bytes));
    const paths = tar.entries.map((e) => e.path);
    expect(paths.some((p) => p.startsWith('.git'))).toBe(false);
    expect(paths).toEqual([...paths].sort());
    // The gzip header carries no time and no name.
    expect(a.bytes.readUInt32LE(4)).toBe(0);
  });

  it('unpacks safely into a build context', async () => {
    const {bytes} = await fetchOne('main');
    const target = path.join(tempDir(), 'ctx');
    const result = await unpackSourceArchive(bytes, target, 'app-source.tar.gz');
    expect(result.commit).toBe(commits.third);
    expect(readFileSync(path.join(target, 'src/main.go'), 'utf8')).toBe('package main\n');
  });

  it("fails with git's message for a ref that does not exist, and writes no archive", async () => {
    const out = tempDir();
    await expect(fetchOne('no-such-branch', out)).rejects.toThrow(/couldn't find remote ref no-such-branch/);
    expect(() => readFileSync(path.join(out, 'app-source.tar.gz'))).toThrow();
  });
});

describe('hostile upstreams are refused before git runs', () => {
  const neverRun: Exec = {
    run: async (file, args) => {
      throw new Error(`must not run: ${file} ${args.join(' ')}`);
    },
  };

  const cases: [string, string, string, RegExp][] = [
    ['ext:: URL', 'ext::sh -c touch% /tmp/pwned', 'main', /ext transport/],
    ['file:// URL', 'file:///etc', 'main', /file transport/],
    ['local path', '/srv/repo.git', 'main', /file transport/],
    ['URL starting with -', '--upload-pack=touch /tmp/pwned', 'main', /starts with "-"/],
    ['ref starting with -', 'https://example.com/r.git', '--upload-pack=touch /tmp/pwned', /starts with "-"/],
    ['ref with ..', 'https://example.com/r.git', 'a/../b', /contains "\.\."/],
    ['ref with a space', 'https://example.com/r.git', 'main branch', /space/],
    ['ref with @{', 'https://example.com/r.git', 'main@{1}', /@\{/],
  ];

  it.each(cases)('%s', (_name, repo, ref, why) => {
    const ports = {...recordingPorts(), exec: neverRun};
    expect(() => checkUpstreams([upstreamConfig('evil', repo, ref)], DEFAULT_ALLOW_PROTOCOLS, ports)).toThrow(
      why,
    );
  });

  it('reports every bad directory at once, each with its file, line and field', () => {
    const ports = {...recordingPorts(), exec: neverRun};
    try {
      checkUpstreams(
        [upstreamConfig('a', 'file:///etc', 'main'), upstreamConfig('b', 'https://example.com/r', '-x')],
        DEFAULT_ALLOW_PROTOCOLS,
        ports,
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const text = String(error);
      expect(text).toContain('a/build-config.yaml:1:16: upstream_repo:');
      expect(text).toContain('b/build-config.yaml:2:15: upstream_ref:');
    }
  });

  it('masks a token in the URL in every line it logs, even when git fails', async () => {
    const ports = recordingPorts();
    const url = upstream.url.replace('git://', 'https://bot:tok-9f8e7d6c5b@').replace(/:\d+\//, ':1/');
    const [checked] = checkUpstreams([upstreamConfig('app', url, 'main')], DEFAULT_ALLOW_PROTOCOLS, ports);
    expect(checked!.url.display).toBe('https://***@127.0.0.1:1/app.git');
    const failure = fetchUpstreamSource(
      checked!,
      {outputDir: tempDir(), scratch: tempDir(), allowProtocols: DEFAULT_ALLOW_PROTOCOLS},
      ports,
    );
    const error = await failure.catch((e: unknown) => e);
    expect(ports.log.mask(String(error))).not.toContain('tok-9f8e7d6c5b');
    expect(ports.logged()).not.toContain('tok-9f8e7d6c5b');
  });

  it('git itself refuses a submodule whose URL uses a transport outside the list', async () => {
    const inner = daemon.repo('inner');
    const innerCommit = inner.commit({'lib.txt': 'lib\n'});
    const outer = daemon.repo('outer');
    outer.commit({Dockerfile: 'FROM scratch\n'});
    // A .gitmodules pointing at a local path: the file transport, not allowed by default.
    const {runGit} = await import('../../helpers/git-daemon.js');
    runGit(outer.work, [
      '-c',
      'protocol.file.allow=always',
      'submodule',
      'add',
      '--quiet',
      inner.bare,
      'lib',
    ]);
    runGit(outer.work, ['commit', '--quiet', '-m', 'submodule']);
    runGit(outer.work, ['push', '--quiet', 'origin', 'HEAD:main']);
    const ports = recordingPorts();
    const [checked] = checkUpstreams(
      [upstreamConfig('outer', outer.url, 'main', true)],
      DEFAULT_ALLOW_PROTOCOLS,
      ports,
    );
    const options = {outputDir: tempDir(), scratch: tempDir(), allowProtocols: DEFAULT_ALLOW_PROTOCOLS};
    await expect(fetchUpstreamSource(checked!, options, ports)).rejects.toThrow(
      /transport 'file' not allowed/,
    );
    // With file allowed, the submodule's tree is packed under its path.
    const allowFile = [...DEFAULT_ALLOW_PROTOCOLS, 'file' as const];
    const source = await fetchUpstreamSource(checked!, {...options, allowProtocols: allowFile}, ports);
    expect(files(readFileSync(source.archive))['lib/lib.txt']).toBe('lib\n');
    expect(innerCommit).toMatch(/^[0-9a-f]{40}$/);
  });
});
