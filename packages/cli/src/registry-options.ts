import {readFileSync} from 'node:fs';
import {NAMINGS, type Naming} from '@hephy-builder/core/plan/names';
import {parseListInput} from '@hephy-builder/core/inputs/read';
import {UsageError, type CommandContext} from './command.js';

/** Where the CLI keeps images when no --repository is given: an OCI image layout, no server needed. */
export const DEFAULT_TARGET = 'oci:.hephy/images';

/** The options merge-manifest and retag share. */
export const registryOptions = {
  repository: {type: 'string'},
  naming: {type: 'string'},
  date: {type: 'string'},
  dirs: {type: 'string'},
  root: {type: 'string'},
  'output-dir': {type: 'string'},
  'insecure-registry': {type: 'string', multiple: true},
  username: {type: 'string'},
  'password-stdin': {type: 'boolean'},
  json: {type: 'boolean'},
} as const;

export const REGISTRY_USAGE =
  '[--repository HOST/PATH|oci:DIR] [--naming tag-prefix|repository] [--date YYYYMMDD] [--dirs DIRS] [--root DIR] [--output-dir DIR] [--insecure-registry HOST]... [--username USER --password-stdin] [--json]';

/** The shared options as step inputs; the password comes from standard input, never from argv. */
export function readRegistryOptions(
  context: CommandContext,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
) {
  const {values, positionals, platform} = context;
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const naming = String(values.naming ?? 'tag-prefix');
  if (!(NAMINGS as readonly string[]).includes(naming))
    throw new UsageError(`--naming "${naming}" is not one of ${NAMINGS.join(', ')}`);
  const password = values['password-stdin'] ? readStdin().replace(/\r?\n$/, '') : '';
  if (password) platform.log.addSecret(password);
  if (password && !values.username) throw new UsageError('--password-stdin needs --username');
  return {
    repository: String(values.repository ?? DEFAULT_TARGET),
    naming: naming as Naming,
    date: String(values.date ?? ''),
    dirs: String(values.dirs ?? ''),
    root: String(values.root ?? '.'),
    outputDir: String(values['output-dir'] ?? '.'),
    insecureRegistries: ((values['insecure-registry'] as string[] | undefined) ?? []).flatMap(parseListInput),
    username: String(values.username ?? ''),
    password,
  };
}
