/**
 * The child pipeline that GitLab's `trigger: include: artifact:` runs after prepare-diff: one
 * build job per image directory and arch on that arch's runner, `needs:` edges to the jobs of the
 * images it is built on (same arch), then a merge and a retag job per directory. The YAML is
 * self-contained (no `include:`), so it runs the same on GitLab.com, on a self-managed instance
 * without the catalog, and under gitlab-ci-local; and it carries no secret, only the names of the
 * CI/CD variables that hold one.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {stringify} from 'yaml';
import {parseBuildArgEnv} from '../config/variables.js';
import {UserError} from '../errors.js';
import {utcDate} from '../plan/names.js';
import type {Plan} from '../plan/types.js';
import type {Ports} from '../ports.js';
import type {CiEvent} from './event.js';
import {parseBooleanInput, parseListInput} from './inputs.js';
import type {Platform} from './platform.js';

/** GitLab.com's limits (CI/CD limits docs): needs per job, generated-config artifact size. */
export const GITLAB_MAX_NEEDS = 50;
export const GITLAB_MAX_CHILD_BYTES = 5 * 1024 * 1024;
/**
 * Jobs in one child pipeline before directories are grouped: the bound GitLab puts on a
 * `parallel:matrix`, and well inside every instance's pipeline size limit.
 */
export const DEFAULT_MAX_CHILD_JOBS = 200;
export const DEFAULT_DIST_DIR = '/opt/hephy-builder/dist';

/**
 * Writes the OIDC token of `id_tokens` where the AWS SDK of the `ecr-login` credential helper
 * reads it, and points the Docker config at that helper for the repository's registry. The same
 * line is in every template; it does nothing unless `AWS_ROLE_ARN` is set.
 */
export const AWS_OIDC_SETUP =
  'if [ -n "${AWS_ROLE_ARN:-}" ]; then export AWS_WEB_IDENTITY_TOKEN_FILE="${TMPDIR:-/tmp}/hephy-oidc-token" DOCKER_CONFIG="${TMPDIR:-/tmp}/hephy-docker"; printf %s "$HEPHY_OIDC_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"; mkdir -p "$DOCKER_CONFIG"; printf \'{"credHelpers":{"%s":"ecr-login"}}\' "${INPUT_REPOSITORY%%/*}" > "$DOCKER_CONFIG/config.json"; fi';

