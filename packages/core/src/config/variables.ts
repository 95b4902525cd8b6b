import {UserError} from '../errors.js';
import type {Env} from '../ports.js';
import {ARG_NAME_PATTERN} from './rules.js';

/**
 * `${NAME}` exactly as config validation accepts it (rules.ts `badPlaceholder`): no `${X:-y}`,
 * no bare `$X`, so what the config check lets through is what gets expanded.
 */
const VARIABLE = new RegExp(String.raw`\$\{(${ARG_NAME_PATTERN.source.slice(1, -1)})\}`, 'g');

/**
 * `text` with each `${NAME}` replaced from `env`, by our code and never a shell, so `$(cmd)`,
 * backticks and `;` stay literal text. An unset or empty variable becomes '' and is reported to
 * `onMissing`: the caller decides whether that is a warning or an error.
 */
export function expandVariables(text: string, env: Env, onMissing: (name: string) => void): string {
  return text.replace(VARIABLE, (_match, name: string) => {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
    onMissing(name);
    return '';
  });
}

/** The `${NAME}`s in `text`, in order. */
export function variableNames(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((match) => match[1] as string);
}

/**
 * Names of variables that hold secrets on a runner: the step's own inputs (`INPUT_PASSWORD`),
 * the runner's (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_URL`), and anything called a
 * token, password, secret, credential, private key, auth, key, JWT or cookie
 * (`CI_JOB_TOKEN`, `CI_REGISTRY_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, `DOCKER_AUTH_CONFIG`).
 * A config's `${NAME}` may never read one, even when the workflow owner lists it.
 */
const SECRET_NAME =
  /^(?:INPUT|ACTIONS)_|TOKEN|PASSW(?:OR)?D|SECRET|CREDENTIAL|PRIVATE|JWT|COOKIE|(?:^|_)AUTH|(?:^|_)KEY(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * The `build-arg-env` input: the environment variables a config's `${NAME}` may read, besides
 * the values hephy-builder provides. Each must be a variable name, and none may look like a
 * secret: a build arg's value ends up in the image (its history, or a `LABEL` that uses it).
 */
export function parseBuildArgEnv(names: readonly string[]): string[] {
  const bad = names.filter((name) => !ARG_NAME_PATTERN.test(name));
  if (bad.length > 0) {
    throw new UserError(`${bad.join(', ')}: not a variable name (letters, digits and _)`, {
      field: 'input build-arg-env',
    });
  }
  const secret = names.filter(isSecretName);
  if (secret.length > 0) {
    throw new UserError(
      `${secret.join(', ')} ${secret.length > 1 ? 'look' : 'looks'} like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image`,
      {field: 'input build-arg-env'},
    );
  }
  return [...new Set(names)];
}
