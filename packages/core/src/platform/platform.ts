import type {Plan} from '../plan/types.js';
import type {Env, Logger, Ports, SourceLocation} from '../ports.js';
import type {CiEvent} from './event.js';

export type PlatformName = 'github' | 'gitlab' | 'local';

/** A registry login the CI job itself was handed (GitLab's `CI_REGISTRY_USER` for `CI_REGISTRY`). */
export interface RegistryLogin {
  host: string;
  username: string;
  password: string;
}

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
   * child pipeline of the `child-pipeline` input). Absent where the plan's outputs are enough.
   */
  publishPlan?(plan: Plan, ports: Ports): Promise<void>;
  /**
   * Warnings about prepare-diff's plan that only this platform's users need (GitHub: a matrix
   * over its job limit). Absent where the platform has nothing to add.
   */
  planAdvice?(plan: Plan): string[];
  /** Reports the step as failed, annotating the file and line when known. */
  fail(message: string, location?: SourceLocation): void;
}

export function detectPlatform(env: Env): PlatformName {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'local';
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
