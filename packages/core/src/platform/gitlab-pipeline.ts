/**
 * The child pipeline that GitLab's `trigger: include: artifact:` runs after prepare-diff: one
 * build job per image directory and arch on that arch's runner, `needs:` edges to the jobs of the
 * images it is built on (same arch), then a merge and a retag job per directory. The YAML is
 * self-contained (no `include:`), so it runs the same on GitLab.com, on a self-managed instance
 * without the catalog, and under gitlab-ci-local; and it carries no secret, only the names of the
 * CI/CD variables that hold one.
 */
import path from 'node:path';
import {Document, isMap, isScalar} from 'yaml';
import type {BackendName} from '../config/types.js';
import {UserError} from '../errors.js';
import type {Plan} from '../plan/types.js';
import {type DirUnit, dirUnits, type Group, groupings} from '../plan/child-groups.js';
import {type RunnerImage, runnerImageOf, stepCommand} from './gitlab-runner-images.js';
import {awsOidc} from './gitlab-aws-oidc.js';
import {PLATFORM_VARIABLE} from './platform.js';

/** GitLab.com's limits (CI/CD limits docs): needs per job, generated-config artifact size. */
export const GITLAB_MAX_NEEDS = 50;
export const GITLAB_MAX_CHILD_BYTES = 5 * 1024 * 1024;
/**
 * Jobs in one child pipeline before directories are grouped: the bound GitLab puts on a
 * `parallel:matrix`, and well inside every instance's pipeline size limit.
 */
export const DEFAULT_MAX_CHILD_JOBS = 200;
export const DEFAULT_DIST_DIR = '/opt/hephy-builder/dist';

export interface ChildPipelineOptions {
  /** The runner image every job runs in (the prepare-diff job's own). */
  image: string;
  /** Where the bundles are inside `image`. */
  distDir: string;
  /** The runner images of the backends whose builds do not run in `image` (kaniko, BuildKit, ...). */
  backendImages: Readonly<Partial<Record<BackendName, RunnerImage>>>;
  /** The steps' `output-dir` in the child jobs (relative to the project directory). */
  outputDir: string;
  /** Arch label -> runner tag ('' = any runner). An arch without an entry runs on amd64's runner. */
  runnerTags: Readonly<Record<string, string>>;
  /** Inputs of every step job, by kebab-case name (repository, naming, date, ...). */
  inputs: Readonly<Record<string, string>>;
  /** Inputs of the build-arch jobs only (backend, cache, build-arg-env). */
  buildInputs: Readonly<Record<string, string>>;
  /** Inputs of the retag jobs only (tags). */
  retagInputs: Readonly<Record<string, string>>;
  /** false: build only (merge requests); no merge or retag jobs. */
  push: boolean;
  /** Set: every job gets an OIDC token for AWS (`id_tokens`) and the ecr-login helper. */
  awsRoleArn: string;
  oidcAudience: string;
  maxJobs: number;
}

type Job = Record<string, unknown>;

const STEP_JOB_PREFIX = 'hephy';
/**
 * On every job: the bundles then run as GitLab jobs wherever the child pipeline runs, even where
 * GITLAB_CI is not "true" (gitlab-ci-local, which also passes no `--variable` into a child).
 */
const ON_GITLAB = {[PLATFORM_VARIABLE]: 'gitlab'};

/** The child pipeline's YAML for `plan`: the per-directory jobs, or grouped jobs when they would not fit. */
export function renderGitLabChildPipeline(plan: Plan, options: ChildPipelineOptions): string {
  const units = dirUnits(plan);
  if (units.length === 0) return toYaml(plan, noopPipeline(options));
  // Directories built in different runner images never share a build job.
  const jobKind = (unit: DirUnit) => (unit.manual ? options.image : buildImage(unit, options).image);
  for (const groups of groupings(units, jobKind)) {
    const jobs = pipelineJobs(groups, options);
    if (Object.keys(jobs).length > options.maxJobs || maxNeeds(jobs) > GITLAB_MAX_NEEDS) continue;
    const text = toYaml(plan, {
      stages: ['build', 'merge', 'retag'],
      variables: globalVariables(plan, options),
      ...jobs,
    });
    if (Buffer.byteLength(text) > GITLAB_MAX_CHILD_BYTES) continue;
    return text;
  }
  throw new UserError(
    `${units.length} image directories do not fit one child pipeline within ${options.maxJobs} jobs, ` +
      `${GITLAB_MAX_NEEDS} needs per job and 5 MB: raise the max-child-jobs input, or split the build with the rebuild list`,
    {field: 'input max-child-jobs'},
  );
}

