import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {
  type ChildPipelineOptions,
  readChildPipelineOptions,
  renderGitLabChildPipeline,
} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import type {Plan, PlannedImage} from '../../../packages/core/src/plan/types.js';
import {gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';

interface ImageSpec {
  dir?: string;
  archs?: string[];
  dependsOn?: string[];
  upstream?: boolean;
  manual?: boolean;
}

function planned(image: string, spec: ImageSpec = {}): PlannedImage {
  const dir = spec.dir ?? image;
  const archs = spec.archs ?? ['amd64', 'arm64'];
  const config = {
    file: `${dir}/build-config.yaml`,
    dir,
    name: dir,
    source: spec.upstream
      ? {kind: 'upstream', repo: 'https://example.com/x.git', ref: 'v1', submodules: false}
      : {kind: 'local'},
    dockerfilePath: 'Dockerfile',
    contextPath: '.',
    target: '',
    targets: [],
    buildArgs: [],
    platforms: archs.map((a) => ({os: 'linux', architecture: a})),
    additionalTags: ['latest'],
    manualBuild: spec.manual ?? false,
    manualImages: {},
    dependsOn: spec.dependsOn ?? [],
    cache: false,
    positions: {},
  } as BuildConfig;
  return {
    image,
    dir,
    target: '',
    platforms: archs.map((a) => `linux/${a}`),
    archs,
    additionalTags: ['latest'],
    dependsOn: spec.dependsOn ?? [],
    reasons: ['changed'],
    config,
  };
}

function plan(images: PlannedImage[]): Plan {
  return {version: 1, mode: 'changed', images, archs: [...new Set(images.flatMap((i) => i.archs))].sort()};
}

const options: ChildPipelineOptions = {
  image: 'registry.gitlab.com/hephy-builder/hephy-builder/runner:0.1.0',
  distDir: '/opt/hephy-builder/dist',
  outputDir: '.',
  runnerTags: {amd64: 'saas-linux-small-amd64', arm64: 'saas-linux-small-arm64'},
  inputs: {repository: 'registry.example.com/team/images', naming: 'tag-prefix', date: '20251015'},
  buildInputs: {backend: 'buildah', cache: ''},
  retagInputs: {tags: ''},
  push: true,
  awsRoleArn: '',
  oidcAudience: '',
  maxJobs: 200,
};

type Job = {
  tags?: string[];
  needs?: {job: string; artifacts: boolean}[];
  variables?: Record<string, string>;
  script: string[];
  stage?: string;
  image: string;
};

function render(p: Plan, extra: Partial<ChildPipelineOptions> = {}) {
  const text = renderGitLabChildPipeline(p, {...options, ...extra});
  const doc = parse(text) as Record<string, unknown>;
  const jobs = Object.fromEntries(
    Object.entries(doc).filter(([name]) => !['stages', 'variables'].includes(name)),
  ) as Record<string, Job>;
  return {text, doc, jobs};
}

const needsOf = (job: Job | undefined) => (job?.needs ?? []).map((n) => n.job);

describe('renderGitLabChildPipeline', () => {
  const seed = plan([
    planned('curl'),
    planned('test-app', {upstream: true}),
    planned('app', {dependsOn: ['curl']}),
    planned('legacy', {manual: true}),
  ]);

  it('orders a build after a dependency directory that has targets (several images)', () => {
    const {jobs} = render(
      plan([
        planned('base-slim', {dir: 'base'}),
        planned('base-full', {dir: 'base'}),
        planned('app', {dependsOn: ['base']}),
      ]),
    );
    expect(needsOf(jobs['hephy:build:app:amd64'])).toEqual(['hephy:build:base:amd64']);
  });

  it('gives every directory one build job per arch on that arch runner, after its dependencies of the same arch', () => {
    const {jobs} = render(seed);
    expect(jobs['hephy:build:curl:arm64']?.tags).toEqual(['saas-linux-small-arm64']);
    expect(jobs['hephy:build:curl:amd64']?.tags).toEqual(['saas-linux-small-amd64']);
    expect(needsOf(jobs['hephy:build:app:arm64'])).toEqual(['hephy:build:curl:arm64']);
    expect(needsOf(jobs['hephy:build:app:amd64'])).toEqual(['hephy:build:curl:amd64']);
    expect(jobs['hephy:build:app:arm64']?.variables).toMatchObject({
      INPUT_ARCH: 'arm64',
      INPUT_DIRS: 'app',
      INPUT_PUSH: 'true',
    });
    expect(jobs['hephy:build:app:arm64']?.script).toEqual([
      'node /opt/hephy-builder/dist/build-arch/index.js',
    ]);
  });

  it('clones upstream sources once, before the builds that need them', () => {
    const {jobs} = render(seed);
    expect(jobs['hephy:clone-upstream']?.variables).toEqual({INPUT_DIRS: 'test-app'});
    expect(needsOf(jobs['hephy:build:test-app:arm64'])).toEqual(['hephy:clone-upstream']);
    expect(needsOf(jobs['hephy:build:curl:amd64'])).toEqual([]);
  });

  it('merges each directory after its arch jobs and retags after the merge; manual images are merged, not built', () => {
    const {jobs} = render(seed);
    expect(needsOf(jobs['hephy:merge:app'])).toEqual(['hephy:build:app:amd64', 'hephy:build:app:arm64']);
    expect(needsOf(jobs['hephy:retag:app'])).toEqual(['hephy:merge:app']);
    expect(Object.keys(jobs).filter((name) => name.includes('legacy'))).toEqual([
      'hephy:merge:legacy',
      'hephy:retag:legacy',
    ]);
  });

  it('pins every job to one date and one image, and names no secret', () => {
    const {doc, jobs, text} = render(seed, {inputs: {...options.inputs, password: '$REGISTRY_PASSWORD'}});
    expect(doc.variables).toMatchObject({
      INPUT_DATE: '20251015',
      INPUT_OUTPUT_DIR: '.',
      INPUT_PASSWORD: '$REGISTRY_PASSWORD',
    });
    expect(new Set(Object.values(jobs).map((job) => job.image))).toEqual(new Set([options.image]));
    expect(text).not.toMatch(/hunter2/);
  });

  it('builds without pushing, merging or retagging when push is off (merge requests)', () => {
    const {jobs} = render(seed, {push: false});
    expect(Object.keys(jobs).some((name) => /merge|retag/.test(name))).toBe(false);
    expect(jobs['hephy:build:curl:amd64']?.variables?.INPUT_PUSH).toBe('false');
  });

  it('gives a pipeline with one no-op job when nothing is to be built', () => {
    const {jobs, doc} = render(plan([]));
    expect(Object.keys(jobs)).toEqual(['hephy:nothing-to-build']);
    expect(gitlabSchemaErrors(doc)).toEqual([]);
  });

  it('runs an arch without a runner tag of its own on the amd64 runner, unless runner-tags names one', () => {
    const p = plan([planned('tiny', {archs: ['amd64', 'armv7']})]);
    expect(render(p).jobs['hephy:build:tiny:armv7']?.tags).toEqual(['saas-linux-small-amd64']);
    const tagged = render(p, {runnerTags: {...options.runnerTags, armv7: 'pi'}});
    expect(tagged.jobs['hephy:build:tiny:armv7']?.tags).toEqual(['pi']);
    expect(render(p, {runnerTags: {}}).jobs['hephy:build:tiny:amd64']?.tags).toBeUndefined();
  });

  it('passes the schema GitLab validates a pipeline with', () => {
    expect(gitlabSchemaErrors(render(seed).doc)).toEqual([]);
    expect(
      gitlabSchemaErrors(render(seed, {awsRoleArn: 'arn:aws:iam::1:role/r', oidcAudience: 'x'}).doc),
    ).toEqual([]);
  });

  it('adds an OIDC token and the ecr-login set-up to registry jobs only when an AWS role is given', () => {
    const {jobs, doc} = render(seed, {
      awsRoleArn: 'arn:aws:iam::1:role/push',
      oidcAudience: 'https://gitlab.com',
    });
    expect(jobs['hephy:build:curl:amd64']).toMatchObject({
      id_tokens: {HEPHY_OIDC_TOKEN: {aud: 'https://gitlab.com'}},
    });
    expect(doc.variables).toMatchObject({AWS_ROLE_ARN: 'arn:aws:iam::1:role/push'});
    expect(render(seed).text).not.toMatch(/id_tokens|AWS_ROLE_ARN/);
  });

  describe('grouping inside GitLab limits', () => {
    const built = (jobs: Record<string, Job>, arch: string) =>
      Object.entries(jobs)
        .filter(([name]) => name.startsWith('hephy:build:') && name.endsWith(`:${arch}`))
        .flatMap(([, job]) => (job.variables?.INPUT_DIRS ?? '').split(' '));

    it('groups 150 independent directories so the child stays within 200 jobs, each built once per arch', () => {
      const many = plan(Array.from({length: 150}, (_, i) => planned(`img${i}`)));
      const {jobs, doc} = render(many);
      expect(Object.keys(jobs).length).toBeLessThanOrEqual(200);
      for (const arch of ['amd64', 'arm64'])
        expect(built(jobs, arch).sort()).toEqual(many.images.map((i) => i.dir).sort());
      expect(Math.max(...Object.values(jobs).map((j) => j.needs?.length ?? 0))).toBeLessThanOrEqual(50);
      expect(gitlabSchemaErrors(doc)).toEqual([]);
    });

    it('keeps a dependency chain deeper than the job budget in order, in fewer jobs', () => {
      const chain = plan(
        Array.from({length: 120}, (_, i) => planned(`c${i}`, {dependsOn: i ? [`c${i - 1}`] : []})),
      );
      const {jobs} = render(chain);
      expect(Object.keys(jobs).length).toBeLessThanOrEqual(200);
      const order = built(jobs, 'amd64');
      expect(order).toEqual(chain.images.map((i) => i.dir));
      // Every build job after the first needs the one before it (same arch).
      const amd = Object.keys(jobs).filter((n) => n.startsWith('hephy:build:') && n.endsWith(':amd64'));
      amd.slice(1).forEach((name, i) => expect(needsOf(jobs[name])).toEqual([amd[i]]));
    });

    it('never gives a job more than 50 needs, even for an image built on 60 others', () => {
      const bases = Array.from({length: 60}, (_, i) => planned(`base${i}`, {archs: ['amd64']}));
      const {jobs} = render(
        plan([...bases, planned('top', {archs: ['amd64'], dependsOn: bases.map((b) => b.image)})]),
      );
      expect(Math.max(...Object.values(jobs).map((j) => j.needs?.length ?? 0))).toBeLessThanOrEqual(50);
      expect(built(jobs, 'amd64').at(-1)).toBe('top');
    });

    it('says what to do when even one group per wave does not fit', () => {
      const p = plan([planned('a', {archs: ['amd64', 'arm64', 's390x', 'ppc64le']})]);
      expect(() => render(p, {maxJobs: 4})).toThrow(/max-child-jobs/);
    });
  });
});

describe('readChildPipelineOptions', () => {
  const now = new Date('2025-10-15T23:59:00Z');
  const env = {
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'push',
    CI_REGISTRY_IMAGE: 'registry.gitlab.com/group/project',
    HEPHY_RUNNER_IMAGE: 'registry.gitlab.com/hephy-builder/hephy-builder/runner:0.1.0',
    INPUT_ARM64_RUNNER_TAG: 'saas-linux-small-arm64',
  };

  it('defaults to the project registry, today in UTC, the job image and /opt/hephy-builder/dist', async () => {
    const o = await readChildPipelineOptions(
      createGitLabPlatform(env, () => {}),
      now,
    );
    expect(o.inputs).toMatchObject({repository: 'registry.gitlab.com/group/project', date: '20251015'});
    expect(o).toMatchObject({
      image: env.HEPHY_RUNNER_IMAGE,
      distDir: '/opt/hephy-builder/dist',
      push: true,
      maxJobs: 200,
    });
    expect(o.runnerTags).toEqual({amd64: '', arm64: 'saas-linux-small-arm64'});
  });

  it('does not push from merge requests unless push-on-merge-requests is true', async () => {
    const mr = {...env, CI_PIPELINE_SOURCE: 'merge_request_event'};
    expect(
      (
        await readChildPipelineOptions(
          createGitLabPlatform(mr, () => {}),
          now,
        )
      ).push,
    ).toBe(false);
    const asked = {...mr, INPUT_PUSH_ON_MERGE_REQUESTS: 'true'};
    expect(
      (
        await readChildPipelineOptions(
          createGitLabPlatform(asked, () => {}),
          now,
        )
      ).push,
    ).toBe(true);
  });

  it('passes build-arg-env on to the build jobs, and refuses the name of a secret in it', async () => {
    const listed = {...env, INPUT_BUILD_ARG_ENV: 'VERSION, GIT_SHA'};
    const o = await readChildPipelineOptions(
      createGitLabPlatform(listed, () => {}),
      now,
    );
    expect(o.buildInputs['build-arg-env']).toBe('VERSION,GIT_SHA');
    const secret = {...env, INPUT_BUILD_ARG_ENV: 'VERSION CI_JOB_TOKEN'};
    const error = await readChildPipelineOptions(
      createGitLabPlatform(secret, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(String(error)).toMatch(/^input build-arg-env: CI_JOB_TOKEN looks like a secret/);
  });

  it('refuses a password given as a value, without repeating it', async () => {
    const bad = {...env, INPUT_PASSWORD: 'hunter2'};
    const error = await readChildPipelineOptions(
      createGitLabPlatform(bad, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as Error).message)).toMatch(/CI\/CD variable/);
    expect(String((error as Error).message)).not.toMatch(/hunter2/);
  });

  it.each([
    ['INPUT_RUNNER_TAGS', 'armv7'],
    ['INPUT_MAX_CHILD_JOBS', 'lots'],
    ['INPUT_PUSH', 'yes please'],
  ])('rejects %s=%s naming the input', async (name, value) => {
    const error = await readChildPipelineOptions(
      createGitLabPlatform({...env, [name]: value}, () => {}),
      now,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).field).toMatch(/^input /);
  });

  it('reads runner-tags for other archs', async () => {
    const o = await readChildPipelineOptions(
      createGitLabPlatform({...env, INPUT_RUNNER_TAGS: 'armv7=pi, riscv64=board'}, () => {}),
      now,
    );
    expect(o.runnerTags).toMatchObject({armv7: 'pi', riscv64: 'board'});
  });
});
