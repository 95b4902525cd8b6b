import type {ConfigReader, Entry} from './config-reader.js';
import {isGitRef, isGitRemote, remoteCredential} from './rules.js';
import type {ImageSource} from './types.js';

const FIX =
  'set `use_local_context: true` to build this directory, or `upstream_repo` and `upstream_ref` to build another repository';

/**
 * Where the image's files come from: this directory (`use_local_context: true`) or another
 * repository at a pinned ref (`upstream_repo` + `upstream_ref`), never both. A config with
 * neither is allowed only where the directory is the obvious source: `build_backend: ko` or
 * `spin` (the seed's ko configs say nothing) and `manual_build` (nothing is built).
 */
export function readSource(
  reader: ConfigReader,
  fields: Map<string, Entry>,
  options: {sourceImplied: boolean},
): ImageSource | undefined {
  const localEntry = fields.get('use_local_context');
  const repoEntry = fields.get('upstream_repo');
  const refEntry = fields.get('upstream_ref');
  const submodulesEntry = fields.get('upstream_submodules');
  const local = localEntry && reader.boolean(localEntry);
  const repo = repoEntry && readRemote(reader, repoEntry);
  const ref = refEntry && readRef(reader, refEntry);
  const submodules = submodulesEntry ? reader.boolean(submodulesEntry) : false;
  if (repoEntry || refEntry) {
    if (local === true && localEntry) {
      return reader.fail(
        localEntry,
        'cannot be true together with upstream_repo/upstream_ref: keep one source',
      );
    }
    if (!refEntry && repoEntry)
      return reader.fail(repoEntry, 'needs `upstream_ref`: a branch, tag or full commit SHA');
    if (!repoEntry && refEntry)
      return reader.fail(refEntry, 'needs `upstream_repo`: the repository to build from');
    return repo === undefined || ref === undefined
      ? undefined
      : {kind: 'upstream', repo, ref, submodules: !!submodules};
  }
  if (submodulesEntry) reader.report(submodulesEntry, 'applies only with `upstream_repo`; remove it');
  if (local === true || options.sourceImplied) return {kind: 'local'};
  if (local === false && localEntry)
    return reader.fail(localEntry, `is false but there is no upstream_repo: ${FIX}`);
  if (local === undefined && !localEntry)
    reader.report({field: 'use_local_context', at: {line: 1, column: 1}}, `no source: ${FIX}`);
  return undefined;
}

/**
 * The config is committed (and copied into plan.json), so a credential in the URL is refused,
 * and no message here ever shows one: the URL is quoted with its credentials masked.
 */
function readRemote(reader: ConfigReader, entry: Entry): string | undefined {
  const value = reader.string(entry);
  if (value === undefined) return value;
  const {secret, display} = remoteCredential(value);
  if (secret !== undefined) {
    return reader.fail(
      entry,
      `\`${display}\` holds credentials, and this file is committed: remove them from the URL and give them to git outside the repository, from a git credential helper or a CI variable (see docs/configuration.md)`,
    );
  }
  if (isGitRemote(value)) return value;
  const fix = /^[\w.-]+\.[a-z]+\/\S+$/.test(value) ? ` (write \`https://${value}\`)` : '';
  return reader.fail(
    entry,
    `\`${display}\` is not a git remote: use https://host/owner/repo or git@host:owner/repo${fix}`,
  );
}

function readRef(reader: ConfigReader, entry: Entry): string | undefined {
  const value = reader.string(entry);
  if (value === undefined || isGitRef(value)) return value;
  return reader.fail(entry, `\`${value}\` is not a valid git ref: give a branch, tag or full commit SHA`);
}
