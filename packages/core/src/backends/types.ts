import type {BackendName, KoConfig, SpinConfig} from '../config/types.js';
import type {Env} from '../ports.js';

/**
 * One image for one platform, as every backend receives it. Paths are absolute; build args are
 * already expanded (`KEY=VALUE`, never seen by a shell); the destination is the tag to push.
 */
export interface BuildRequest {
  /** The build context directory. */
  context: string;
  /** The Dockerfile (absolute path). */
  dockerfile: string;
  /** Dockerfile stage; '' = the last one. */
  target: string;
  /** `linux/arm64`, `linux/arm/v7`. */
  platform: string;
  /** `KEY=VALUE`, one argv entry each. */
  buildArgs: readonly string[];
  /** OCI labels for the image config (`org.opencontainers.image.*`). */
  labels: Readonly<Record<string, string>>;
  /** The reference to push: `host[:port]/path:tag`. */
  destination: string;
  /** A repository (no tag) holding the backend's registry cache; undefined = no cache. */
  cacheRepository?: string;
  /** The tag of this image and arch in `cacheRepository` (set with it): the same on every date. */
  cacheTag?: string;
  /** false: build only (a dry run); nothing is pushed. */
  push: boolean;
  /** The destination registry is plain HTTP or has an untrusted certificate (loopback, `insecure-registries`). */
  insecure: boolean;
  /** A Docker config.json with the credentials for the registries involved. */
  authFile?: string;
  /** A scratch directory of this build, for digest and metadata files. */
  workDir: string;
  ko?: KoConfig;
  spin?: SpinConfig;
  /** The environment, for backends whose command depends on it (BUILDKIT_HOST). */
  env: Env;
  /**
   * Directories hephy-builder still reads or writes after this build (the checkout, output-dir,
   * its scratch directory): a backend that clears the filesystem between stages (kaniko) must
   * leave them alone.
   */
  keep?: readonly string[];
}

/** One process a backend runs: a program and its argv, never a shell string. */
export interface BackendCommand {
  file: string;
  args: string[];
  /** Variables added to the inherited environment. */
  env?: Record<string, string>;
  /** Inherited variables the program must not see (one that would override `env`'s credentials). */
  unsetEnv?: string[];
  cwd?: string;
}

/** Where a backend reports the digest of what it pushed. */
export type DigestSource = {file: string} | {stdout: true};

export interface Backend {
  readonly name: BackendName;
  /** The processes that build and push the image, in order. */
  commands(request: BuildRequest): BackendCommand[];
  /** Files to write before the first command (a generated tool config), by absolute path. */
  files?(request: BuildRequest): Record<string, string>;
  /**
   * Runs after `files`, before the first command: state that depends on this machine (buildx: a
   * private Docker config dir merged from the user's). Returns the commands that undo what the
   * commands set up (remove a builder they created): runBackend runs those even when one failed.
   */
  prepare?(request: BuildRequest): Promise<BackendCommand[]>;

  /** Warnings to log before the first command: what the tool will not do with this request. */
  warnings?(request: BuildRequest): Promise<string[]>;
  /** Where the digest comes back after the last command. */
  digestSource(request: BuildRequest): DigestSource;
  /** The manifest digest in what the backend wrote, or undefined when it reported none. */
  parseDigest(text: string): string | undefined;
  /**
   * The tool's own version command (the program the build runs, resolved from the same `env`):
   * build-arch runs it once per run and puts the version in every image's fingerprint.
   */
  versionCommand(env: Env): BackendCommand;
  /**
   * The version in what that command printed, or undefined when it names none (nothing, an
   * error, or the placeholder an unversioned build prints): then nothing built by it is reused.
   */
  parseVersion(stdout: string): string | undefined;
}
