import {lstat, mkdir, symlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors.js';
import type {Env} from '../ports.js';
import {dockerConfigPath, readDockerConfig} from '../registry/docker-config.js';

/**
 * The private Docker config directory buildx runs with: `DOCKER_CONFIG` for the docker CLI and
 * buildx's credentials, `BUILDX_CONFIG` for buildx's builder instances. Neither is the user's,
 * so nothing buildx writes (builders, activity, build refs) lands in their `~/.docker`.
 */
export function privateDockerConfigDir(workDir: string): string {
  return path.join(workDir, 'docker');
}

/** A Docker config.json as a whole: every key is kept, only these are touched. */
type ConfigJson = Record<string, unknown> & {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, string>;
  cliPluginsExtraDirs?: string[];
};

/**
 * The user's config.json with our credentials on top, keeping everything else they set
 * (credsStore and credHelpers for other hosts, proxies, currentContext, their other auths):
 * - each host we hold a credential for (`ours`, and DOCKER_AUTH_CONFIG's, which docker/cli
 *   v29 would otherwise put above the file: cli/config/configfile/file.go:328) goes into `auths`
 *   with `credHelpers[host] = ""`, which sends that host to the file store instead of a helper
 *   (file.go:396-402 `getConfiguredCredentialStore` returns the entry, "" = no helper, file.go:324);
 * - `cliPluginsExtraDirs` gains the user's `cli-plugins`, where docker/setup-buildx-action
 *   installs buildx: the CLI looks in the extra dirs, then `<config dir>/cli-plugins`
 *   (cli-plugins/manager/manager.go:42-51).
 */
export function mergeDockerConfig(
  user: ConfigJson,
  ours: ConfigJson,
  envAuths: Record<string, unknown>,
  userDir: string,
): ConfigJson {
  const top = {...envAuths, ...(ours.auths ?? {})};
  const credHelpers = {...(user.credHelpers ?? {})};
  for (const key of Object.keys(top)) credHelpers[key] = '';
  return {
    ...user,
    auths: {...(user.auths ?? {}), ...top},
    credHelpers,
    cliPluginsExtraDirs: [...(user.cliPluginsExtraDirs ?? []), path.join(userDir, 'cli-plugins')],
  };
}

/** DOCKER_AUTH_CONFIG's `auths` (docker/cli `parseEnvConfig`, file.go:352), or {} when unset. */
export function dockerAuthConfigAuths(env: Env): Record<string, unknown> {
  const value = env.DOCKER_AUTH_CONFIG;
  if (!value) return {};
  try {
    const parsed = JSON.parse(value) as {auths?: Record<string, unknown>};
    return parsed.auths ?? {};
  } catch {
    // Never the parser's message: it would quote the variable, which holds credentials.
    throw new UserError(
      'DOCKER_AUTH_CONFIG is not valid JSON (its value is not shown: it holds credentials)',
    );
  }
}

/**
 * Writes the private config dir: config.json (owner-only) merged from the user's config, the
 * job's DOCKER_AUTH_CONFIG and our auth file, and a link to the user's `contexts` store so that
 * their current docker context (`currentContext`, DOCKER_CONTEXT) still names the daemon: docker/cli
 * keeps that store at `<config dir>/contexts` (cli/config/config.go:88). The user's own files are
 * only read.
 */
export async function writePrivateDockerConfig(
  dir: string,
  authFile: string | undefined,
  env: Env,
): Promise<void> {
  const userFile = dockerConfigPath(env);
  const userDir = userFile ? path.dirname(userFile) : dir;
  const user = (userFile ? await readDockerConfig(userFile) : undefined) as ConfigJson | undefined;
  const ours = (authFile ? await readDockerConfig(authFile) : undefined) as ConfigJson | undefined;
  const merged = mergeDockerConfig(user ?? {}, ours ?? {}, dockerAuthConfigAuths(env), userDir);
  await mkdir(dir, {recursive: true, mode: 0o700});
  await writeFile(path.join(dir, 'config.json'), `${JSON.stringify(merged, null, 2)}\n`, {mode: 0o600});
  const contexts = path.join(userDir, 'contexts');
  const link = path.join(dir, 'contexts');
  const exists = (file: string) =>
    lstat(file).then(
      () => true,
      () => false,
    );
  if (userFile && (await exists(contexts)) && !(await exists(link))) await symlink(contexts, link);
}

/**
 * A BuildKit daemon config (buildkitd.toml) for a builder created by us: the destination's
 * registry, which also holds the cache, may be reached over plain HTTP or with an untrusted
 * certificate (`insecure-registries`, loopback). With both keys BuildKit tries HTTPS without
 * verification, then plain HTTP (moby/buildkit util/resolver/resolver.go:28-65,
 * util/resolver/config/config.go:5-6).
 */
export function insecureBuildkitdToml(host: string): string {
  return `[registry.${JSON.stringify(host)}]\n  http = true\n  insecure = true\n`;
}
