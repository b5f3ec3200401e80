/**
 * Reading a vendor's paged campaign list: "until every wanted id is found" for plan, "every page"
 * for import. One loop for every provider, because the loop is where a vendor's bug turns into a
 * run that never ends: a list that keeps saying "more" while serving the same page, an empty page
 * that still says "more", a next offset that does not move. Each of those ends here with an error
 * naming the vendor, the account and what it did, and no list is read past `MAX_PAGES` pages.
 *
 * A total the vendor reports may stop reading early (the caller's `lastPage`), never keep it going.
 */

/** One page as the vendor answered it. */
export interface ListPage<T> {
  /** The listed campaigns that carry an id (see lenient.ts `rowsOf`). */
  readonly rows: readonly T[];
  /** Entries that are not rows (no usable id, soft-deleted…): skipped, but they count as the page holding something. */
  readonly skipped?: number;
  /** Whether another page follows, as the vendor says it (`hasMore`, a full page, `has_next_page`). */
  readonly more: boolean;
  /** Where the vendor says the next page starts, when it says (chained lists only). */
  readonly next?: number;
}

/**
 * The safety bound: 1,000 pages, 100,000 campaigns at the usual 100 a page, ten times the
 * largest account any vendor's documentation mentions. Reaching it is an error, not a quiet stop:
 * a plan that silently missed campaigns would be worse than one that says it cannot read them.
 */
export const MAX_PAGES = 1000;

export interface PagedList<T> {
  /** For errors: `Topsort`. */
  readonly vendor: string;
  /** For errors: the account's name in campaignctl.yaml. */
  readonly account: string;
  /** For errors: how the vendor says more pages follow (`hasMore`, `full pages`). */
  readonly moreSignal: string;
  /** For errors: what the cursor is called (`offset`, `page`). */
  readonly cursorName: string;
  /** Cursor of the first page. */
  readonly first: number;
  /**
   * Cursor distance between pages when it is known ahead (lists addressed by page number or by
   * index): pages after the first are then read `inFlight` at a time. A function is given the first
   * page (a vendor that serves fewer rows than asked says so there). Undefined: each cursor comes
   * from the previous answer, its `next`, else the previous cursor plus the entries it held.
   */
  readonly stride?: number | ((first: ListPage<T>) => number);
  /** Pages requested together (only with `stride`); the HTTP client still bounds concurrency. */
  readonly inFlight?: number;
  /** Safety bound for this list; `MAX_PAGES` unless a test says otherwise. */
  readonly maxPages?: number;
  fetch(cursor: number): Promise<ListPage<T>>;
  idOf(row: T): string;
}

export interface PagingOptions<T> {
  /** Rows seen for the first time, page by page in list order. */
  onRows(rows: readonly T[]): void;
  /** Checked after each page (or wave of pages): true stops reading (every wanted id found). */
  enough?(pagesRead: number): boolean;
  /**
   * The last page there can be, as far as the vendor's documented limits or its reported total
   * tell; reading stops there quietly. Asked before each wave, so it may depend on the first page.
   */
  lastPage?(): number | undefined;
}

export interface PagingResult {
  readonly pages: number;
  /** Entries listed, repeats and skipped ones included. */
  readonly listed: number;
}

/** What a vendor's list did that would have kept campaignctl paging for ever. */
export class EndlessListError extends Error {
  override readonly name = 'EndlessListError';
}

export async function readPages<T>(list: PagedList<T>, opts: PagingOptions<T>): Promise<PagingResult> {
  const max = list.maxPages ?? MAX_PAGES;
  const seen = new Set<string>();
  let pages = 0;
  let listed = 0;
  const where = (cursor: number) => `page ${pages} (${list.cursorName} ${cursor}) of account \`${list.account}\`'s campaign list`;

  /** Takes one page; true when another page follows. */
  const take = (cursor: number, page: ListPage<T>): boolean => {
    pages++;
    listed += page.rows.length + (page.skipped ?? 0);
    const fresh: T[] = [];
    for (const row of page.rows) {
      const id = list.idOf(row);
      if (seen.has(id)) continue;
      seen.add(id);
      fresh.push(row);
    }
    if (fresh.length > 0) opts.onRows(fresh);
    if (!page.more) return false;
    if (fresh.length === 0 && (page.skipped ?? 0) === 0) {
      throw new EndlessListError(
        `${list.vendor} kept answering ${list.moreSignal}, but ${where(cursor)} brought no campaign the earlier pages had not listed; ` +
          'campaignctl stopped reading rather than page for ever',
      );
    }
    return true;
  };

  let cursor = list.first;
  let page = await list.fetch(cursor);
  const stride = typeof list.stride === 'function' ? list.stride(page) : list.stride;
  let next = stride === undefined ? nextCursor(cursor, page) : undefined;
  if (next !== undefined && page.more && next <= cursor) throw notAdvancing(list, cursor, next);
  let going = take(cursor, page);

  while (going) {
    if (opts.enough?.(pages)) break;
    const last = opts.lastPage?.();
    if (last !== undefined && pages >= last) break;
    if (pages >= max) {
      throw new EndlessListError(
        `${list.vendor} still answered ${list.moreSignal} after ${max.toLocaleString('en-US')} pages of account \`${list.account}\`'s campaign list; ` +
          `campaignctl reads at most ${max.toLocaleString('en-US')} pages of a list`,
      );
    }
    if (stride === undefined) {
      cursor = next!;
      page = await list.fetch(cursor);
      next = nextCursor(cursor, page);
      if (page.more && next <= cursor) throw notAdvancing(list, cursor, next);
      going = take(cursor, page);
      continue;
    }
    const room = Math.min(list.inFlight ?? 1, max - pages, last !== undefined ? last - pages : Infinity);
    const cursors = Array.from({ length: room }, (_, i) => cursor + (i + 1) * stride);
    const answers = await Promise.all(cursors.map((c) => list.fetch(c)));
    cursor = cursors[cursors.length - 1]!;
    for (let i = 0; i < answers.length && going; i++) going = take(cursors[i]!, answers[i]!);
  }
  return { pages, listed };
}

function nextCursor(cursor: number, page: ListPage<unknown>): number {
  return page.next ?? cursor + page.rows.length + (page.skipped ?? 0);
}

function notAdvancing(list: Pick<PagedList<unknown>, 'vendor' | 'account' | 'cursorName' | 'moreSignal'>, cursor: number, next: number): EndlessListError {
  return new EndlessListError(
    `${list.vendor}'s campaign list of account \`${list.account}\` did not advance past ${list.cursorName} ${cursor} ` +
      `(it answered ${list.moreSignal} with the next page at ${list.cursorName} ${next}); campaignctl stopped reading rather than page for ever`,
  );
}
