import {UserError} from '../../errors.js';
import {NAMINGS, type Naming} from '../../plan/names.js';
import {inputReader} from '../../platform/inputs.js';
import type {Platform} from '../../platform/platform.js';

export interface MergeManifestInputs {
  /** `registry.example.com/team/images`, or `oci:<dir>` for an OCI image layout. */
  repository: string;
  naming: Naming;
  /** '' = today (UTC); off the default branch `-<branch>` is added. */
  date: string;
  dirs: string;
  root: string;
  insecureRegistries: string[];
  outputDir: string;
  username: string;
  password: string;
  /** Read each image's config and fail when its platform is not the one the build asked for. */
  verifyPlatforms: boolean;
  /** `org.opencontainers.image.source` on each index ('' = none). */
  sourceUrl: string;
  /** `org.opencontainers.image.revision` ('' = the commit of the run's event). */
  revision: string;
}

/** Reads the shared `repository`, `username` and `password` inputs; the password is masked at once. */
export function readRegistryInputs(platform: Platform): {
  repository: string;
  username: string;
  password: string;
} {
  const input = inputReader((name) => platform.input(name));
  const repository = input.string('repository');
  if (!repository) {
    throw new UserError('is required: the registry repository, like registry.example.com/team/images', {
      field: 'input repository',
    });
  }
  const password = input.string('password');
  if (password) platform.log.addSecret(password);
  const username = input.string('username');
  if (password && !username)
    throw new UserError('is set but username is empty: set both or neither', {field: 'input password'});
  return {repository, username, password};
}

export function readMergeManifestInputs(platform: Platform): MergeManifestInputs {
  const input = inputReader((name) => platform.input(name));
  return {
    ...readRegistryInputs(platform),
    naming: input.choice('naming', NAMINGS, 'tag-prefix'),
    date: input.string('date'),
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    insecureRegistries: input.list('insecure-registries'),
    outputDir: input.string('output-dir', '.'),
    verifyPlatforms: input.boolean('verify-platforms', true),
    sourceUrl: input.string('source-url'),
    revision: input.string('revision'),
  };
}
