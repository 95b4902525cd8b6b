import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {readChildPipelineOptions} from '../../../packages/core/src/platform/gitlab-pipeline-inputs.js';
import {readBackendImages} from '../../../packages/core/src/platform/gitlab-runner-images.js';
import {gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';
import {type Job, needsOf, options, plan, planned, render} from './child-pipeline-fixtures.js';

const RUNNER = 'registry.gitlab.com/kingdon-ci/hephy-builder/runner:0.1.0';
const KANIKO = 'registry.gitlab.com/kingdon-ci/hephy-builder/runner-kaniko:0.1.0';
const BUILDKIT = 'registry.gitlab.com/kingdon-ci/hephy-builder/runner-buildkit:0.1.0';
const released = readBackendImages(() => '', RUNNER, options.distDir);
const withImages = {image: RUNNER, backendImages: released};

const buildJobs = (jobs: Record<string, Job>) =>
  Object.entries(jobs).filter(([name]) => name.startsWith('hephy:build:'));

describe('the runner image of each child pipeline build job', () => {
  const mixed = plan([
    planned('kan', {backend: 'kaniko'}),
    planned('bk', {backend: 'buildkit'}),
    planned('bah', {backend: 'buildah'}),
    planned('plain'),
    planned('app', {backend: 'kaniko', dependsOn: ['bah']}),
  ]);

  it("builds each directory in its backend's image, running node and the bundle where that image has them", () => {
    const {jobs, doc} = render(mixed, withImages);
    expect(jobs['hephy:build:kan:amd64']).toMatchObject({
      image: KANIKO,
      script: ['/kaniko/hephy-builder/bin/node /kaniko/hephy-builder/dist/build-arch/index.js'],
    });
    expect(jobs['hephy:build:kan:arm64']?.image).toBe(KANIKO);
    expect(jobs['hephy:build:bk:arm64']).toMatchObject({
      image: BUILDKIT,
      script: ['node /opt/hephy-builder/dist/build-arch/index.js'],
    });
    for (const dir of ['bah', 'plain']) {
      expect(jobs[`hephy:build:${dir}:amd64`]).toMatchObject({
        image: RUNNER,
        script: ['node /opt/hephy-builder/dist/build-arch/index.js'],
      });
    }
    // A kaniko build after a buildah one still waits for it.
    expect(needsOf(jobs['hephy:build:app:amd64'])).toEqual(['hephy:build:bah:amd64']);
    // Merges and retags need no builder: the default image, whatever the backend.
    for (const [name, job] of Object.entries(jobs).filter(([n]) => !n.startsWith('hephy:build:')))
      expect(job.image, name).toBe(RUNNER);
    expect(gitlabSchemaErrors(doc)).toEqual([]);
  });

  it('uses the backend input for directories that name no backend; auto builds in the default image', () => {
    const kaniko = render(mixed, {...withImages, buildInputs: {backend: 'kaniko', cache: ''}}).jobs;
    expect(kaniko['hephy:build:plain:amd64']?.image).toBe(KANIKO);
    expect(kaniko['hephy:build:bah:amd64']?.image).toBe(RUNNER);
    const auto = render(mixed, {...withImages, buildInputs: {backend: 'auto', cache: ''}}).jobs;
    expect(auto['hephy:build:plain:amd64']?.image).toBe(RUNNER);
  });

  it('builds ko, spin and buildx in the default image unless their input names one', () => {
    const p = plan([planned('k', {backend: 'ko'}), planned('s', {backend: 'spin'})]);
    expect(render(p, withImages).jobs['hephy:build:k:amd64']?.image).toBe(RUNNER);
    const own = readBackendImages(
      (name) => (name === 'ko-image' ? 'example.com/ko-node:1' : ''),
      RUNNER,
      '/d',
    );
    const {jobs} = render(p, {image: RUNNER, distDir: '/d', backendImages: own});
    expect(jobs['hephy:build:k:amd64']).toMatchObject({
      image: 'example.com/ko-node:1',
      script: ['node /d/build-arch/index.js'],
    });
    expect(jobs['hephy:build:s:amd64']?.image).toBe(RUNNER);
  });

  it('never puts directories of different runner images into one grouped job, and keeps their order', () => {
    // A chain switching backends every 30 directories, too long for one job per directory: grouped
    // into bands of several waves, which a switch of backend cuts.
    const chain = plan(
      Array.from({length: 120}, (_, i) =>
        planned(`c${i}`, {
          dependsOn: i ? [`c${i - 1}`] : [],
          backend: Math.floor(i / 30) % 2 ? 'buildah' : 'kaniko',
        }),
      ),
    );
    const {jobs, doc} = render(chain, withImages);
    expect(Object.keys(jobs).length).toBeLessThanOrEqual(200);
    const amd = buildJobs(jobs).filter(([name]) => name.endsWith(':amd64'));
    expect(amd.flatMap(([, job]) => job.variables?.INPUT_ONLY?.split(' '))).toEqual(
      chain.images.map((i) => i.dir),
    );
    for (const [name, job] of amd) {
      const dirs = job.variables?.INPUT_ONLY?.split(' ') ?? [];
      const kinds = new Set(dirs.map((dir) => Math.floor(Number(dir.slice(1)) / 30) % 2 === 0));
      expect(kinds.size, name).toBe(1);
      expect(job.image, name).toBe(kinds.has(true) ? KANIKO : RUNNER);
    }
    expect(amd.map(([name]) => name)).toContain('hephy:build:waves-29-32-2:amd64');
    amd.slice(1).forEach(([name], i) => expect(needsOf(jobs[name]), name).toEqual([amd[i]?.[0]]));
    expect(gitlabSchemaErrors(doc)).toEqual([]);
  });

  it('splits a wave of independent directories by image, each part built side by side', () => {
    const many = plan(
      Array.from({length: 150}, (_, i) => planned(`img${i}`, {backend: i % 2 ? 'kaniko' : 'buildkit'})),
    );
    const {jobs} = render(many, withImages);
    expect(Object.keys(jobs).length).toBeLessThanOrEqual(200);
    for (const [name, job] of buildJobs(jobs)) {
      const odd = new Set(job.variables?.INPUT_ONLY?.split(' ').map((d) => Number(d.slice(3)) % 2));
      expect(odd.size, name).toBe(1);
      expect(job.image, name).toBe(odd.has(1) ? KANIKO : BUILDKIT);
      expect(job.needs, name).toEqual([]);
    }
  });

  it('asks for kaniko-image when the runner image is pinned by digest, only if a kaniko build needs it', () => {
    const pinned = `registry.gitlab.com/kingdon-ci/hephy-builder/runner@sha256:${'a'.repeat(64)}`;
    const images = readBackendImages(() => '', pinned, options.distDir);
    const kaniko = plan([planned('kan', {backend: 'kaniko'})]);
    const error = (() => {
      try {
        render(kaniko, {image: pinned, backendImages: images});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as Error).message)).toMatch(/set the kaniko-image input/);
    expect(render(plan([planned('bah')]), {image: pinned, backendImages: images}).jobs).toHaveProperty([
      'hephy:build:bah:amd64',
    ]);
  });
});

describe('the backend image inputs of pipeline.yml', () => {
  const env = {GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push', HEPHY_RUNNER_IMAGE: RUNNER};
  const read = (extra: Record<string, string> = {}) =>
    readChildPipelineOptions(
      createGitLabPlatform({...env, ...extra}, () => {}),
      new Date('2025-10-15T12:00:00Z'),
    );

  it('default to the released images next to the runner image, kaniko with its bundles under /kaniko', async () => {
    expect((await read()).backendImages).toEqual({
      kaniko: {
        image: KANIKO,
        node: '/kaniko/hephy-builder/bin/node',
        distDir: '/kaniko/hephy-builder/dist',
      },
      buildkit: {image: BUILDKIT, node: 'node', distDir: '/opt/hephy-builder/dist'},
    });
  });

  it('follow a mirror given as the image input, and take an image of their own', async () => {
    const o = await read({
      INPUT_IMAGE: 'mirror.example.com/hephy-builder-runner:1.0.0',
      INPUT_BUILDKIT_IMAGE: 'mirror.example.com/bk:2',
      INPUT_SPIN_IMAGE: 'mirror.example.com/spin-node:3',
    });
    expect(o.backendImages.kaniko?.image).toBe('mirror.example.com/hephy-builder-runner-kaniko:1.0.0');
    expect(o.backendImages.buildkit?.image).toBe('mirror.example.com/bk:2');
    expect(o.backendImages.spin).toEqual({
      image: 'mirror.example.com/spin-node:3',
      node: 'node',
      distDir: '/opt/hephy-builder/dist',
    });
  });
});
