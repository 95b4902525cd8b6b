import type {ConfigReader, Entry} from './config-reader.js';
import {KNOWN_PLATFORMS, parsePlatform, suggestPlatform} from './platform-spec.js';
import {archLabel} from '../shared/platform-spec.js';
import type {PlatformSpec} from '../shared/platform-spec.js';

/**
 * `platforms` (or `ko_config.platforms`): known `os/arch[/variant]` entries, at least one, and no
 * two with the same arch label, since the label names the per-architecture tag.
 */
export function readPlatforms(reader: ConfigReader, entry: Entry): PlatformSpec[] | undefined {
  const items = reader.list(entry);
  if (!items) return undefined;
  if (items.length === 0) return reader.fail(entry, 'must list at least one platform, e.g. [linux/amd64]');
  const byLabel = new Map<string, string>();
  const platforms: PlatformSpec[] = [];
  for (const item of items) {
    const text = reader.string(item);
    if (text === undefined) continue;
    const platform = parsePlatform(text);
    if (!platform) {
      reader.report(item, unknownPlatform(text));
      continue;
    }
    const label = archLabel(platform);
    const earlier = byLabel.get(label);
    if (earlier !== undefined) {
      reader.report(item, `\`${text}\` is the architecture \`${label}\` again (as ${earlier}); list it once`);
      continue;
    }
    byLabel.set(label, item.field);
    platforms.push(platform);
  }
  return platforms;
}

function unknownPlatform(text: string): string {
  const suggestion = suggestPlatform(text);
  const known = `known: ${KNOWN_PLATFORMS.join(', ')}`;
  return `\`${text}\` is not a known platform${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; ${known}`;
}
