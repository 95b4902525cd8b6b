import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {KANIKO_EXECUTOR} from '../../../packages/core/src/backends/kaniko.js';
import {DEFAULT_DIST_DIR} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import {node24, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {componentNames, readComponent, STEPS} from './component-files.js';

/**
 * The runner image cannot be built here (no daemon, no network to base images), so this reads
 * the Containerfile as a builder would: instructions with their continuation lines joined.
 */
interface Instruction {
  op: string;
  args: string;
}

function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return {op: op.toUpperCase(), args: rest.join(' ')};
    });
}

const containerfile = instructions(readFileSync(path.join(repoRoot, 'Containerfile'), 'utf8'));
const of = (op: string) => containerfile.filter((i) => i.op === op);
const ignore = readFileSync(path.join(repoRoot, '.containerignore'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));

/** What a .containerignore of `*` plus `!path` lines lets through. */
function sentToBuilder(file: string): boolean {
  let included = true;
  for (const rule of ignore) {
    const negated = rule.startsWith('!');
    const pattern = (negated ? rule.slice(1) : rule).replace(/\/$/, '');
    if (pattern === '*' || file === pattern || file.startsWith(`${pattern}/`)) included = negated;
  }
  return included;
}

describe('Containerfile (the runner image)', () => {
  it('is Node 24, with the kaniko executor of the maintained fork where the kaniko backend runs it', () => {
    const froms = of('FROM').map((i) => i.args);
    expect(froms.at(-1)).toMatch(/node:\$\{NODE_VERSION\}-bookworm-slim$/);
    expect(of('ARG').map((i) => i.args)).toContain('NODE_VERSION=24');
    expect(froms[0]).toMatch(/^ghcr\.io\/osscontainertools\/kaniko:\$\{KANIKO_VERSION\} AS kaniko$/);
    const copies = of('COPY').map((i) => i.args);
    expect(copies).toContain(`--from=kaniko /kaniko/executor ${KANIKO_EXECUTOR}`);
    expect(copies.find((c) => c.includes('docker-credential-ecr-login'))).toMatch(/\/usr\/local\/bin\/$/);
  });

  it('installs git and buildah, set up for unprivileged CI (vfs storage, chroot isolation)', () => {
    const run = of('RUN')
      .map((i) => i.args)
      .join('\n');
    for (const pkg of ['buildah', 'git', 'skopeo', 'ca-certificates'])
      expect(run).toMatch(new RegExp(`\\b${pkg}\\b`));
    const env = of('ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/STORAGE_DRIVER=vfs/);
    expect(env).toMatch(/BUILDAH_ISOLATION=chroot/);
    expect(run).toMatch(/driver = "vfs"/);
  });

  it('copies the committed bundles to the dist-dir every component defaults to', () => {
    const dist = of('COPY').find((i) => i.args.startsWith('dist/'));
    expect(dist?.args).toBe(`dist/ ${DEFAULT_DIST_DIR}/`);
    for (const name of componentNames()) {
      expect(readComponent(name).header.spec.inputs['dist-dir']?.default, name).toBe(DEFAULT_DIST_DIR);
    }
  });

  it('copies only paths that exist in the repository and that .containerignore sends to the builder', () => {
    for (const copy of of('COPY').filter((i) => !i.args.startsWith('--from'))) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const source of sources) {
        expect(existsSync(path.join(repoRoot, source)), source).toBe(true);
        expect(sentToBuilder(source.replace(/\/$/, '')), `${source} is excluded by .containerignore`).toBe(
          true,
        );
      }
    }
    expect(sentToBuilder('packages/core/src/index.ts')).toBe(false);
    expect(sentToBuilder('node_modules/yaml/package.json')).toBe(false);
  });

  it.each(STEPS)('ships the %s bundle the component runs', (step) => {
    // Fails until the step's owner has built dist/<step>/index.js: the image would start without it.
    const bundle = path.join(repoRoot, 'dist', step, 'index.js');
    expect(
      existsSync(bundle) && statSync(bundle).size > 0,
      `missing ${path.relative(repoRoot, bundle)}`,
    ).toBe(true);
  });

  it.each(STEPS)(
    'starts the %s bundle from a directory without node_modules, as /opt/hephy-builder/dist is',
    (step) => {
      const bundle = path.join(repoRoot, 'dist', step);
      expect(existsSync(path.join(bundle, 'index.js')), `missing dist/${step}/index.js`).toBe(true);
      const dist = path.join(tempDir('hephy-image-'), 'opt', 'hephy-builder', 'dist');
      cpSync(bundle, path.join(dist, step), {recursive: true});
      const run = spawnSync(node24, [path.join(dist, step, 'index.js')], {
        cwd: tempDir(),
        encoding: 'utf8',
        env: {PATH: process.env.PATH, GITLAB_CI: 'true', CI: 'true'},
      });
      // Every package the bundle needs must be inside it: the image has no node_modules.
      expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/);
    },
  );

  it('leaves the entrypoint to GitLab (the job script runs in the image shell)', () => {
    expect(of('ENTRYPOINT').map((i) => i.args)).toEqual(['[]']);
    expect(of('CMD').map((i) => i.args)).toEqual(['["bash"]']);
  });

  it('is built for amd64 and arm64 by hephy-builder itself (the root build-config.yaml)', () => {
    const config = parse(readFileSync(path.join(repoRoot, 'build-config.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      use_local_context: true,
      dockerfile_path: 'Containerfile',
      platforms: ['linux/amd64', 'linux/arm64'],
    });
  });
});
