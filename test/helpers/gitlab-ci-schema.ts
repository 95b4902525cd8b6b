import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv';
import {repoRoot} from './runner.js';

/**
 * GitLab's CI schema (app/assets/javascripts/editor/schema/ci.json, as bundled by gitlab-ci-local
 * 4.75; sha256 7568b544…fc4dda), copied into test/fixtures so tests never read outside the repo.
 */
export const GITLAB_CI_SCHEMA = path.join(repoRoot, 'test', 'fixtures', 'gitlab-ci.schema.json');

let compiled: ValidateFunction | undefined;

/** Validates ONE YAML document (already parsed); returns readable errors, [] when valid. */
export function gitlabSchemaErrors(document: unknown): string[] {
  if (!compiled) {
    // The schema uses formats (uri, uri-reference) that ajv-formats would add; they are not what we test.
    const ajv = new Ajv({strict: false, allErrors: false, validateFormats: false});
    compiled = ajv.compile(JSON.parse(readFileSync(GITLAB_CI_SCHEMA, 'utf8')) as object);
  }
  if (compiled(document)) return [];
  return (compiled.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
