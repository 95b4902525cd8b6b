import {expandVariables} from '../../config/variables.js';
import type {Env} from '../../ports.js';

/**
 * The config's `build_args` with `${NAME}` expanded from the environment. An unset variable
 * becomes '' with a warning, except in an arg that `known` fills anyway: the seed's
 * `ECR_REGISTRY=${ECR_REGISTRY}` on a runner without that variable gets the repository, so a
 * warning about it would be false.
 */
export function expandBuildArgs(
  configArgs: readonly string[],
  env: Env,
  known: ReadonlyMap<string, string>,
  warn: (name: string) => void,
): string[] {
  return configArgs.map((arg) => {
    const missing: string[] = [];
    const expanded = expandVariables(arg, env, (name) => missing.push(name));
    const [key, value] = splitArg(expanded);
    if (!(value === '' && known.has(key))) missing.forEach((name) => warn(name));
    return expanded;
  });
}

/** The names a Dockerfile declares with `ARG` (`ARG A`, `ARG A=1 B`), before or after FROM. */
export function declaredArgs(dockerfile: string): Set<string> {
  const names = new Set<string>();
  for (const match of dockerfile.matchAll(/^[ \t]*ARG[ \t]+(.*)$/gim)) {
    for (const word of (match[1] as string).trim().split(/[ \t]+/)) {
      const name = word.split('=')[0] as string;
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) names.add(name);
    }
  }
  return names;
}

/** `KEY=VALUE` entries as a map; later entries win, as they do for every backend. */
export function argMap(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) map.set(...splitArg(entry));
  return map;
}

function splitArg(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}

/**
 * The build args of one image: the config's `build_args` (expanded), then the values we know
 * for ARGs the Dockerfile declares (registry, dependencies) wherever the config left them unset
 * or empty, as the seed's `ECR_REGISTRY=${ECR_REGISTRY}` does on a runner without that variable.
 */
export function mergeBuildArgs(configArgs: readonly string[], known: ReadonlyMap<string, string>): string[] {
  const merged = argMap(configArgs);
  for (const [name, value] of known) if (!merged.get(name)) merged.set(name, value);
  return [...merged].map(([name, value]) => `${name}=${value}`);
}
