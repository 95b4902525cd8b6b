import {mkdtemp, rm} from 'node:fs/promises';
import path from 'node:path';
import {BUG_NOTE, errorMessage, isBug, UserError} from '../../errors.js';
import {markdownCode, markdownText} from '../../markdown.js';
import {loadPlannedImages} from '../../plan/load.js';
import {resolveDirsInput} from '../common/handoff.js';
import {StepIncomplete} from '../common/partial.js';
import {scratchParent} from '../../platform/scratch.js';
import type {Ports} from '../../ports.js';
import {checkUpstreams, fetchUpstreamSource, type UpstreamSource} from './fetch-upstream.js';
import type {CloneUpstreamInputs} from './inputs.js';

export interface CloneUpstreamResult {
  sources: UpstreamSource[];
  /** Directories whose fetch failed (the ref is gone, the host is down), with why. */
  failed: {dir: string; reason: string}[];
}

/**
 * For every directory in `dirs` built from another repository: fetch exactly its ref and pack
 * the tree. Every URL and ref is checked first, so one hostile config stops the step before any
 * git runs for any directory. Directories with several targets are fetched once. A fetch that
 * fails does not stop the others: their archives are written, and the step then fails naming
 * each directory it could not fetch (StepIncomplete), so only the images built from those fail.
 */
export async function runCloneUpstream(
  inputs: CloneUpstreamInputs,
  ports: Ports,
): Promise<CloneUpstreamResult> {
  const dirs = await resolveDirsInput(inputs.dirs, inputs.outputDir);
  const images = await loadPlannedImages(inputs.root, dirs);
  const configs = [...new Map(images.map((image) => [image.dir, image.config])).values()];
  const upstreams = checkUpstreams(configs, inputs.allowProtocols, ports);
  const scratch = await mkdtemp(path.join(scratchParent(ports.env), 'hephy-clone-'));
  const result: CloneUpstreamResult = {sources: [], failed: []};
  const problems: UserError[] = [];
  try {
    for (const upstream of upstreams) {
      const source = await ports.log
        .group(`clone ${upstream.dir}: ${upstream.url.display} ${upstream.ref}`, () =>
          fetchUpstreamSource(
            upstream,
            {outputDir: inputs.outputDir, scratch, allowProtocols: inputs.allowProtocols},
            ports,
          ),
        )
        .catch((error: unknown) => {
          const reason = isBug(error) ? `${errorMessage(error)} (${BUG_NOTE})` : errorMessage(error);
          const config = configs.find((c) => c.dir === upstream.dir);
          result.failed.push({dir: upstream.dir, reason});
          problems.push(
            new UserError(
              `${upstream.dir}: ${upstream.url.display} ${upstream.ref} was not fetched: ${reason}`,
              {
                ...(config ? {location: {file: config.file, ...config.positions.upstream_ref}} : {}),
                field: 'upstream_ref',
              },
            ),
          );
          return undefined;
        });
      if (!source) continue;
      ports.log.info(
        `${source.dir}: ${source.ref} is ${source.commit} -> ${source.archive} (${source.bytes} bytes)`,
      );
      result.sources.push(source);
    }
  } finally {
    await rm(scratch, {recursive: true, force: true});
  }
  if (problems.length > 0) throw new StepIncomplete(problems, result);
  return result;
}

/** The job summary: one row per fetched upstream. */
export function cloneUpstreamSummary(result: CloneUpstreamResult): string {
  if (result.sources.length + result.failed.length === 0)
    return 'No image in `dirs` is built from an upstream repository.';
  const rows = result.sources.map(
    (s) =>
      `| ${markdownText(s.dir)} | ${markdownCode(s.repository)} | ${markdownCode(s.ref)} | ${markdownCode(s.commit.slice(0, 12))} | ${s.bytes} |`,
  );
  for (const f of result.failed)
    rows.push(
      `| ${markdownText(f.dir)} | not fetched: ${markdownText(f.reason.replace(/\s+/g, ' '))} | | | |`,
    );
  return ['| dir | repository | ref | commit | archive bytes |', '|---|---|---|---|---|', ...rows].join('\n');
}
