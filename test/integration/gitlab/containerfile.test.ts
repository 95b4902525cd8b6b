import {cpSync, existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {KANIKO_EXECUTOR} from '../../../packages/core/src/backends/kaniko.js';
import {DEFAULT_DIST_DIR} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import {
  KANIKO_RUNNER_DIST_DIR,
  KANIKO_RUNNER_HOME,
  KANIKO_RUNNER_NODE,
} from '../../../packages/core/src/platform/gitlab-runner-images.js';
import {runProcess} from '../../helpers/process.js';
import {node24, repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {componentNames, readComponent, STEPS} from './component-files.js';
import {containerfile, inStage, stage, stages} from './containerfile-stages.js';

const of = (op: string) => containerfile.filter((i) => i.op === op);
/** The runner image targets, each with where it keeps the bundles. */
const TARGETS = [
  {target: 'buildah', dist: DEFAULT_DIST_DIR},
  {target: 'kaniko', dist: KANIKO_RUNNER_DIST_DIR},
  {target: 'buildkit', dist: DEFAULT_DIST_DIR},
] as const;
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

describe('Containerfile (the runner images)', () => {
  it('has a target per runner image, the default (buildah) last so a plain build gives it', () => {
    expect(stages.at(-1)?.name).toBe('buildah');
    for (const {target} of TARGETS) expect(stage(target).name).toBe(target);
    expect(of('ARG').map((i) => i.args)).toEqual(
      expect.arrayContaining(['NODE_VERSION=24', expect.stringMatching(/^KANIKO_VERSION=v/)]),
    );
  });

  it('keeps the kaniko executor out of the default image, where auto must never pick kaniko', () => {
    const buildah = stage('buildah');
    expect(buildah.base).toMatch(/node:\$\{NODE_VERSION\}-bookworm-slim$/);
    const copies = inStage(buildah, 'COPY').join('\n');
    expect(copies).not.toContain('/kaniko/executor');
    expect(copies).not.toContain(KANIKO_EXECUTOR);
    // The registry credential helpers stay (ecr-login for aws-role-arn).
    expect(copies).toMatch(/docker-credential-ecr-login .*\/usr\/local\/bin\/$/m);
  });

  it('installs git and buildah in the default image, set up for unprivileged CI (vfs storage, chroot isolation)', () => {
    const buildah = stage('buildah');
    const run = inStage(buildah, 'RUN').join('\n');
    for (const pkg of ['buildah', 'git', 'skopeo', 'ca-certificates'])
      expect(run).toMatch(new RegExp(`\\b${pkg}\\b`));
    const env = inStage(buildah, 'ENV').join(' ');
    expect(env).toMatch(/STORAGE_DRIVER=vfs/);
    expect(env).toMatch(/BUILDAH_ISOLATION=chroot/);
    expect(run).toMatch(/driver = "vfs"/);
  });

  it('builds the kaniko image on the debug image of the maintained fork (busybox sh for the job script)', () => {
    expect(stage('kaniko').base).toBe('kaniko-debug');
    expect(stage('kaniko-debug').base).toBe('ghcr.io/osscontainertools/kaniko:${KANIKO_VERSION}-debug');
  });

  it('keeps node, its loader and libraries, and the bundles of the kaniko image under /kaniko', () => {
    const kaniko = stage('kaniko');
    expect(inStage(kaniko, 'COPY')).toEqual([
      `--from=kaniko-node ${KANIKO_RUNNER_HOME} ${KANIKO_RUNNER_HOME}`,
      `dist/ ${KANIKO_RUNNER_DIST_DIR}/`,
    ]);
    // The copied node is the relocated one: the loader and rpath point into the home it is copied from.
    const relocate = inStage(stage('kaniko-node'), 'RUN').join('\n');
    expect(relocate).toContain(`home=${KANIKO_RUNNER_HOME};`);
    expect(`${KANIKO_RUNNER_HOME}/bin/node`).toBe(KANIKO_RUNNER_NODE);
    expect(relocate).toContain('cp /usr/local/bin/node "$home/bin/node"');
    expect(relocate).toMatch(
      /patchelf --set-interpreter "\$home\/lib\/[^"]+" --force-rpath --set-rpath "\$home\/lib" "\$home\/bin\/node"/,
    );
    const env = inStage(kaniko, 'ENV').join(' ');
    expect(env).toMatch(new RegExp(`PATH=${path.dirname(KANIKO_RUNNER_NODE)}:[^ ]*:/kaniko:/busybox`));
    expect(env).toMatch(new RegExp(`TMPDIR=${KANIKO_RUNNER_HOME}/`));
  });

  it('builds the BuildKit image on rootless BuildKit, with node and no fixed BUILDKIT_HOST', () => {
    const buildkit = stage('buildkit');
    expect(buildkit.base).toBe('docker.io/moby/buildkit:${BUILDKIT_VERSION}-rootless');
    expect(stage('node-alpine').base).toBe('docker.io/library/node:${NODE_VERSION}-alpine');
    expect(inStage(buildkit, 'COPY')).toEqual(
      expect.arrayContaining([
        '--from=node-alpine /usr/local/bin/node /usr/local/bin/node',
        `dist/ ${DEFAULT_DIST_DIR}/`,
      ]),
    );
    // Without a BUILDKIT_HOST the backend runs buildctl-daemonless.sh, which starts buildkitd.
    const env = inStage(buildkit, 'ENV').join(' ');
    expect(env).toMatch(/BUILDKIT_HOST= /);
    expect(env).toMatch(/BUILDKITD_FLAGS=--oci-worker-no-process-sandbox/);
    expect(inStage(buildkit, 'USER').at(-1)).toBe('1000:1000');
  });

  it('copies the committed bundles to the dist-dir every component defaults to', () => {
    expect(inStage(stage('buildah'), 'COPY')).toContain(`dist/ ${DEFAULT_DIST_DIR}/`);
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

  it.each(TARGETS.flatMap(({target, dist}) => STEPS.map((step) => ({target, dist, step}))))(
    'starts the $step bundle of the $target image from $dist, a directory without node_modules',
    async ({dist, step}) => {
      const bundle = path.join(repoRoot, 'dist', step);
      expect(existsSync(path.join(bundle, 'index.js')), `missing dist/${step}/index.js`).toBe(true);
      const copied = path.join(tempDir('hephy-image-'), dist);
      cpSync(bundle, path.join(copied, step), {recursive: true});
      const run = await runProcess(node24, [path.join(copied, step, 'index.js')], {
        cwd: tempDir(),
        env: {PATH: process.env.PATH, GITLAB_CI: 'true', CI: 'true'},
      });
      // Every package the bundle needs must be inside it: the image has no node_modules.
      expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/);
    },
  );

  it('leaves the entrypoint of every target to GitLab (the job script runs in the image shell)', () => {
    for (const {target} of TARGETS) {
      expect(inStage(stage(target), 'ENTRYPOINT'), target).toEqual(['[]']);
    }
    expect(inStage(stage('buildah'), 'CMD')).toEqual(['["bash"]']);
    expect(inStage(stage('kaniko'), 'CMD')).toEqual(['["sh"]']);
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
