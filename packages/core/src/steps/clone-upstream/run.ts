import {mkdtemp, rm} from 'node:fs/promises';
import path from 'node:path';
import {markdownCode, markdownText} from '../../markdown.js';
import {loadPlannedImages} from '../../plan/load.js';
import {resolveDirsInput} from '../common/handoff.js';
import {scratchParent} from '../../platform/scratch.js';
import type {Ports} from '../../ports.js';
import {checkUpstreams, fetchUpstreamSource, type UpstreamSource} from './fetch-upstream.js';
import type {CloneUpstreamInputs} from './inputs.js';

export interface CloneUpstreamResult {
  sources: UpstreamSource[];
}

/**
 * For every directory in `dirs` built from another repository: fetch exactly its ref and pack
 * the tree. Every URL and ref is checked first, so one hostile config stops the step before any
 * git runs for any directory. Directories with several targets are fetched once.
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
  const sources: UpstreamSource[] = [];
  try {
    for (const upstream of upstreams) {
      const source = await ports.log.group(
        `clone ${upstream.dir}: ${upstream.url.display} ${upstream.ref}`,
        () =>
          fetchUpstreamSource(
            upstream,
            {outputDir: inputs.outputDir, scratch, allowProtocols: inputs.allowProtocols},
            ports,
          ),
      );
      ports.log.info(
        `${source.dir}: ${source.ref} is ${source.commit} -> ${source.archive} (${source.bytes} bytes)`,
      );
      sources.push(source);
    }
  } finally {
    await rm(scratch, {recursive: true, force: true});
  }
  return {sources};
}

/** The job summary: one row per fetched upstream. */
export function cloneUpstreamSummary(result: CloneUpstreamResult): string {
  if (result.sources.length === 0) return 'No image in `dirs` is built from an upstream repository.';
  const rows = result.sources.map(
    (s) =>
      `| ${markdownText(s.dir)} | ${markdownCode(s.repository)} | ${markdownCode(s.ref)} | ${markdownCode(s.commit.slice(0, 12))} | ${s.bytes} |`,
  );
  return ['| dir | repository | ref | commit | archive bytes |', '|---|---|---|---|---|', ...rows].join('\n');
}
