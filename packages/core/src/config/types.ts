import type {PlatformSpec} from '../shared/platform-spec.js';
/**
 * A validated build-config.yaml (v1), normalised: defaults filled in, snake_case keys turned
 * camelCase. `config/parse.ts` makes these; everything else reads them.
 */
export const BACKENDS = ['kaniko', 'buildah', 'buildkit', 'buildx', 'ko', 'spin'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Where a key's value sits in its file, for errors raised after parsing. Lines and columns count from 1. */
export interface Position {
  line: number;
  column: number;
}

export type ImageSource =
  {kind: 'local'} | {kind: 'upstream'; repo: string; ref: string; submodules: boolean};

/** One image of a multi-image directory (`targets:`). */
export interface TargetSpec {
  name: string;
  target: string;
  additionalTags: string[];
}

export interface KoConfig {
  importPath: string;
  baseImage?: string;
  env: string[];
  ldflags: string[];
  /** The seed's ko configs put platforms here; used when the top-level `platforms` is absent. */
  platforms?: PlatformSpec[];
  workingDir?: string;
}

export interface SpinConfig {
  manifest: string;
}

export interface BuildConfig {
  /** The config file as the user knows it, relative to the repository root: `curl/build-config.yaml`. */
  file: string;
  /** The image directory relative to the repository root: `curl`, or `.` for the root itself. */
  dir: string;
  /**
   * The image's name: the directory's name, or for a build-config.yaml at the root, the root
   * directory's own name (the repository's name in a CI checkout).
   */
  name: string;
  source: ImageSource;
  dockerfilePath: string;
  contextPath: string;
  /** Dockerfile stage; '' = the last stage. */
  target: string;
  /** Several images from one directory; empty for the usual one image per directory. */
  targets: TargetSpec[];
  /** `KEY=VALUE` entries as written; `${VAR}` is expanded at build time from the environment. */
  buildArgs: string[];
  platforms: PlatformSpec[];
  additionalTags: string[];
  /** undefined = the step's `backend` input decides. */
  buildBackend?: BackendName;
  ko?: KoConfig;
  spin?: SpinConfig;
  manualBuild: boolean;
  /** arch label (`amd64`, `arm64`, `armv7`) -> an already pushed image reference. */
  manualImages: Record<string, string>;
  /** Image directories of this repository that must be built first (as written in the config). */
  dependsOn: string[];
  cache: boolean;
  /** Positions of the keys present, by their YAML path (`platforms[1]`, `ko_config.import_path`). */
  positions: Record<string, Position>;
}
