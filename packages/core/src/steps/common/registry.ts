import {UserError} from '../../errors.js';
import {resolveTagScheme, type Naming, type TagScheme} from '../../plan/names.js';
import {IMAGE_SET_INPUTS} from '../../inputs/image-set.js';
import {readInputs, type InputTable, type InputValues} from '../../inputs/table.js';
import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import type {RegistryLogin} from '../../shared/registry-login.js';
import type {CredentialOptions} from '../../registry/credentials.js';
import {parseRepository} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import type {Ports} from '../../ports.js';
import {
  createRegistryClient,
  type RegistryClient,
  type RegistryClientOptions,
} from '../../registry/client.js';

/** The registry inputs of every step that talks to a registry: build-arch, merge-manifest, retag. */
export interface RegistryInputs {
  /** `registry.example.com/team/images`, or `oci:<dir>` for an OCI image layout. */
  repository: string;
  /** `repository`, parsed once where the inputs are read: what naming, requests and credentials use. */
  target: Reference;
  username: string;
  password: string;
  /** The login the CI job was given by its platform (GitLab's CI_REGISTRY_*), if any. */
  jobLogin?: RegistryLogin;
}

const {repository, username, password} = IMAGE_SET_INPUTS;
/** The three inputs every registry step has, alone. */
export const REGISTRY_INPUTS = {repository, username, password};

/**
 * Reads a registry step's inputs through its table (at least `repository`, `username` and
 * `password`: `REGISTRY_INPUTS`), the password masked before anything else, and checks them
 * (`checkRegistryInputs`): the one reader of build-arch, merge-manifest and retag.
 */
export function readRegistryInputs<
  T extends InputTable & Record<'repository' | 'username' | 'password', {readonly type: 'string'}>,
>(platform: Platform, table: T): InputValues<T> & RegistryInputs {
  const values = readInputs(table, platformInputs(platform), {
    addSecret: (secret) => platform.log.addSecret(secret),
  });
  // T's three inputs are strings (its bound says so); the mapped type loses that, so say it once.
  const registry = values as unknown as Pick<RegistryInputs, 'repository' | 'username' | 'password'>;
  return {...values, ...checkRegistryInputs(registry, platform)};
}

/**
 * Checks the registry inputs a step's table read: the repository is set and parses (the one
 * parse of it: `target`), a password comes with a username; adds the login the platform gave the job.
 */
export function checkRegistryInputs(
  values: Pick<RegistryInputs, 'repository' | 'username' | 'password'>,
  platform: Pick<Platform, 'registryLogin'>,
): RegistryInputs {
  const {repository, username, password} = values;
  if (!repository) {
    throw new UserError('is required: the registry repository, like registry.example.com/team/images', {
      field: 'input repository',
    });
  }
  const target = parseTarget(repository, 'input repository');
  if (password && !username) {
    throw new UserError('is set but username is empty: set both or neither', {field: 'input password'});
  }
  const jobLogin = platform.registryLogin();
  return {repository, target, username, password, ...(jobLogin ? {jobLogin} : {})};
}

/**
 * The `repository` input (or CLI option, named by `field`) parsed, where it is read: the one
 * parse of it, so a bad repository stops a step before it does anything else.
 */
export function parseTarget(repository: string, field: string): Reference {
  try {
    return parseRepository(repository);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, {field});
    throw error;
  }
}

/**
 * How this run names its images, in the repository parsed from the inputs: `team/images` is
 * `index.docker.io/team/images` (`index.docker.io/team/images:curl-…`).
 */
export function imageTagScheme(
  inputs: Pick<RegistryInputs, 'target'> & {naming: Naming; date?: string},
  event: Parameters<typeof resolveTagScheme>[1],
  now: Date,
): TagScheme {
  return resolveTagScheme(
    {naming: inputs.naming, repository: inputs.target, date: inputs.date ?? ''},
    event,
    now,
  );
}

/**
 * How the registry client and the backends' auth file resolve credentials for these inputs: the
 * username and password belong to the parsed repository's registry host, and to no other.
 */
export function credentialOptions(inputs: RegistryInputs): CredentialOptions {
  const {target} = inputs;
  // An OCI layout has no registry: the inputs belong to no host, and must not go to the hosts a
  // Dockerfile pulls from (unset `host` would mean every host).
  if (target.kind === 'layout') return inputs.jobLogin ? {job: inputs.jobLogin} : {};
  return {
    username: inputs.username,
    password: inputs.password,
    host: target.host,
    ...(inputs.jobLogin ? {job: inputs.jobLogin} : {}),
  };
}

/**
 * The one registry client of a step, from its registry inputs; `options` tune its waiting (a
 * test's sleep, the plan report's short timeout), never its credentials or hosts.
 */
export function registryClient(
  inputs: RegistryInputs & {insecureRegistries: readonly string[]},
  ports: Ports,
  options: Pick<RegistryClientOptions, 'sleep' | 'retry' | 'timeoutMs'> = {},
): RegistryClient {
  return createRegistryClient({
    ports,
    credentials: credentialOptions(inputs),
    insecureRegistries: inputs.insecureRegistries,
    ...options,
  });
}
