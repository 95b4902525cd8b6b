/**
 * "Did you mean" for typos in keys and values. Optimal string alignment distance (Levenshtein
 * plus adjacent transposition), so `platfroms` is one edit from `platforms`.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Case and `-`/`_` do not count as typos: `Build-Args` is `build_args`. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/-/g, '_');
}

/**
 * The candidate nearest to `word`, if it is near enough to be a typo (at most a third of its
 * length, at least one edit), or the one candidate `word` abbreviates (`tags` ->
 * `additional_tags`, `dockerfile` -> `dockerfile_path`).
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(word);
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const known = normalise(candidate);
    // The distance is at least the difference in length: a value of megabytes is no typo of
    // `true`, and its distance table would take seconds to fill.
    if (Math.abs(wanted.length - known.length) > limit) continue;
    const distance = editDistance(wanted, known);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best !== undefined && bestDistance <= limit) return best;
  const abbreviated = candidates.filter((c) => {
    const known = normalise(c);
    return known.startsWith(`${wanted}_`) || known.endsWith(`_${wanted}`);
  });
  return abbreviated.length === 1 ? abbreviated[0] : undefined;
}

/** ` (did you mean `x`?)`, or '' when nothing is near. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = nearest(word, candidates);
  return match === undefined ? '' : ` (did you mean \`${match}\`?)`;
}