function pipelineJobs(groups: Group[], options: ChildPipelineOptions): Record<string, Job> {
  const jobs: Record<string, Job> = {};
  const upstream = groups.flatMap((group) => group.units.filter((unit) => unit.upstream).map((u) => u.dir));
  const clone = `${STEP_JOB_PREFIX}:clone-upstream`;
  if (upstream.length > 0) jobs[clone] = cloneJob(upstream, options);
  const buildName = (g: number, arch: string) => `${STEP_JOB_PREFIX}:build:${groups[g]?.name}:${arch}`;
  const builds = groups.map((group) => buildableArchs(group));
  groups.forEach((group, g) => {
    for (const arch of builds[g] ?? []) {
      const needs = [
        ...(group.units.some((unit) => unit.upstream && !unit.manual) ? [clone] : []),
        ...builtBefore(groups, builds, g, arch).map((h) => buildName(h, arch)),
      ];
      jobs[buildName(g, arch)] = buildJob(group, arch, needs, options);
    }
    if (!options.push) return;
    const merge = `${STEP_JOB_PREFIX}:merge:${group.name}`;
    jobs[merge] = stepJob(
      'merge-manifest',
      'merge',
      group,
      (builds[g] ?? []).map((a) => buildName(g, a)),
      options,
    );
    jobs[`${STEP_JOB_PREFIX}:retag:${group.name}`] = stepJob('retag', 'retag', group, [merge], options);
  });
  return jobs;
}

/** The archs a group has something to build for (manual images are only merged). */
function buildableArchs(group: Group): string[] {
  const archs: string[] = [];
  for (const unit of group.units) {
    if (unit.manual) continue;
    for (const arch of unit.archs) if (!archs.includes(arch)) archs.push(arch);
  }
  return archs;
}

/**
 * The groups whose build job for `arch` must finish first: those in `after` that build `arch`;
 * through one that does not, the ones it comes after, so an order is never lost on the way.
 */
function builtBefore(groups: Group[], builds: string[][], g: number, arch: string): number[] {
  const found = new Set<number>();
  const seen = new Set<number>();
  const visit = (h: number): void => {
    if (seen.has(h)) return;
    seen.add(h);
    if (builds[h]?.includes(arch)) found.add(h);
    else for (const next of groups[h]?.after ?? []) visit(next);
  };
  for (const h of groups[g]?.after ?? []) visit(h);
  return [...found].sort((a, b) => a - b);
}

function cloneJob(dirs: string[], options: ChildPipelineOptions): Job {
  return {
    ...runnerOf('amd64', options),
    stage: 'build',
    needs: [],
    variables: {...ON_GITLAB, INPUT_DIRS: dirs.join(' ')},
    script: [stepScript('clone-upstream', options)],
    artifacts: artifacts(options, ['*-source.tar.gz']),
  };
}

/** The runner image a directory builds in: its backend's (`build_backend`, else the backend input). */
function buildImage(unit: DirUnit, options: ChildPipelineOptions): RunnerImage {
  const backend = unit.backend ?? options.buildInputs.backend ?? '';
  return runnerImageOf(backend, options.backendImages, defaultImage(options));
}

function defaultImage(options: ChildPipelineOptions): RunnerImage {
  return {image: options.image, node: 'node', distDir: options.distDir};
}

function buildJob(group: Group, arch: string, needs: string[], options: ChildPipelineOptions): Job {
  const dirs = group.units.filter((unit) => !unit.manual && unit.archs.includes(arch)).map((u) => u.dir);
  // Every directory a group builds builds in the same image (groupings splits by it).
  const runner = buildImage(group.units.find((unit) => !unit.manual) as DirUnit, options);
  return {
    ...runnerOf(arch, options),
    image: runner.image,
    stage: 'build',
    needs: needs.map((job) => ({job, artifacts: true})),
    ...AFTER_FAILURES,
    variables: {
      ...ON_GITLAB,
      ...inputVariables(options.buildInputs),
      INPUT_ARCH: arch,
      ...planPart(group, dirs),
      INPUT_PUSH: String(options.push),
    },
    ...awsOidc(options.awsRoleArn, options.oidcAudience),
    script: [stepCommand('build-arch', runner)],
    // The .tag files of the jobs it needed are in the output dir too: passing them on lets a
    // later wave find every dependency's digest through one `needs:` edge.
    artifacts: artifacts(options, ['*.tag']),
  };
}

/**
 * dirs is the whole plan (a global variable), only the job's own: an image on a failed one is
 * skipped, never built on an older `<dep>-latest`. Not for an upstream image: its `ARG <DEP>_TAG`
 * are known only once cloned, so its job has no `needs:` on them and builds on `<dep>-latest`.
 */
