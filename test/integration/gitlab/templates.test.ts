import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {AWS_OIDC_SETUP} from '../../../packages/core/src/platform/gitlab-aws-oidc.js';
import {DEFAULT_DIST_DIR} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import {detectPlatform} from '../../../packages/core/src/platform/index.js';
import {GITLAB_CI_SCHEMA, gitlabSchemaErrors} from '../../helpers/gitlab-ci-schema.js';
import {repoRoot} from '../../helpers/runner.js';
import {Ajv} from 'ajv';
import {componentNames, defaults, interpolate, readComponent, STEPS} from './component-files.js';

const released = {name: 'x', sha: 'a'.repeat(40), version: '1.2.3', reference: '1.2.3'};
const bySha = {...released, version: null, reference: 'a'.repeat(40)};

/**
 * The schema knows only `spec: inputs`; GitLab 18.7 also takes `spec: component` (the component
 * context this file interpolates). The header is checked against the schema with that one key added.
 */
function headerErrors(header: unknown): string[] {
  const schema = JSON.parse(readFileSync(GITLAB_CI_SCHEMA, 'utf8')) as {
    properties: {spec: {properties: Record<string, unknown>}};
  };
  schema.properties.spec.properties.component = {
    type: 'array',
    items: {enum: ['name', 'sha', 'version', 'reference']},
  };
  const ajv = new Ajv({strict: false, validateFormats: false});
  const validate = ajv.compile(schema);
  return validate(header) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('the catalog project', () => {
  it('has the five steps and pipeline.yml, and a README for the catalog', () => {
    expect(componentNames()).toEqual([...STEPS, 'pipeline'].sort());
    const readme = readFileSync(path.join(repoRoot, 'gitlab-components', 'README.md'), 'utf8');
    for (const name of componentNames()) expect(readme).toContain(`/${name}@`);
  });
});

describe.each(componentNames())('templates/%s.yml', (name) => {
  const file = readComponent(name);
  const inputs = file.header.spec.inputs;

  it('has a spec header that passes the schema (with spec:component) and asks for the component context', () => {
    expect(headerErrors(file.header)).toEqual([]);
    expect(file.header.spec.component).toEqual(['name', 'sha', 'version', 'reference']);
  });

  it('types and describes every input, with defaults that pass their own type, options and regex', () => {
    for (const [input, spec] of Object.entries(inputs)) {
      const where = `${name}: ${input}`;
      expect(spec.description, where).toMatch(/\S/);
      expect((spec.description ?? '').length, where).toBeLessThanOrEqual(1024);
      expect(input, where).toMatch(/^[a-z0-9-]+$/);
      const type = spec.type ?? 'string';
      expect('default' in spec, `${where} needs a default (or it is mandatory)`).toBe(true);
      const actual = Array.isArray(spec.default) ? 'array' : typeof spec.default;
      expect(actual, where).toBe(type);
      if (spec.options) expect(spec.options, where).toContain(spec.default);
      if (spec.regex) {
        expect(type, `${where}: regex only works on strings`).toBe('string');
        expect(String(spec.default), where).toMatch(new RegExp(spec.regex));
      }
    }
  });

  it.each([
    ['a released version', released],
    ['an include by SHA (component.version is null)', bySha],
  ])('interpolates to a body that passes the schema, for %s', (_, component) => {
    const used = new Set<string>();
    const body = interpolate(file.body, defaults(file), component, used);
    expect(gitlabSchemaErrors(body)).toEqual([]);
    expect(
      [...Object.keys(inputs)].filter((i) => !used.has(i)),
      'declared but never used',
    ).toEqual([]);
  });

  it('pins the image to the component version, falling back to its SHA and to the image input', () => {
    type Rule = {if?: string; variables?: Record<string, string>};
    const jobs = Object.values(file.body).filter((job) => (job as {image?: unknown}).image) as {
      image: unknown;
      variables: Record<string, unknown>;
      rules: Rule[];
    }[];
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.image).toEqual({name: '$HEPHY_RUNNER_IMAGE', entrypoint: ['']});
      expect(job.variables.HEPHY_RUNNER_IMAGE).toBe(
        '$[[ inputs.image-repository ]]:$[[ component.version ]]',
      );
      const chosen = job.rules.filter((rule) => rule.variables?.HEPHY_RUNNER_IMAGE);
      expect(chosen).toEqual([
        {if: '"$[[ inputs.image ]]" != ""', variables: {HEPHY_RUNNER_IMAGE: '$[[ inputs.image ]]'}},
        {
          if: '"$[[ component.version ]]" == ""',
          variables: {HEPHY_RUNNER_IMAGE: '$[[ inputs.image-repository ]]:$[[ component.sha ]]'},
        },
      ]);
    }
    expect(inputs['dist-dir']?.default).toBe(DEFAULT_DIST_DIR);
  });

  it('names the platform on every job that runs a step, so gitlab-ci-local (GITLAB_CI=false) runs it as GitLab', () => {
    const jobs = interpolate(file.body, defaults(file), released) as Record<
      string,
      {script?: string[]; variables?: Record<string, unknown>}
    >;
    const stepJobs = Object.entries(jobs).filter(([, job]) => job.script);
    expect(stepJobs.length).toBeGreaterThan(0);
    for (const [name, job] of stepJobs) {
      expect(detectPlatform({GITLAB_CI: 'false', ...(job.variables as Record<string, string>)}), name).toBe(
        'gitlab',
      );
    }
  });

  it('runs the step bundle from dist-dir and sets up AWS OIDC the way the child pipeline does', () => {
    const jobs = interpolate(file.body, defaults(file), released) as Record<
      string,
      {script?: string[]; before_script?: string[]}
    >;
    for (const job of Object.values(jobs)) {
      if (!job.script) continue;
      expect(job.script.at(-1)).toMatch(/^node "\/opt\/hephy-builder\/dist\/[a-z-]+\/index\.js"$/);
      if (job.before_script) expect(job.before_script).toEqual([AWS_OIDC_SETUP]);
    }
  });
});

