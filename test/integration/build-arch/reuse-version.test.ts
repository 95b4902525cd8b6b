import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Ports} from '../../../packages/core/src/ports.js';
import type {BuildArchInputs} from '../../../packages/core/src/steps/build-arch/inputs.js';
import {runBuildArch} from '../../../packages/core/src/steps/build-arch/run.js';
import {buildahStorageEnv} from '../../helpers/buildah.js';
import {createRepo, type TestRepo} from '../../helpers/git.js';
import {recordingPorts, startRegistry, type TestRegistry} from '../../helpers/registry.js';
import {buildArchInputs} from '../../helpers/registry-inputs.js';
import {tempDir} from '../../helpers/tmp.js';

/**
 * The backend's version is in every image's fingerprint: build-arch into a real registry with
 * the real buildah (`one`, `two`) and BuildKit through its STAND-INS (`kit`, test/stand-ins/
 * buildctl and buildctl-daemonless.sh, whose version command answers as buildctl's and reports
 * $HEPHY_STANDIN_VERSION when a test sets it). The tree never changes between the runs.
 */
const STAND_INS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../stand-ins');

const image = (name: string, backend = '') => ({
  [`${name}/build-config.yaml`]: `use_local_context: true\nplatforms: [linux/amd64]\n${backend}`,
  [`${name}/Dockerfile`]: `FROM scratch\nCOPY ${name}.txt /${name}.txt\n`,
  [`${name}/${name}.txt`]: `${name}\n`,
});

let registry: TestRegistry;
let storage: Record<string, string>;
let repo: TestRepo;

interface Run {
  result: Awaited<ReturnType<typeof runBuildArch>>;
  /** Images built, by program: `buildah` (one `buildah build` each) or `buildctl-daemonless.sh`. */
  builds: Record<string, number>;
  /** Version commands started, by program. */
  versions: Record<string, number>;
  log: string;
}

async function run(date: string, env: Record<string, string> = {}): Promise<Run> {
  const recording = recordingPorts({
    ...storage,
    PATH: `${STAND_INS}:${process.env.PATH}`,
    RUNNER_TEMP: tempDir(),
    ...env,
  });
  const builds: Record<string, number> = {};
  const versions: Record<string, number> = {};
  const count = (to: Record<string, number>, file: string) => (to[file] = (to[file] ?? 0) + 1);
  const ports: Ports = {
    ...recording,
    exec: {
      run: (file, args, options) => {
        const program = path.basename(file);
        if (args.includes('--version')) count(versions, program);
        else if (args.includes('build')) count(builds, program);
        return recording.exec.run(file, args, options);
      },
    },
  };
  const inputs: BuildArchInputs = buildArchInputs({
    repository: `${registry.host}/hephy/images`,
    root: repo.dir,
    outputDir: tempDir('hephy-out-'),
    dirs: 'one\ntwo\nkit',
    jobs: 3,
    date,
  });
  const result = await runBuildArch(inputs, ports);
  return {result, builds, versions, log: recording.logged()};
}

const of = (r: Run, name: string) => r.result.images.find((b) => b.image === name)!;
const statuses = (r: Run) => Object.fromEntries(r.result.images.map((b) => [b.image, b.status]));

beforeAll(async () => {
  registry = await startRegistry('open');
  storage = buildahStorageEnv();
  repo = createRepo({
    ...image('one'),
    ...image('two'),
    ...image('kit', 'build_backend: buildkit\n'),
  });
}, 60_000);

describe("the backend's version decides reuse (buildah real, BuildKit stand-ins, real registry)", () => {
  let first: Run;
  let again: Run;
  let upgraded: Run;
  let upgradedAgain: Run;

  beforeAll(async () => {
    first = await run('20250101');
    again = await run('20250102');
    upgraded = await run('20250103', {HEPHY_STANDIN_VERSION: 'v0.33.0'});
    upgradedAgain = await run('20250104', {HEPHY_STANDIN_VERSION: 'v0.33.0'});
  }, 600_000);

  it('asks each backend its version once per run, whatever the number of its images', () => {
    expect(first.versions).toEqual({buildah: 1, buildctl: 1});
    expect(first.log).toMatch(/backend buildah: version \d+\.\d+\.\d+ \(`buildah --version`\)/);
    expect(first.log).toContain(
      'backend buildkit: version v0.32.0-57-g73ed6825c 73ed6825c4b7569379ef89df0aedcdbe64473d31',
    );
  });

  it('the same tree and the same versions: a re-run builds nothing', () => {
    expect(first.builds).toEqual({buildah: 2, 'buildctl-daemonless.sh': 1});
    expect(statuses(again)).toEqual({one: 'reused', two: 'reused', kit: 'reused'});
    expect(again.builds).toEqual({});
    for (const name of ['one', 'two', 'kit']) expect(of(again, name).digest).toBe(of(first, name).digest);
  });

  it("a new BuildKit version: its image gets a new fingerprint and is built again, buildah's are reused", () => {
    expect(statuses(upgraded)).toEqual({one: 'reused', two: 'reused', kit: 'pushed'});
    expect(upgraded.builds).toEqual({'buildctl-daemonless.sh': 1});
    expect(of(upgraded, 'kit').fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(of(upgraded, 'kit').fingerprint).not.toBe(of(first, 'kit').fingerprint);
    expect(of(upgraded, 'one').fingerprint).toBe(of(first, 'one').fingerprint);
  });

  it('the new version again: reused, with the digest of its build under that version', () => {
    expect(statuses(upgradedAgain)).toEqual({one: 'reused', two: 'reused', kit: 'reused'});
    expect(upgradedAgain.builds).toEqual({});
    expect(of(upgradedAgain, 'kit').digest).toBe(of(upgraded, 'kit').digest);
  });

  it('a backend that names no version of its own: no fingerprint, always built, and the log says why', async () => {
    // What buildctl built from a git worktree prints (moby/buildkit Dockerfile:78-83).
    const unstamped = await run('20250105', {HEPHY_STANDIN_VERSION: 'dev'});
    expect(statuses(unstamped)).toEqual({one: 'reused', two: 'reused', kit: 'pushed'});
    expect(of(unstamped, 'kit').fingerprint).toBeUndefined();
    expect(unstamped.log).toMatch(
      /kit: the version of backend buildkit is unknown: `buildctl --version` printed "buildctl github\.com\/moby\/buildkit dev .*: no fingerprint, always built/,
    );
    const twice = await run('20250106', {HEPHY_STANDIN_VERSION: 'dev'});
    expect(statuses(twice)).toEqual({one: 'reused', two: 'reused', kit: 'pushed'});
  }, 600_000);
});
