/** Edit distance (Levenshtein), case-insensitive: enough to catch typos in field names. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The candidate nearest to `word`, if it is near enough to be a plausible typo
 * (`end_dat` → `end_date`, `enddate` → `end_date`, `EndDate` → `endDate`).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const squash = (x: string) => x.toLowerCase().replace(/[_\-\s]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = squash(c) === squash(word) ? 0 : editDistance(word, c);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestScore <= allowed ? best : undefined;
}

/** `a, b, c` or `a, b, c, … (12 in all)` for long lists. */
export function listSome(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length} in all)` : shown;
}
