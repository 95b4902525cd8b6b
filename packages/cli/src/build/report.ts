import {errorMessage, UserErrors} from '@hephy-builder/core';
import {renderTable} from '../progress.js';
import {published, type BuildRow} from './build-jobs.js';
import {logTail} from './job-log.js';
import {nextStep} from './next-step.js';
import type {LocalBuildResult} from './pipeline.js';

/** `sha256:` and the first 12 hex digits: enough to tell images apart in a table (--json has all). */
function shortDigest(digest: string): string {
  return digest ? digest.slice(0, 'sha256:'.length + 12) : '';
}

function buildCell(row: BuildRow): string {
  if (row.status === 'pushed') return row.reference;
  if (row.status === 'reused') return `${row.reference} (reused)`;
  return row.status === 'failed' ? '(failed)' : '(skipped)';
}

/** The final table: per image its arch images, its index and its extra tags, in build order. */
export function resultTable(result: LocalBuildResult): string {
  const rows: string[][] = [];
  for (const image of result.images) {
    for (const row of result.builds.filter((b) => b.image === image)) {
      rows.push([image, row.arch, buildCell(row), shortDigest(row.digest)]);
    }
    for (const m of result.manifests.filter((x) => x.image === image)) {
      rows.push([image, 'index', m.reference, shortDigest(m.digest)]);
    }
    for (const t of result.tags.filter((x) => x.image === image)) {
      rows.push([image, 'tag', t.reference, shortDigest(t.digest)]);
    }
  }
  return renderTable(['IMAGE', 'ARCH/INDEX/TAG', 'REFERENCE', 'DIGEST'], rows);
}

/** What the person reads after the table: why things were skipped, and what failed with what to do. */
export function resultNotes(result: LocalBuildResult): {notes: string[]; errors: string[]} {
  const notes = result.builds
    .filter((b) => b.status === 'skipped' && b.notHere)
    .map((b) => `skipped ${b.image} ${b.arch}: ${b.reason}`);
  const reused = result.builds.filter((b) => b.status === 'reused').length;
  if (reused > 0)
    notes.push(
      `reused ${reused} of ${result.builds.length} arch images: ${result.repository} already held each with the same fingerprint (--no-reuse builds them all)`,
    );
  const errors: string[] = [];
  for (const row of result.builds) {
    if (row.status === 'skipped' && !row.notHere)
      errors.push(`${row.image} ${row.arch}: not built: ${row.reason}`);
    if (row.status !== 'failed') continue;
    const tail = row.log ? logTail(row.log) : '';
    const hint = nextStep(row.error, row.arch, tail);
    errors.push(
      [
        `${row.image} ${row.arch} failed: ${errorMessage(row.error)}`,
        ...(row.log ? [`  full log: ${row.log}`] : []),
        ...(hint ? [`  what to do: ${hint}`] : []),
      ].join('\n'),
    );
  }
  for (const {step, error, log} of result.stepErrors) {
    const problems = error instanceof UserErrors ? error.errors.map(errorMessage) : [errorMessage(error)];
    errors.push([`${step} failed:`, ...problems.map((p) => `  ${p}`), `  full log: ${log}`].join('\n'));
  }
  return {notes, errors};
}

/** `--json`: the run for machines, with full digests. */
export function resultJson(result: LocalBuildResult): string {
  const json = {
    ok: result.ok,
    repository: result.repository,
    date: result.date,
    why: result.why,
    notes: result.notes,
    images: result.builds.map((row) => ({
      image: row.image,
      arch: row.arch,
      status: row.status,
      ...(published(row) ? {reference: row.reference, digest: row.digest, seconds: row.seconds} : {}),
      ...(row.fingerprint ? {fingerprint: row.fingerprint} : {}),
      ...(row.reason ? {reason: row.reason} : {}),
      ...(row.error !== undefined ? {error: errorMessage(row.error), log: row.log} : {}),
    })),
    manifests: result.manifests,
    tags: result.tags,
    errors: result.stepErrors.map(({step, error, log}) => ({step, error: errorMessage(error), log})),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