export interface ChildPipelineOptions {
  /** The runner image every job runs in (the prepare-diff job's own). */
  image: string;
  /** Where the bundles are inside `image`. */
  distDir: string;
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

/** An image directory as the child pipeline sees it: targets of one directory build together. */
interface DirUnit {
  dir: string;
  archs: string[];
  /** Directories of this plan that it is built on. */
  dependsOn: string[];
  upstream: boolean;
  manual: boolean;
}

/** Directories that share jobs; `after` are the indexes of the groups built before this one. */
interface Group {
  name: string;
  units: DirUnit[];
  after: number[];
}

type Job = Record<string, unknown>;

const STEP_JOB_PREFIX = 'hephy';

/** The child pipeline's YAML for `plan`: the per-directory jobs, or grouped jobs when they would not fit. */
export function renderGitLabChildPipeline(plan: Plan, options: ChildPipelineOptions): string {
  const units = dirUnits(plan);
  if (units.length === 0) return toYaml(plan, noopPipeline(options));
  for (const groups of groupings(units)) {
    const jobs = pipelineJobs(groups, options);
    if (Object.keys(jobs).length > options.maxJobs || maxNeeds(jobs) > GITLAB_MAX_NEEDS) continue;
    const text = toYaml(plan, {
      stages: ['build', 'merge', 'retag'],
      variables: globalVariables(options),
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

function dirUnits(plan: Plan): DirUnit[] {
  // dependsOn holds image directories (a directory with targets: has several images).
  const planned = new Set(plan.images.map((image) => image.dir));
  const units = new Map<string, DirUnit>();
  for (const image of plan.images) {
    const unit = units.get(image.dir) ?? {
      dir: image.dir,
      archs: [],
      dependsOn: [],
      upstream: image.config.source.kind === 'upstream',
      manual: image.config.manualBuild,
    };
    for (const arch of image.archs) if (!unit.archs.includes(arch)) unit.archs.push(arch);
    for (const dep of image.dependsOn) {
      if (planned.has(dep) && dep !== image.dir && !unit.dependsOn.includes(dep)) unit.dependsOn.push(dep);
    }
    units.set(image.dir, unit);
  }
  return [...units.values()];
}

/**
 * The groupings to try, finest first: one group per directory; then dependency waves cut into
 * ever larger chunks; then runs of consecutive waves, down to one group holding everything. A
 * group is built after every group before it in the wave order, which orders every dependency
 * however deep, and build-arch builds a group's directories in plan (dependency) order.
 */
function* groupings(units: DirUnit[]): Generator<Group[]> {
  const index = new Map(units.map((unit, i) => [unit.dir, i]));
  yield units.map((unit) => ({
    name: unit.dir,
    units: [unit],
    after: unit.dependsOn.map((dir) => index.get(dir) as number),
  }));
  const waves = dependencyWaves(units);
  const widest = Math.max(...waves.map((wave) => wave.length));
  for (let size = 2; size < widest * 2; size *= 2) yield chunkWaves(waves, Math.min(size, widest));
  for (let bands = Math.ceil(waves.length / 2); bands >= 1; bands = bands === 1 ? 0 : Math.ceil(bands / 2)) {
    yield bandWaves(waves, bands, units);
  }
}

/** Directories by depth: wave 0 depends on nothing planned, wave n on something in wave n-1. */
function dependencyWaves(units: DirUnit[]): DirUnit[][] {
  const depth = new Map<string, number>();
  const waves: DirUnit[][] = [];
  // Plan order puts dependencies first, so every dependency's depth is known when it is needed.
  for (const unit of units) {
    const level = Math.max(-1, ...unit.dependsOn.map((dir) => depth.get(dir) ?? -1)) + 1;
    depth.set(unit.dir, level);
    (waves[level] ??= []).push(unit);
  }
  return waves;
}

function chunkWaves(waves: DirUnit[][], size: number): Group[] {
  const groups: Group[] = [];
  let previous: number[] = [];
  waves.forEach((wave, w) => {
    const current: number[] = [];
    for (let start = 0; start < wave.length; start += size) {
      current.push(groups.length);
      const part = wave.length > size ? `-${start / size + 1}` : '';
      groups.push({name: `wave-${w + 1}${part}`, units: wave.slice(start, start + size), after: previous});
    }
    previous = current;
  });
  return groups;
}

/** `count` groups of consecutive waves, each holding its directories in plan order. */
function bandWaves(waves: DirUnit[][], count: number, units: DirUnit[]): Group[] {
  const perBand = Math.ceil(waves.length / count);
  const groups: Group[] = [];
  for (let start = 0; start < waves.length; start += perBand) {
    const members = new Set(waves.slice(start, start + perBand).flat());
    const name = count === 1 ? 'all' : `waves-${start + 1}-${Math.min(start + perBand, waves.length)}`;
    groups.push({
      name,
      units: units.filter((unit) => members.has(unit)),
      after: groups.length ? [groups.length - 1] : [],
    });
  }
  return groups;
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
    variables: {INPUT_DIRS: dirs.join(' ')},
    script: [stepScript('clone-upstream', options)],
    artifacts: artifacts(options, ['*-source.tar.gz']),
  };
}

function buildJob(group: Group, arch: string, needs: string[], options: ChildPipelineOptions): Job {
  const dirs = group.units.filter((unit) => !unit.manual && unit.archs.includes(arch)).map((u) => u.dir);
  return {
    ...runnerOf(arch, options),
    stage: 'build',
    needs: needs.map((job) => ({job, artifacts: true})),
    variables: {
      ...inputVariables(options.buildInputs),
      INPUT_ARCH: arch,
      INPUT_DIRS: dirs.join(' '),
      INPUT_PUSH: String(options.push),
    },
    ...awsOidc(options),
    script: [stepScript('build-arch', options)],
    // The .tag files of the jobs it needed are in the output dir too: passing them on lets a
    // later wave find every dependency's digest through one `needs:` edge.
    artifacts: artifacts(options, ['*.tag']),
  };
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
    variables: {
      ...(step === 'retag' ? inputVariables(options.retagInputs) : {}),
      // The index links back to this project, as the action's default links to the repository.
      ...(step === 'merge-manifest' ? {INPUT_SOURCE_URL: '$CI_PROJECT_URL'} : {}),
      INPUT_DIRS: group.units.map((unit) => unit.dir).join(' '),
    },
    ...awsOidc(options),
    script: [stepScript(step, options)],
    artifacts: artifacts(options, step === 'merge-manifest' ? ['*.tag'] : []),
  };
}

function noopPipeline(options: ChildPipelineOptions): Record<string, unknown> {
  return {
    [`${STEP_JOB_PREFIX}:nothing-to-build`]: {
      ...runnerOf('amd64', options),
      script: ['echo "hephy-builder: no image directory changed, nothing to build"'],
    },
  };
}

function runnerOf(arch: string, options: ChildPipelineOptions): Job {
  const tag = options.runnerTags[arch] ?? options.runnerTags.amd64 ?? '';
  return {image: options.image, ...(tag ? {tags: [tag]} : {})};
}

function awsOidc(options: ChildPipelineOptions): Job {
  if (!options.awsRoleArn) return {};
  return {
    id_tokens: {HEPHY_OIDC_TOKEN: {aud: options.oidcAudience}},
    before_script: [AWS_OIDC_SETUP],
  };
}

function stepScript(step: string, options: ChildPipelineOptions): string {
  return `node ${shellQuote(path.posix.join(options.distDir, step, 'index.js'))}`;
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

function globalVariables(options: ChildPipelineOptions): Record<string, string> {
  return {
    ...inputVariables(options.inputs),
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

function toYaml(plan: Plan, document: Record<string, unknown>): string {
  const header = [
    '# Generated by hephy-builder prepare-diff; GitLab runs it as a child pipeline.',
    `# ${plan.images.length} image(s) in ${new Set(plan.images.map((i) => i.dir)).size} directories; archs: ${plan.archs.join(', ') || 'none'}.`,
  ];
  return `${header.join('\n')}\n${stringify(document, {lineWidth: 0, aliasDuplicateObjects: false})}`;
}

function shellQuote(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `$NAME` or `${NAME}`: how a credential must reach the child pipeline (never the value itself). */
const VARIABLE_REFERENCE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * The renderer's options from the prepare-diff job of pipeline.yml: the pipeline's inputs, which
 * that job receives as `INPUT_*` variables. `username`/`password` arrive unexpanded
 * (`expand: false`) and must name a CI/CD variable, so no secret is written into the artifact.
 */
export async function readChildPipelineOptions(platform: Platform, now: Date): Promise<ChildPipelineOptions> {
  const input = (name: string, fallback = '') => platform.input(name) || fallback;
  const event: CiEvent = await platform.event();
  const pushOnMergeRequests = parseBooleanInput(
    'push-on-merge-requests',
    input('push-on-merge-requests'),
    false,
  );
  const push = parseBooleanInput('push', input('push'), true);
  return {
    image: input('image', platform.env.HEPHY_RUNNER_IMAGE ?? platform.env.CI_JOB_IMAGE ?? ''),
    distDir: input('dist-dir', DEFAULT_DIST_DIR),
    outputDir: input('output-dir', '.'),
    runnerTags: readRunnerTags(input),
    inputs: {
      root: input('root'),
      repository: input('repository', platform.env.CI_REGISTRY_IMAGE ?? ''),
      naming: input('naming'),
      date: input('date', utcDate(now)),
      'insecure-registries': input('insecure-registries'),
      username: credentialReference('username', input('username')),
      password: credentialReference('password', input('password')),
    },
    buildInputs: {
      backend: input('backend'),
      cache: input('cache'),
      // Checked here too, so a secret's name stops the pipeline before any child job starts.
      'build-arg-env': parseBuildArgEnv(parseListInput(input('build-arg-env'))).join(','),
    },
    retagInputs: {tags: input('tags')},
    push: push && (event.kind !== 'pull_request' || pushOnMergeRequests),
    awsRoleArn: input('aws-role-arn'),
    oidcAudience: input('oidc-audience', platform.env.CI_SERVER_URL ?? ''),
    maxJobs: readMaxJobs(input('max-child-jobs')),
  };
}

function readRunnerTags(input: (name: string, fallback?: string) => string): Record<string, string> {
  const tags: Record<string, string> = {amd64: input('amd64-runner-tag'), arm64: input('arm64-runner-tag')};
  for (const entry of parseListInput(input('runner-tags'))) {
    const [arch, tag] = entry.split('=', 2);
    if (!arch || tag === undefined) {
      throw new UserError(`"${entry}" is not <arch>=<runner tag>, e.g. armv7=my-arm-runner`, {
        field: 'input runner-tags',
      });
    }
    tags[arch] = tag;
  }
  return tags;
}

function readMaxJobs(raw: string): number {
  if (raw === '') return DEFAULT_MAX_CHILD_JOBS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 4) {
    throw new UserError(`"${raw}" is not a whole number of at least 4`, {field: 'input max-child-jobs'});
  }
  return value;
}

function credentialReference(name: string, raw: string): string {
  if (raw === '' || VARIABLE_REFERENCE.test(raw)) return raw;
  throw new UserError(
    `the ${name} input of the pipeline must name a CI/CD variable (e.g. $REGISTRY_PASSWORD), not hold the value: ` +
      'the child pipeline is a job artifact, and a value written into it would be readable by anyone who can read the pipeline',
    {field: `input ${name}`},
  );
}

/**
 * prepare-diff's hook (GitLab, `child-pipeline` input set): renders the plan and writes it to
 * `file`. Everything is checked before the file is written, so bad input leaves no file.
 */
export async function writeChildPipeline(
  file: string,
  plan: Plan,
  platform: Platform,
  ports: Ports,
): Promise<void> {
  const options = await readChildPipelineOptions(platform, ports.now());
  if (!options.image) {
    throw new UserError('no runner image for the child pipeline: set the image input', {
      field: 'input image',
    });
  }
  const yaml = renderGitLabChildPipeline(plan, options);
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, yaml);
  ports.log.info(`child pipeline: ${file} (${Buffer.byteLength(yaml)} bytes)`);
}
