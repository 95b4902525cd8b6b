import type {Env} from '../../ports.js';

/**
 * `${VAR}` and `${VAR:-default}` replaced from the environment, by our code and never a shell,
 * so `$(cmd)`, backticks and `;` stay literal text. A bare `$VAR` is left as written.
 */
export function expandVariables(text: string, env: Env, missing: (name: string) => void = () => {}): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
    (_m, name: string, fallback?: string) => {
      const value = env[name];
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      missing(name);
      return '';
    },
  );
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
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    map.set(eq < 0 ? entry : entry.slice(0, eq), eq < 0 ? '' : entry.slice(eq + 1));
  }
  return map;
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

/** The `<DEP>` part of `<DEP>_TAG` / `<DEP>_IMAGE` for an image name. */
export function argPrefix(image: string): string {
  return image.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
