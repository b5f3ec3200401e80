/**
 * One page of a fake's campaign list, under the endless-list fault when it is on (faults.ts
 * `EndlessList`): the same slice of the matching campaigns otherwise. Each fake gives the way it
 * copies a campaign under a made-up id; nothing is added to the state, the copies exist only in
 * the answer.
 */
import type { FakeContext } from '../fake.js';

/** The total an endless list reports: more than any client should ever page through. */
export const ENDLESS_TOTAL = 1_000_000_000;

export interface ListWindow<T> {
  readonly page: readonly T[];
  /** The number of matching campaigns the vendor reports. */
  readonly total: number;
  /** Whether the vendor says another page follows. */
  readonly more: boolean;
}

export interface EndlessOptions<T> {
  /** The `index`-th campaign of the list past the real ones: `template` under a made-up id. */
  copy(template: T, index: number): T;
  /**
   * The vendor says "more" in so many words (`hasMore`, `has_next_page`) rather than by a full
   * page: past the real campaigns a page then holds one copy. The list is as endless, and a
   * client's thousand pages of it are read in seconds instead of minutes.
   */
  readonly saysMore?: boolean;
}

/**
 * Campaigns `from` to `from + size - 1` of `rows`; with the fault on, the list goes on past them
 * (`new`, copies of `rows`) or starts again (`repeat`, every page the first one, filled up to
 * `size`). A list with nothing in it stays empty: there is nothing to copy.
 */
export function listWindow<T>(rows: readonly T[], from: number, size: number, ctx: FakeContext, opts: EndlessOptions<T>): ListWindow<T> {
  const mode = ctx.faults?.endlessList;
  const real = rows.slice(from, from + size);
  if (mode === undefined || rows.length === 0) return { page: real, total: rows.length, more: from + size < rows.length };
  const at = (i: number): T => (mode === 'repeat' ? rows[i % rows.length]! : (rows[i] ?? opts.copy(rows[i % rows.length]!, i)));
  const first = mode === 'repeat' ? 0 : from;
  const length = mode === 'new' && opts.saysMore ? Math.max(1, real.length) : size;
  return { page: Array.from({ length }, (_, i) => at(first + i)), total: ENDLESS_TOTAL, more: true };
}

/** A made-up UUID for the `index`-th copy: version 4 in form, the index in its last group. */
export function madeUpUuid(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
