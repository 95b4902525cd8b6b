import {errorMessage} from '../errors.js';
import type {Ports} from '../ports.js';
import {commandEnv, displayCommand} from './run.js';
import type {Backend} from './types.js';

/** A backend's version as its tool reported it, or why there is none. */
export type BackendVersion = {version: string} | {version?: undefined; why: string};

/**
 * What a tool prints when it was built without a version stamped in: kaniko's `unset`
 * (pkg/version/version.go), BuildKit's and buildx's `v0.0.0+unknown` (version/version.go) or
 * `dev` (their Dockerfiles, for a build from a git worktree), Go's `(devel)` (ko built from a
 * checkout). Every such build prints the same text, so it cannot tell two builds apart.
 */
const PLACEHOLDERS = new Set(['', 'unset', 'v0.0.0+unknown', 'dev', '(devel)']);

/**
 * The version in the first non-empty line of `stdout`: the groups of `pattern`, joined by a space
 * (a version and a revision), or undefined when the line does not match or its first group is a
 * placeholder.
 */
export function matchVersion(stdout: string, pattern: RegExp): string | undefined {
  const line = stdout.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const match = pattern.exec(line.trim());
  if (!match || PLACEHOLDERS.has(match[1] ?? '')) return undefined;
  const groups = match.slice(1).filter((g): g is string => g !== undefined && !PLACEHOLDERS.has(g));
  return groups.join(' ');
}

/** Runs the backend's version command once and reads the version from its stdout. */
export async function readBackendVersion(backend: Backend, ports: Ports): Promise<BackendVersion> {
  const command = backend.versionCommand(ports.env);
  const shown = `\`${ports.log.mask(displayCommand(command))}\``;
  const unknown = (why: string) => ({why: `the version of backend ${backend.name} is unknown: ${why}`});
  try {
    const result = await ports.exec.run(command.file, command.args, {
      cwd: command.cwd,
      env: commandEnv(command, ports.env),
      allowFailure: true,
    });
    if (result.exitCode !== 0) {
      const last = result.stderr.trim().split('\n').at(-1) ?? '';
      return unknown(`${shown} exited with ${result.exitCode}${last ? `: ${ports.log.mask(last)}` : ''}`);
    }
    const version = backend.parseVersion(result.stdout);
    if (!version) {
      const first = result.stdout.trim().split('\n')[0] ?? '';
      return unknown(`${shown} printed ${first ? `"${ports.log.mask(first)}"` : 'nothing'}, no version`);
    }
    ports.log.info(`backend ${backend.name}: version ${version} (${shown}), in every fingerprint`);
    return {version};
  } catch (error) {
    return unknown(`${shown} could not be run: ${ports.log.mask(errorMessage(error))}`);
  }
}

/**
 * The version of each backend, asked once per run whatever the number of images: concurrent
 * images share the one pending answer.
 */
export function backendVersions(ports: Ports): (backend: Backend) => Promise<BackendVersion> {
  const asked = new Map<string, Promise<BackendVersion>>();
  return (backend) => {
    let version = asked.get(backend.name);
    if (!version) {
      version = readBackendVersion(backend, ports);
      asked.set(backend.name, version);
    }
    return version;
  };
}
