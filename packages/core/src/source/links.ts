/** Symlinks followed in one chain while resolving a link inside the archive, as the kernel's limit. */
const MAX_LINK_HOPS = 40;

/**
 * A directory reached while resolving a link, as a persistent list (so that a remembered result
 * is reused without copying). `id` names it among the prefixes of the archive's symlink paths;
 * -1 when no symlink lies at or below it.
 */
interface Place {
  id: number;
  up: Place | undefined;
  depth: number;
}

/**
 * Resolves the archive's symlinks the way the kernel would, substituting its other symlinks on the
 * way (a lexical check alone is fooled by `s -> .` plus `a -> s/..`), and says whether a link
 * stays inside the tree. Each link is resolved once and remembered and each step costs its own
 * name, so thousands of links through 40-deep chains cost the size of the archive, not size x
 * chain x depth. A link that leaves the tree, loops, nests more than 40 links or goes deeper than
 * `maxDepth` does not stay inside.
 */
export function linkResolver(links: ReadonlyMap<string, string>, maxDepth: number): (rel: string) => boolean {
  // Every prefix of every symlink path gets an id: "<parent id>/<name>" -> id; the root is 0.
  const ids = new Map<string, number>();
  const linkAt = new Map<number, string>();
  for (const rel of links.keys()) {
    let id = 0;
    for (const part of rel.split('/')) {
      const key = `${id}/${part}`;
      let child = ids.get(key);
      if (child === undefined) ids.set(key, (child = ids.size + 1));
      id = child;
    }
    linkAt.set(id, rel);
  }
  const root: Place = {id: 0, up: undefined, depth: 0};
  const enter = (place: Place, part: string): Place => ({
    id: place.id < 0 ? -1 : (ids.get(`${place.id}/${part}`) ?? -1),
    up: place,
    depth: place.depth + 1,
  });
  const memo = new Map<string, Place | null>();
  const active = new Set<string>();

  const resolve = (rel: string): Place | null => {
    const known = memo.get(rel);
    if (known !== undefined) return known;
    // A loop, or a chain deeper than the kernel follows. Any null refuses the whole archive, so
    // remembering one found deep in a chain never wrongly refuses a link checked later.
    if (active.has(rel) || active.size >= MAX_LINK_HOPS) return null;
    active.add(rel);
    const result = walk(rel);
    active.delete(rel);
    memo.set(rel, result);
    return result;
  };

  const walk = (rel: string): Place | null => {
    const target = links.get(rel) ?? '';
    if (target.startsWith('/')) return null;
    let place = root;
    const parents = rel.split('/').slice(0, -1);
    for (const part of parents) place = enter(place, part);
    for (const part of target.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (!place.up) return null;
        place = place.up;
        continue;
      }
      place = enter(place, part);
      if (place.depth > maxDepth) return null;
      const link = linkAt.get(place.id);
      if (link === undefined) continue;
      const to = resolve(link);
      if (!to) return null;
      place = to;
    }
    return place;
  };

  return (rel) => resolve(rel) !== null;
}
