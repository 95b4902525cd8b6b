import {UserError} from '../../errors.js';
import {NAMINGS, resolveTagScheme, type Naming, type TagScheme} from '../../plan/names.js';
import {inputReader} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import type {RegistryLogin} from '../../shared/registry-login.js';
import type {CredentialOptions} from '../../registry/credentials.js';
import {parseRepository, repositoryName} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';
import type {Ports} from '../../ports.js';
import {createRegistryClient, type RegistryClient} from '../../registry/client.js';
import type {Sleep} from '../../registry/retry.js';

/** The registry inputs of every step that talks to a registry: build-arch, merge-manifest, retag. */
export interface RegistryInputs {
  /** `registry.example.com/team/images`, or `oci:<dir>` for an OCI image layout. */
  repository: string;
  username: string;
  password: string;
  /** The login the CI job was given by its platform (GitLab's CI_REGISTRY_*), if any. */
  jobLogin?: RegistryLogin;
}

/** Reads `repository`, `username` and `password`; the password is masked before anything else. */
export function readRegistryInputs(platform: Platform): RegistryInputs {
  const input = inputReader((name) => platform.input(name));
  const password = input.string('password');
  if (password) platform.log.addSecret(password);
  const repository = input.string('repository');
  if (!repository) {
    throw new UserError('is required: the registry repository, like registry.example.com/team/images', {
      field: 'input repository',
    });
  }
  try {
    parseRepository(repository);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, {field: 'input repository'});
    throw error;
  }
  const username = input.string('username');
  if (password && !username) {
    throw new UserError('is set but username is empty: set both or neither', {field: 'input password'});
  }
  const jobLogin = platform.registryLogin();
  return {repository, username, password, ...(jobLogin ? {jobLogin} : {})};
}

/**
 * The `repository` input as the one reference its images are named by, its requests go to and
 * its credentials are looked up for: `team/images` is `index.docker.io/team/images`.
 */
export function targetRepository(inputs: Pick<RegistryInputs, 'repository'>): Reference {
  return parseRepository(inputs.repository);
}

/** How this run names its images, in the parsed repository (`index.docker.io/team/images:curl-…`). */
export function imageTagScheme(
  inputs: Pick<RegistryInputs, 'repository'> & {naming: Naming; date?: string},
  event: Parameters<typeof resolveTagScheme>[1],
  now: Date,
): TagScheme {
  return resolveTagScheme(
    {naming: inputs.naming, repository: repositoryName(targetRepository(inputs)), date: inputs.date ?? ''},
    event,
    now,
  );
}

/**
 * How the registry client and the backends' auth file resolve credentials for these inputs: the
 * username and password belong to the parsed repository's registry host, and to no other.
 */
export function credentialOptions(inputs: RegistryInputs): CredentialOptions {
  const target = targetRepository(inputs);
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

/** What build-arch, merge-manifest and retag all need: where the images go and which they are. */
export interface ImageSetInputs extends RegistryInputs {
  naming: Naming;
  /** '' = today (UTC); off the default branch `-<branch>` is added. */
  date: string;
  /** The image directories: a list, or a file of them; '' = `<output-dir>/dirs.txt`. */
  dirs: string;
  root: string;
  insecureRegistries: string[];
  outputDir: string;
}

export function readImageSetInputs(platform: Platform): ImageSetInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readRegistryInputs(platform),
    naming: input.choice('naming', NAMINGS, 'tag-prefix'),
    date: input.string('date'),
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    insecureRegistries: input.list('insecure-registries'),
    outputDir: input.string('output-dir', '.'),
  };
}

export function registryClient(
  inputs: RegistryInputs & {insecureRegistries: string[]},
  ports: Ports,
  sleep?: Sleep,
): RegistryClient {
  return createRegistryClient({
    ports,
    credentials: credentialOptions(inputs),
    insecureRegistries: inputs.insecureRegistries,
    ...(sleep ? {sleep} : {}),
  });
}
