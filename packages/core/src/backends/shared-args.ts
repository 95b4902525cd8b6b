import path from 'node:path';

/** `--flag value` pairs for each item: `repeat('--build-arg', ['A=1'])` -> `['--build-arg', 'A=1']`. */
export function repeat(flag: string, values: readonly string[]): string[] {
  return values.flatMap((value) => [flag, value]);
}

/** Labels as `key=value` entries, sorted so that the argv is the same on every run. */
export function labelPairs(labels: Readonly<Record<string, string>>): string[] {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`);
}

/**
 * `DOCKER_CONFIG` for tools that read `$DOCKER_CONFIG/config.json` (kaniko, buildctl, ko, spin).
 * build-arch always writes the auth file as `<dir>/config.json` so that this is its directory.
 */
export function dockerConfigEnv(authFile: string | undefined): Record<string, string> {
  return authFile ? {DOCKER_CONFIG: path.dirname(authFile)} : {};
}
