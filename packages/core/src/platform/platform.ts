import type {RegistryLogin} from '../shared/registry-login.js';
import {UserError} from '../errors.js';
import type {Plan} from '../plan/types.js';
import type {Env, Logger, Ports, SourceLocation} from '../ports.js';
import type {CiEvent} from '../shared/event.js';
import {readInput} from '../inputs/read.js';

export type PlatformName = 'github' | 'gitlab' | 'local';

/**
 * Everything that differs between a GitHub runner, a GitLab job and a terminal. Steps see only
 * this interface; the adapters in this folder are the only code that knows which platform runs.
 */
export interface Platform {
  readonly name: PlatformName;
  readonly log: Logger;
  readonly env: Env;
  /** An input by its kebab-case name, from `INPUT_<NAME>` in either spelling; '' when unset. */
  input(name: string): string;
  /** Step outputs: `GITHUB_OUTPUT` on GitHub, `hephy.env` (dotenv) in `outputDir` on GitLab. */
  setOutputs(outputs: Readonly<Record<string, string>>, outputDir: string): Promise<void>;
  /** A Markdown report: the job summary on GitHub, a collapsible log section elsewhere. */
  summary(title: string, markdown: string): Promise<void>;
  /** What started this run. */
  event(): Promise<CiEvent>;
  /** The registry login the job was given by the platform, if any; its password is masked. */
  registryLogin(): RegistryLogin | undefined;
  /** The arch label (`amd64`, `arm64`, `armv7`, `386`) of the machine this job runs on. */
  runnerArch(): string;
  /**
   * Hands prepare-diff's plan to the platform's own orchestration, where it has one (GitLab: the
   * child pipeline of the `child-pipeline` input). Elsewhere the plan's outputs are enough, and a
   * `child-pipeline` input is refused (`refuseChildPipeline`) rather than left unwritten.
   */
  publishPlan(plan: Plan, ports: Ports): Promise<void>;
  /**
   * Warnings about prepare-diff's plan that only this platform's users need (GitHub: a matrix
   * over its job limit). Absent where the platform has nothing to add.
   */
  planAdvice?(plan: Plan): string[];
  /**
   * A registry credential input as the step uses it. GitLab's pipeline hands prepare-diff its
   * credentials unexpanded, as the name of a CI/CD variable (`$REGISTRY_PASSWORD`), since its child
   * pipeline must never hold a secret: the value is that variable's. Elsewhere the input is the value.
   */
  credentialInput(raw: string): string;
  /**
   * Whether the run prepare-diff plans pushes, given its `push` input: the input, except where
   * this platform's own pipeline decides more (GitLab's pipeline.yml pushes from a merge request
   * only with push-on-merge-requests). GitHub's workflow decides before prepare-diff and hands the
   * answer in as `push`.
   */
  runPushes(push: boolean, event: CiEvent): boolean;
  /** Reports the step as failed, annotating the file and line when known. */
  fail(message: string, location?: SourceLocation): void;
}

/**
 * The variable that names the platform outright. The GitLab components and the child pipeline
 * set it on every job, because `GITLAB_CI` alone is not enough: gitlab-ci-local sets
 * `GITLAB_CI=false` on purpose and passes no `--variable` into child pipelines.
 */
export const PLATFORM_VARIABLE = 'HEPHY_PLATFORM';
const PLATFORM_NAMES: readonly PlatformName[] = ['github', 'gitlab', 'local'];

/** `HEPHY_PLATFORM` first, then the runners' own markers (`GITHUB_ACTIONS`, `GITLAB_CI`). */
export function detectPlatform(env: Env): PlatformName {
  const named = env[PLATFORM_VARIABLE];
  if (named) {
    if (!PLATFORM_NAMES.includes(named as PlatformName)) {
      throw new UserError(
        `${JSON.stringify(named)} names no platform hephy-builder knows: use ${PLATFORM_NAMES.join(', ')}, or leave it unset`,
        {field: `variable ${PLATFORM_VARIABLE}`},
      );
    }
    return named as PlatformName;
  }
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'local';
}

/**
 * prepare-diff's `publishPlan` where no child pipeline can run: a `child-pipeline` input fails
 * the step with the reason, so that a pipeline never goes on to build nothing from a file that
 * was never written.
 */
export async function refuseChildPipeline(name: PlatformName, env: Env): Promise<void> {
  const file = readInput(env, 'child-pipeline');
  if (!file) return;
  const marker = env[PLATFORM_VARIABLE]
    ? `${PLATFORM_VARIABLE} is ${JSON.stringify(env[PLATFORM_VARIABLE])}`
    : `${PLATFORM_VARIABLE} is not set and GITLAB_CI is ${JSON.stringify(env.GITLAB_CI ?? '')}; gitlab-ci-local sets "false"`;
  const why =
    name === 'github'
      ? 'GitHub Actions runs no child pipelines: build from the plan outputs (matrix, dirs) instead'
      : `this job does not run as a GitLab job (${marker}), so no child pipeline would be written and nothing ` +
        `would build the plan: set ${PLATFORM_VARIABLE}: gitlab on the job, as the hephy-builder components do`;
  throw new UserError(
    `the child-pipeline input asks for a GitLab child pipeline (${JSON.stringify(file)}), but ${why}`,
    {
      field: 'input child-pipeline',
    },
  );
}

const NODE_ARCHS: Readonly<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'armv7',
  ia32: '386',
};

/** Node's `process.arch` as an arch label; a name without a label is kept as it is. */
export function nodeArchLabel(nodeArch: string = process.arch): string {
  return NODE_ARCHS[nodeArch] ?? nodeArch;
}
