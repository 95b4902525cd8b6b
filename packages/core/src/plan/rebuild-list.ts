/** The default rebuild list, at the images root (the seed's `rebuild-weekly.txt`). */
export const DEFAULT_REBUILD_LIST = 'rebuild-weekly.txt';

export interface RebuildEntry {
  dir: string;
  line: number;
}

/**
 * A rebuild list: one image directory a line; `#` starts a comment (whole-line or trailing),
 * blank lines are ignored, a trailing `/` is dropped, repeats count once.
 */
export function parseRebuildList(text: string): RebuildEntry[] {
  const seen = new Set<string>();
  const entries: RebuildEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const dir = (raw.split('#')[0] as string).trim().replace(/\/+$/, '');
    if (dir === '' || seen.has(dir)) return;
    seen.add(dir);
    entries.push({dir, line: index + 1});
  });
  return entries;
}
