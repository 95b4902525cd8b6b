import {UserError} from '../errors.js';
import type {Exec, Logger} from '../ports.js';
import type {Credential} from './credential.js';

/** What helpers print when they hold nothing for the server (docker/cli `IsErrCredentialsNotFound`). */
const NOT_FOUND = /credentials not found/i;

/**
 * Asks `docker-credential-<name> get` for a server's credentials: the server URL on standard
 * input, `{"Username","Secret"}` on standard output. `Username: "<token>"` marks an identity token.
 * Undefined when the helper has nothing for this server.
 */
export async function readCredentialHelper(
  helper: string,
  serverUrl: string,
  ports: {exec: Exec; log: Logger},
): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  let result;
  try {
    result = await ports.exec.run(program, ['get'], {input: serverUrl, allowFailure: true});
  } catch (error) {
    throw new UserError(
      `the Docker config names the credential helper "${helper}" for ${serverUrl}, but ${program} could not be started: install it or remove it from config.json`,
      {cause: error},
    );
  }
  if (result.exitCode !== 0) {
    if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return undefined;
    // The helper's output could hold a secret; the masker has not seen it, so it is not shown.
    throw new UserError(`${program} get failed for ${serverUrl} with exit code ${result.exitCode}`);
  }
  let parsed: {Username?: unknown; Secret?: unknown};
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    throw new UserError(`${program} get printed something that is not JSON for ${serverUrl}`);
  }
  const username = typeof parsed.Username === 'string' ? parsed.Username : '';
  const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
  if (!secret) return undefined;
  ports.log.addSecret(secret);
  return username === '<token>' || !username
    ? {kind: 'identity', username: '<token>', token: secret}
    : {kind: 'basic', username, password: secret};
}
