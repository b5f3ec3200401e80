/**
 * Reading Masivo campaigns. `GET /campaigns?from=&to=` (0-based, inclusive, at most 100 a page,
 * `count` = total) returns the same objects as `GET /campaigns/{id}`, every managed readable field
 * included, so an account is read a page at a time: one request per 100 campaigns instead of one
 * per campaign. Both ask `includes=CODES_SUMMARY`, which adds COUPONS campaigns' code counts (the
 * only view of the write-only code settings; see coupon-codes.ts).
 *
 * - The first page also tells the account's size (`count`) and the page size Masivo serves (`to`).
 *   When fewer ids are still missing than pages are left (a few campaigns in a big account), those
 *   ids are fetched one GET each instead.
 * - Otherwise the remaining pages are read a few at a time, stopping as soon as every id is found
 *   (the listing order is not documented, so any page may hold any id).
 * - An id that no page held (a campaign created or deleted mid-read shifts the index ranges) is
 *   fetched with one GET; a 404 there means Masivo has no such campaign, and it is left out.
 */
import type { HttpClient } from '../../http/types.js';
import type { LiveCampaign, ReadContext } from '../runtime.js';
import { unreadableNote, type Row } from '../kit/lenient.js';
import { FoundCampaigns } from '../kit/found-campaigns.js';
import { readPages, type ListPage as KitPage, type PagedList } from '../kit/paging.js';
import { campaignOf, listPageOf, type JsonObject, type ListPage } from './wire-types.js';

export const PAGE_SIZE = 100;
/** Pages requested at once after the first (the HTTP client still caps concurrency). */
export const PAGES_IN_FLIGHT = 4;
const INCLUDES = 'CODES_SUMMARY';

async function readPage(http: HttpClient, from: number, size: number, signal?: AbortSignal): Promise<ListPage> {
  const to = from + size - 1;
  const res = await http.request(
    { method: 'GET', path: '/campaigns', query: { from, to, includes: INCLUDES }, purpose: `list campaigns ${from}–${to}` },
    signal,
  );
  const page = listPageOf(res.body);
  if (!page) throw new Error(`Masivo GET /campaigns answered without a \`data\` list (from=${from})`);
  return page;
}

async function readOne(http: HttpClient, id: string, signal?: AbortSignal): Promise<JsonObject | undefined> {
  const res = await http.request(
    { method: 'GET', path: `/campaigns/${encodeURIComponent(id)}`, query: { includes: INCLUDES }, accept: [404], purpose: `read campaign ${id}` },
    signal,
  );
  if (res.status === 404) return undefined;
  const campaign = campaignOf(res.body);
  if (!campaign) throw new Error(`Masivo GET /campaigns/${id} answered without a campaign in \`data\``);
  return campaign;
}

/**
 * The account's list, by index ranges: the first page asks for PAGE_SIZE and tells the page size
 * Masivo serves (`to`) and the account's size (`count`), the rest follow `inFlight` at a time. A
 * page is followed by another while it is full; `count` only stops reading early (`lastPage`).
 */
class CampaignList {
  /** What the first page said. */
  first: ListPage | undefined;
  size = PAGE_SIZE;
  unreadable = 0;

  constructor(private readonly ctx: ReadContext) {}

  /** Pages the account's `count` says there are; undefined when the first page gave no count. */
  pagesByCount(): number | undefined {
    const count = this.first?.count;
    return count === undefined ? undefined : Math.ceil(count / this.size);
  }

  list(): PagedList<Row> {
    return {
      vendor: 'Masivo',
      account: this.ctx.account.name,
      moreSignal: 'full pages',
      cursorName: 'from',
      first: 0,
      stride: () => this.size,
      inFlight: PAGES_IN_FLIGHT,
      idOf: (row) => row.id,
      fetch: async (from): Promise<KitPage<Row>> => {
        const page = await readPage(this.ctx.http, from, this.size, this.ctx.signal);
        if (from === 0) {
          this.first = page;
          // A vendor that serves fewer than asked says so in `to`: page by what it serves.
          this.size = Math.max(1, Math.min(PAGE_SIZE, page.to !== undefined ? page.to + 1 : PAGE_SIZE));
        }
        this.unreadable += page.unreadable;
        return { rows: page.rows, skipped: page.unreadable, more: page.rows.length + page.unreadable >= this.size };
      },
    };
  }
}

export async function read(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const { http, signal } = ctx;
  const wanted = new Set(ids);
  const found = new FoundCampaigns(ctx);
  if (wanted.size === 0) return found.result();
  const missing = () => [...wanted].filter((id) => !found.has(id));
  const campaigns = new CampaignList(ctx);
  // Without a count only the first page is read: the ids it did not hold are cheaper one GET each.
  const lastPage = () => campaigns.pagesByCount() ?? 1;

  await readPages(campaigns.list(), {
    onRows(rows) {
      for (const { id, raw } of rows) if (wanted.has(id)) found.add({ id, raw });
    },
    lastPage,
    // After the first page: when fewer ids are still missing than pages are left (a few campaigns
    // in a big account), those ids are fetched one GET each instead.
    enough: (pages) => found.size === wanted.size || (pages === 1 && missing().length < lastPage() - 1),
  });

  await Promise.all(
    missing().map(async (id) => {
      const raw = await readOne(http, id, signal);
      if (raw) found.add({ id, raw });
    }),
  );
  return found.result();
}

/**
 * Every campaign of the account (for `import`): the list pages, FINISHED and PAUSED campaigns
 * included (the list is not filtered by status). A campaign created or deleted mid-read shifts the
 * index ranges; duplicates are dropped, and a campaign that slipped between pages is picked up by
 * the next import.
 */
export async function readAll(ctx: ReadContext): Promise<LiveCampaign[]> {
  const found: LiveCampaign[] = [];
  const campaigns = new CampaignList(ctx);
  await readPages(campaigns.list(), {
    onRows(rows) {
      for (const { id, raw } of rows) found.push({ id, raw });
      ctx.progress?.(found.length);
    },
    lastPage: () => campaigns.pagesByCount(),
  });
  if (campaigns.unreadable > 0) ctx.warn?.(unreadableNote('Masivo', campaigns.unreadable, 'id'));
  return found;
}
