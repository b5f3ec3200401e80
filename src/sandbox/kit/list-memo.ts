/**
 * A list's filtered and sorted campaigns, remembered from one page of a walk to the next: an
 * account of 20,000 campaigns is read in 200 pages, and sorting all of it for each was most of
 * every page's time.
 *
 * What was remembered is answered only when nothing it was computed from has changed, checked
 * on every request, whoever changed the state (a write, a test, the harness, `PUT
 * /_sandbox/state`):
 * - the same array, of the same length, holding the same objects at the same positions;
 * - each object's facts (the fields the caller's computation reads) the same values (`Object.is`);
 * - the same signature (the query's filters and order, as the caller spells them).
 * The caller's computation must read nothing of a campaign but its facts, and nothing else at
 * all but what its signature names. A fact that is an object or array (which could change
 * inside without changing identity) makes the answer not worth remembering. The check still
 * reads every campaign's facts, but that is far cheaper than a sort.
 */

/** The values of one campaign a list's filters and order read (its own fields, as stored). */
export type Facts<T> = (item: T) => readonly unknown[];

interface Entry<T> {
  readonly signature: string;
  readonly items: readonly T[];
  /** How many facts each item has. */
  readonly width: number;
  /** The facts of every item, item after item. */
  readonly values: readonly unknown[];
  readonly result: unknown;
}

/** Entries remembered per array: a walk, and a few other orders or filters beside it. */
const KEPT = 4;

/**
 * What `compute` answers for `items`, the remembered answer when nothing it read has changed.
 * `signature`: all `compute` depends on besides the items' `facts` (undefined: compute, do not
 * remember). The answer is shared between requests: the caller must not change it.
 */
export type ListMemo<T> = <R>(items: readonly T[], signature: string | undefined, compute: () => R) => R;

/** One memo per list endpoint, with the facts its computation reads of each campaign. */
export function listMemo<T>(facts: Facts<T>): ListMemo<T> {
  const byArray = new WeakMap<readonly T[], Entry<T>[]>();

  return <R>(items: readonly T[], signature: string | undefined, compute: () => R): R => {
    if (signature === undefined) return compute();
    const entries = byArray.get(items) ?? [];
    const at = entries.findIndex((e) => e.signature === signature);
    const hit = entries[at];
    if (hit && unchanged(hit, items, facts)) {
      entries.splice(at, 1);
      entries.unshift(hit);
      return hit.result as R;
    }
    const result = compute();
    const taken = snapshot(items, facts);
    if (taken === undefined) return result;
    if (at >= 0) entries.splice(at, 1);
    entries.unshift({ signature, items: [...items], ...taken, result });
    entries.length = Math.min(entries.length, KEPT);
    byArray.set(items, entries);
    return result;
  };
}

/** Every item's facts; undefined when one is an object, or when items give different numbers of them (not worth remembering). */
function snapshot<T>(items: readonly T[], facts: Facts<T>): { width: number; values: unknown[] } | undefined {
  const values: unknown[] = [];
  let width: number | undefined;
  for (const item of items) {
    const own = facts(item);
    width ??= own.length;
    if (own.length !== width) return undefined;
    for (const v of own) {
      if ((typeof v === 'object' && v !== null) || typeof v === 'function') return undefined;
      values.push(v);
    }
  }
  return { width: width ?? 0, values };
}

function unchanged<T>(entry: Entry<T>, items: readonly T[], facts: Facts<T>): boolean {
  if (entry.items.length !== items.length) return false;
  const { width, values } = entry;
  for (let i = 0, k = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item !== entry.items[i]) return false;
    const own = facts(item);
    if (own.length !== width) return false;
    for (let j = 0; j < width; j++, k++) if (!Object.is(own[j], values[k])) return false;
  }
  return true;
}
