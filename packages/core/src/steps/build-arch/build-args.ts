import type {BuildConfig} from '../../config/types.js';
import {expandVariables, isSecretName, variableNames} from '../../config/variables.js';
import {UserError} from '../../errors.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Env} from '../../ports.js';
import {dependencyDirs, providedArgNames} from './dependencies.js';

/**
 * What `${NAME}` in a build arg may read: the values hephy-builder provides for the image
 * (`provided`: repository, dependencies), then, overriding them, the environment variables the
 * workflow owner named in `build-arg-env` (`fromEnv`). Nothing else of the environment is in
 * the result, so no config can read a step's inputs, tokens or passwords into an image.
 */
export function argValues(env: Env, fromEnv: readonly string[], provided: ReadonlyMap<string, string>): Env {
  const values: Record<string, string> = Object.fromEntries(provided);
  for (const name of fromEnv) {
    const value = env[name];
    if (value) values[name] = value;
  }
  return values;
}

/**
 * Every `${NAME}` in the `build_args` of `images` that is neither provided for its image nor
 * named in `build-arg-env`, as an error naming file, line and field. Checked for the whole run
 * before the first build, so a bad config stops the run before anything is pushed.
 */
export function buildArgVariableProblems(
  images: readonly PlannedImage[],
  options: {root: string; fromEnv: readonly string[]; dependencyImages: (dir: string) => readonly string[]},
): UserError[] {
  const problems = new Map<string, UserError>();
  for (const image of images) {
    if (image.config.manualBuild) continue;
    const dependencies = dependencyDirs(image, options.root).flatMap(options.dependencyImages);
    const provided = providedArgNames(dependencies);
    const allowed = new Set([...provided, ...options.fromEnv]);
    // The images of one config's `targets:` share its build_args: one error per line.
    for (const problem of unknownVariables(image.config, allowed, provided))
      problems.set(String(problem), problem);
  }
  return [...problems.values()];
}

function unknownVariables(
  config: BuildConfig,
  allowed: ReadonlySet<string>,
  provided: string[],
): UserError[] {
  return config.buildArgs.flatMap((arg, i) => {
    const field = `build_args[${i}]`;
    const location = {file: config.file, ...config.positions[field]};
    return [...new Set(variableNames(arg))]
      .filter((name) => !allowed.has(name))
      .map((name) => {
        const why = isSecretName(name)
          ? `\${${name}} looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image`
          : `\${${name}} is neither a value hephy-builder provides for this image (${provided.join(', ')}) nor named in the build-arg-env input`;
        return new UserError(why, {location, field});
      });
  });
}

/**
 * The config's `build_args` with `${NAME}` expanded from `values` (argValues). An unset variable
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
