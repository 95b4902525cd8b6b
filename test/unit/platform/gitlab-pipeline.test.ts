import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {renderGitLabChildPipeline} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import {gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';
import {type Job, needsOf, options, plan, planned, render} from './child-pipeline-fixtures.js';

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
      INPUT_ONLY: 'app',
      INPUT_PUSH: 'true',
    });
    expect(jobs['hephy:build:app:arm64']?.script).toEqual([
      'node /opt/hephy-builder/dist/build-arch/index.js',
    ]);
  });

  it('clones upstream sources once, before the builds that need them', () => {
    const {jobs} = render(seed);
    expect(jobs['hephy:clone-upstream']?.variables).toEqual({
      HEPHY_PLATFORM: 'gitlab',
      INPUT_DIRS: 'test-app',
    });
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

  it('runs build, merge and retag jobs after a failed job they need too (build-arch skips only what depends on it)', () => {
    const {jobs} = render(seed);
    for (const name of [
      'hephy:build:app:arm64',
      'hephy:build:test-app:amd64',
      'hephy:merge:app',
      'hephy:retag:app',
    ])
      expect(jobs[name]?.when, name).toBe('always');
    // The clone job needs nothing: it starts as soon as the child pipeline does.
    expect(jobs['hephy:clone-upstream']?.when).toBeUndefined();
    // ...and never on an older <dep>-latest: dirs is the whole plan, only the job's own directories.
    const {doc} = render(seed);
    expect((doc.variables as unknown as Record<string, string>).INPUT_DIRS).toBe(
      [...new Set(seed.images.map((i) => i.dir))].join(' '),
    );
    expect(jobs['hephy:build:app:arm64']?.variables).not.toHaveProperty('INPUT_DIRS');
    // An upstream image's ARG <DEP>_TAG are known only once cloned: no needs on them, <dep>-latest.
    expect(jobs['hephy:build:test-app:amd64']?.variables).toMatchObject({INPUT_DIRS: 'test-app'});
    expect(jobs['hephy:build:test-app:amd64']?.variables).not.toHaveProperty('INPUT_ONLY');
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

  it('puts HEPHY_PLATFORM=gitlab on every job, so the steps run as GitLab jobs under gitlab-ci-local too', () => {
    for (const {jobs} of [render(seed), render(seed, {push: false}), render(plan([]))]) {
      for (const [name, job] of Object.entries(jobs))
        expect(job.variables?.HEPHY_PLATFORM, name).toBe('gitlab');
    }
  });

  it('keeps names and inputs strings for a YAML 1.1 parser (GitLab), whatever the directories are called', () => {
    const names = ['yes', 'on', 'off', 'null', '1_000', '0b101', 'y', '~', '1:20', '2025-10-15', '0x1F'];
    // A chain, so that every name is in a job name, an INPUT_ONLY and a needs entry.
    const p = plan(names.map((dir, i) => planned(dir, {dependsOn: i ? [names[i - 1] as string] : []})));
    const text = renderGitLabChildPipeline(p, {
      ...options,
      inputs: {...options.inputs, naming: 'no', 'insecure-registries': 'off'},
      retagInputs: {tags: 'true'},
      buildInputs: {backend: 'buildah', cache: 'false'},
    });
    const doc = parse(text, {version: '1.1'}) as Record<string, Job>;
    const jobs = Object.entries(doc).filter(([name]) => name.startsWith('hephy:'));
    expect(jobs.map(([name]) => name)).toEqual(
      expect.arrayContaining(
        names.flatMap((d) => [`hephy:build:${d}:amd64`, `hephy:merge:${d}`, `hephy:retag:${d}`]),
      ),
    );
    const dirs = jobs
      .filter(([name]) => name.startsWith('hephy:build:'))
      .map(([, job]) => job.variables?.INPUT_ONLY);
    expect(new Set(dirs)).toEqual(new Set(names));
    for (const [name, job] of jobs) {
      for (const [variable, value] of Object.entries(job.variables ?? {}))
        expect(typeof value, `${name} ${variable}`).toBe('string');
      for (const need of job.needs ?? []) expect(Object.keys(doc), name).toContain(need.job);
    }
    expect(needsOf(doc['hephy:build:on:arm64'])).toEqual(['hephy:build:yes:arm64']);
    expect(needsOf(doc['hephy:retag:0b101'])).toEqual(['hephy:merge:0b101']);
    expect(doc.variables).toMatchObject({
      INPUT_NAMING: 'no',
      INPUT_INSECURE_REGISTRIES: 'off',
      INPUT_DATE: '20251015',
    });
    expect(doc['hephy:retag:null']?.variables?.INPUT_TAGS).toBe('true');
    expect(doc['hephy:build:1_000:amd64']?.variables?.INPUT_CACHE).toBe('false');
    for (const value of Object.values(doc.variables as unknown as Record<string, unknown>))
      expect(typeof value).toBe('string');
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
        .flatMap(([, job]) => (job.variables?.INPUT_ONLY ?? '').split(' '));

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
