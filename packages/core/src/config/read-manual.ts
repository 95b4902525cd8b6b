import type {ConfigReader, Entry} from './config-reader.js';
import {archLabel} from '../shared/platform-spec.js';
import {readReference} from './read-backend.js';
import {nearest} from './suggest.js';
import type {PlatformSpec} from '../shared/platform-spec.js';

/**
 * `manual_build` + `manual_images`: nothing is built; the index is made of images pushed by
 * hand, one per architecture of `platforms`, keyed by arch label (`amd64`, `arm64`, `armv7`).
 */
export function readManualImages(
  reader: ConfigReader,
  fields: Map<string, Entry>,
  options: {manualBuild: boolean; platforms: readonly PlatformSpec[]},
): Record<string, string> {
  const entry = fields.get('manual_images');
  const labels = options.platforms.map(archLabel);
  const images: Record<string, string> = {};
  if (!entry) {
    const manualEntry = fields.get('manual_build');
    if (options.manualBuild && manualEntry) {
      reader.report(manualEntry, `needs \`manual_images\` with a reference for each of ${labels.join(', ')}`);
    }
    return images;
  }
  if (!options.manualBuild)
    reader.report(entry, 'is used only with `manual_build: true`; add that or remove this');
  for (const [label, image] of reader.mapping(entry) ?? []) {
    if (!labels.includes(label)) {
      const suggestion = nearest(label, labels);
      const hint = suggestion ? `did you mean \`${suggestion}\`? ` : '';
      reader.report(
        image,
        `\`${label}\` is not an architecture of this image (${hint}platforms give ${labels.join(', ')})`,
      );
      continue;
    }
    const reference = readReference(reader, image);
    if (reference !== undefined) images[label] = reference;
  }
  const missing = labels.filter((label) => !(label in images) && !reader.positions[`manual_images.${label}`]);
  if (options.manualBuild && missing.length > 0) {
    reader.report(entry, `has no image for ${missing.join(', ')}: add one per platform`);
  }
  return images;
}
