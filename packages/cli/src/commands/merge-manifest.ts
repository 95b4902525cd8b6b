import {registryOptions, REGISTRY_USAGE, readRegistryOptions} from '../registry-options.js';
import {mergeManifestSummary, runMergeManifest} from '@hephy-builder/core/steps/merge-manifest/run';
import {parseTarget} from '@hephy-builder/core/steps/common/registry';
import type {Command} from '../command.js';

/** `hephy-builder merge-manifest`: the per-arch images of each image as one OCI index. */
export const mergeManifest: Command = {
  summary: 'Join the per-architecture images of each image into one OCI index <image>-<date>.',
  usage: `hephy-builder merge-manifest ${REGISTRY_USAGE} [--no-verify-platforms] [--source-url URL] [--revision SHA]`,
  options: {
    ...registryOptions,
    'no-verify-platforms': {type: 'boolean'},
    'source-url': {type: 'string'},
    revision: {type: 'string'},
  },
  async run(context) {
    const {values, platform, ports, out} = context;
    const registry = readRegistryOptions(context);
    const inputs = {
      ...registry,
      target: parseTarget(registry.repository, 'option repository'),
      verifyPlatforms: values['no-verify-platforms'] !== true,
      sourceUrl: String(values['source-url'] ?? ''),
      revision: String(values.revision ?? ''),
    };
    const {manifests} = await runMergeManifest(inputs, ports, {event: await platform.event()});
    out(values.json ? `${JSON.stringify(manifests, null, 2)}\n` : `${mergeManifestSummary(manifests)}\n`);
    return 0;
  },
};