function planPart(group: Group, dirs: string[]): Record<string, string> {
  const upstream = group.units.some((unit) => unit.upstream && !unit.manual);
  return upstream ? {INPUT_DIRS: dirs.join(' ')} : {INPUT_ONLY: dirs.join(' ')};
}

function stepJob(
  step: string,
  stage: string,
  group: Group,
  needs: string[],
  options: ChildPipelineOptions,
): Job {
  return {
    ...runnerOf('amd64', options),
    stage,
    needs: needs.map((job) => ({job, artifacts: true})),
    ...AFTER_FAILURES,
    variables: {
      ...ON_GITLAB,
      ...(step === 'retag' ? inputVariables(options.retagInputs) : {}),
      // The index links back to this project, as the action's default links to the repository.
      ...(step === 'merge-manifest' ? {INPUT_SOURCE_URL: '$CI_PROJECT_URL'} : {}),
      INPUT_DIRS: group.units.map((unit) => unit.dir).join(' '),
    },
    ...awsOidc(options.awsRoleArn, options.oidcAudience),
    script: [stepScript(step, options)],
    artifacts: artifacts(options, step === 'merge-manifest' ? ['*.tag'] : []),
  };
}

/**
 * Build, merge and retag jobs run after a failed job they need too, as the GitHub workflow's
 * `!cancelled()`: each step then does what it can and names what it could not (docs/gitlab.md).
 */
const AFTER_FAILURES = {when: 'always'} as const;

function noopPipeline(options: ChildPipelineOptions): Record<string, unknown> {
  return {
    [`${STEP_JOB_PREFIX}:nothing-to-build`]: {
      ...runnerOf('amd64', options),
      variables: {...ON_GITLAB},
      script: ['echo "hephy-builder: no image directory changed, nothing to build"'],
    },
  };
}

function runnerOf(arch: string, options: ChildPipelineOptions): Job {
  const tag = options.runnerTags[arch] ?? options.runnerTags.amd64 ?? '';
  return {image: options.image, ...(tag ? {tags: [tag]} : {})};
}

function stepScript(step: string, options: ChildPipelineOptions): string {
  return stepCommand(step, defaultImage(options));
}

function artifacts(options: ChildPipelineOptions, globs: string[]): Job {
  const inOutput = (name: string) => path.posix.join(options.outputDir, name);
  return {
    ...(globs.length > 0 ? {paths: globs.map(inOutput)} : {}),
    reports: {dotenv: inOutput('hephy.env')},
    expire_in: '1 week',
    when: 'always',
  };
}

function globalVariables(plan: Plan, options: ChildPipelineOptions): Record<string, string> {
  return {
    ...inputVariables(options.inputs),
    // The whole plan, for every build job's `only` (a job's own dirs override it where they must).
    INPUT_DIRS: [...new Set(plan.images.map((image) => image.dir))].join(' '),
    INPUT_OUTPUT_DIR: options.outputDir,
    ...(options.awsRoleArn ? {AWS_ROLE_ARN: options.awsRoleArn} : {}),
  };
}

/** `{'insecure-registries': 'x'}` -> `{INPUT_INSECURE_REGISTRIES: 'x'}`, leaving out blanks. */
function inputVariables(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, value]),
  );
}

function maxNeeds(jobs: Record<string, Job>): number {
  return Math.max(0, ...Object.values(jobs).map((job) => (Array.isArray(job.needs) ? job.needs.length : 0)));
}

/**
 * GitLab reads the file as YAML 1.1, where `yes`, `off`, `null`, `1_000`, `0b101` or `1:20` are
 * not strings. Every string value is double-quoted and so are the job names (they hold directory
 * names); the remaining keys are ours, and YAML 1.1 rules quote any of them that would change type.
 */
function toYaml(plan: Plan, document: Record<string, unknown>): string {
  const header = [
    '# Generated by hephy-builder prepare-diff; GitLab runs it as a child pipeline.',
    `# ${plan.images.length} image(s) in ${new Set(plan.images.map((i) => i.dir)).size} directories; archs: ${plan.archs.join(', ') || 'none'}.`,
  ];
  const yaml = new Document(document, {version: '1.1', aliasDuplicateObjects: false});
  if (isMap(yaml.contents)) {
    for (const {key} of yaml.contents.items) {
      if (isScalar(key) && String(key.value).startsWith(`${STEP_JOB_PREFIX}:`)) key.type = 'QUOTE_DOUBLE';
    }
  }
  const text = yaml.toString({lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'});
  return `${header.join('\n')}\n${text}`;
}
