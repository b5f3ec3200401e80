/**
 * Finding a campaign by id without reading the whole list on every request: a benchmark account
 * of 20,000 campaigns is read with 20,000 GETs, and a scan per GET made that quadratic.
 *
 * The index (key → positions, per list array) is a hint, never the truth. Tests, the harness and
 * `PUT /_sandbox/state` change the state behind the fakes' backs (an element replaced, an id
 * edited, a splice, a new array), so:
 * - every position it gives is checked: the element there must still carry the key and satisfy
 *   the caller's conditions, else the index is rebuilt from the list as it is now;
 * - a key it does not know, or whose elements all fail the conditions, is looked for by a scan
 *   (the answer a 404 gives stays exact), and the index is rebuilt when the scan finds it;
 * - an array that grew is indexed for its new tail (a push), one that shrank is rebuilt.
 * A fresh index answers exactly as `items.findIndex` would, duplicates included. One case it
 * cannot see without the scan it exists to avoid: the same number of elements, one of them
 * changed in place to carry a key a later element already has (two live campaigns with one id,
 * which no fake creates); until the index is next rebuilt, the later one is found.
 */

interface Built {
  /** Positions of each key, ascending. */
  readonly positions: Map<unknown, number[]>;
  /** How many elements of the array are indexed. */
  length: number;
}

export interface IdIndex<T> {
  /**
   * The position of the first element whose key is `key` (`===`) and that `accept` takes, as
   * `items.findIndex` would answer it; -1 when there is none.
   */
  find(items: readonly T[], key: unknown, accept?: (item: T) => boolean): number;
}

const always = (): boolean => true;

/** An index of lists of `T` by `keyOf` (one per kind of lookup; it keeps one map per array). */
export function idIndex<T>(keyOf: (item: T) => unknown): IdIndex<T> {
  const byArray = new WeakMap<readonly T[], Built>();

  const extend = (built: Built, items: readonly T[]): void => {
    for (let i = built.length; i < items.length; i++) {
      const key = keyOf(items[i]!);
      const at = built.positions.get(key);
      if (at) at.push(i);
      else built.positions.set(key, [i]);
    }
    built.length = items.length;
  };

  const rebuild = (items: readonly T[]): Built => {
    const built: Built = { positions: new Map(), length: 0 };
    extend(built, items);
    byArray.set(items, built);
    return built;
  };

  /** A position that checks out, 'none' when every known position holds the key but is refused, 'stale' when one no longer holds it. */
  const probe = (built: Built, items: readonly T[], key: unknown, accept: (item: T) => boolean): number | 'none' | 'stale' => {
    for (const i of built.positions.get(key) ?? []) {
      const item = items[i]!;
      if (keyOf(item) !== key) return 'stale';
      if (accept(item)) return i;
    }
    return 'none';
  };

  const scan = (items: readonly T[], key: unknown, accept: (item: T) => boolean): number =>
    items.findIndex((item) => keyOf(item) === key && accept(item));

  return {
    find(items, key, accept = always) {
      const built = byArray.get(items);
      if (built && built.length < items.length) extend(built, items);
      if (built && built.length === items.length) {
        const found = probe(built, items, key, accept);
        if (typeof found === 'number') return found;
        if (found === 'none') {
          const i = scan(items, key, accept);
          if (i >= 0) rebuild(items);
          return i;
        }
      }
      // Built now from the list as it is, so its answer is the scan's. (It can still say 'stale'
      // for a NaN key, which Map finds and `===` does not: no element is then found either way.)
      const fresh = probe(rebuild(items), items, key, accept);
      return typeof fresh === 'number' ? fresh : -1;
    },
  };
}