describe('pipeline.yml', () => {
  const file = readComponent('pipeline');
  const jobs = interpolate(file.body, defaults(file), released) as Record<string, Record<string, unknown>>;

  it('triggers the child pipeline prepare-diff writes, after prepare-diff', () => {
    expect(jobs['hephy-build']).toMatchObject({
      needs: ['hephy-prepare-diff'],
      trigger: {
        include: [{artifact: './hephy-child-pipeline.yml', job: 'hephy-prepare-diff'}],
        strategy: 'depend',
      },
    });
    expect(jobs['hephy-prepare-diff']?.variables).toMatchObject({
      INPUT_CHILD_PIPELINE: './hephy-child-pipeline.yml',
    });
  });

  it('passes credentials to prepare-diff unexpanded, so the child pipeline names variables and holds no secret', () => {
    expect(jobs['hephy-prepare-diff']?.variables).toMatchObject({
      INPUT_PASSWORD: {value: '', expand: false},
      INPUT_USERNAME: {value: '', expand: false},
    });
  });

  it('gives prepare-diff every input the child pipeline is rendered from', () => {
    const source = readFileSync(
      path.join(repoRoot, 'packages/core/src/platform/gitlab-pipeline-inputs.ts'),
      'utf8',
    );
    const read = [...source.matchAll(/input\('([a-z0-9-]+)'/g)].map((m) => m[1] as string);
    const variables = Object.keys(jobs['hephy-prepare-diff']?.variables as object);
    for (const input of new Set(read)) {
      if (input === 'image') continue; // from HEPHY_RUNNER_IMAGE, the job's own image
      expect(variables, input).toContain(`INPUT_${input.toUpperCase().replace(/-/g, '_')}`);
    }
  });

  it('runs on default-branch pushes, merge requests, schedules and by hand; not on other branches', () => {
    const rules = jobs['hephy-prepare-diff']?.rules as {if?: string; when?: string}[];
    expect(rules.slice(0, 2)).toEqual([
      {if: '$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH', when: 'never'},
      {if: '$CI_PIPELINE_SOURCE !~ /^(push|merge_request_event|schedule|web|api)$/', when: 'never'},
    ]);
    expect((jobs['hephy-build']?.rules as unknown[]).slice(0, 2)).toEqual(rules.slice(0, 2));
  });
});
