/**
 * Reading Masivo campaigns. `GET /campaigns?from=&to=` (0-based, inclusive, at most 100 a page,
 * `count` = total) returns the same objects as `GET /campaigns/{id}`, every managed readable field
 * included, so an account is read a page at a time: one request per 100 campaigns instead of one
 * per campaign. Both ask `includes=CODES_SUMMARY`, which adds COUPONS campaigns' code counts (the
 * only view of the write-only code settings; see coupon-codes.ts).
 *
 * - The first page also tells the account's size (`count`) and the page size Masivo serves (`to`). When fewer ids are still missing than pages are
 *   left (a few campaigns in a big account), those ids are fetched one GET each instead.
 * - Otherwise the remaining pages are read a few at a time, stopping as soon as every id is found
 *   (the listing order is not documented, so any page may hold any id).
 * - An id that no page held (a campaign created or deleted mid-read shifts the index ranges) is
 *   fetched with one GET; a 404 there means Masivo has no such campaign, and it is left out.
 */
import type { HttpClient } from '../../http/types.js';
import type { LiveCampaign, ReadContext } from '../runtime.js';
import { campaignOf, listPageOf, type JsonObject } from './wire-types.js';

export const PAGE_SIZE = 100;
/** Pages requested at once after the first (the HTTP client still caps concurrency). */
export const PAGES_IN_FLIGHT = 4;
const INCLUDES = 'CODES_SUMMARY';

async function readPage(http: HttpClient, from: number, size: number, signal?: AbortSignal) {
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

export async function read(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const { http, signal } = ctx;
  const wanted = new Set(ids);
  const found = new Map<string, LiveCampaign>();
  if (wanted.size === 0) return found;
  const take = (items: readonly JsonObject[]) => {
    for (const raw of items) {
      const id = raw.id as string;
      if (wanted.has(id) && !found.has(id)) found.set(id, { id, raw });
    }
    ctx.progress?.(found.size);
  };
  const missing = () => [...wanted].filter((id) => !found.has(id));

  const first = await readPage(http, 0, PAGE_SIZE, signal);
  take(first.items);
  const total = first.count ?? first.items.length;
  // A vendor that serves fewer than asked says so in `to`: page by what it serves.
  const size = Math.max(1, Math.min(PAGE_SIZE, first.to !== undefined ? first.to + 1 : PAGE_SIZE));
  let next = size;
  const pagesLeft = Math.max(0, Math.ceil((total - next) / size));

  if (missing().length >= pagesLeft) {
    while (next < total && found.size < wanted.size) {
      const starts: number[] = [];
      for (let i = 0; i < PAGES_IN_FLIGHT && next < total; i++, next += size) starts.push(next);
      const pages = await Promise.all(starts.map((from) => readPage(http, from, size, signal)));
      for (const p of pages) take(p.items);
    }
  }

  await Promise.all(
    missing().map(async (id) => {
      const raw = await readOne(http, id, signal);
      if (raw) take([raw]);
    }),
  );
  return found;
}

/**
 * Every campaign of the account (for `import`): the list pages, FINISHED and PAUSED campaigns
 * included (the list is not filtered by status). A campaign created or deleted mid-read shifts the
 * index ranges; duplicates are dropped, and a campaign that slipped between pages is picked up by
 * the next import.
 */
export async function readAll(ctx: ReadContext): Promise<LiveCampaign[]> {
  const { http, signal } = ctx;
  const found = new Map<string, LiveCampaign>();
  const take = (items: readonly JsonObject[]) => {
    for (const raw of items) {
      const id = raw.id as string;
      if (!found.has(id)) found.set(id, { id, raw });
    }
    ctx.progress?.(found.size);
  };
  const first = await readPage(http, 0, PAGE_SIZE, signal);
  take(first.items);
  const size = Math.max(1, Math.min(PAGE_SIZE, first.to !== undefined ? first.to + 1 : PAGE_SIZE));
  // Without a total, read on until a page comes back short.
  const total = first.count;
  let next = size;
  let more = total !== undefined ? next < total : first.items.length >= size;
  while (more) {
    const starts: number[] = [];
    for (let i = 0; i < PAGES_IN_FLIGHT && (total === undefined || next < total); i++, next += size) starts.push(next);
    const pages = await Promise.all(starts.map((from) => readPage(http, from, size, signal)));
    for (const p of pages) take(p.items);
    // An empty page means the account shrank while it was read: stop there.
    const short = pages.some((p) => p.items.length < size);
    more = total !== undefined ? next < total && !pages.some((p) => p.items.length === 0) : !short;
  }
  return [...found.values()];
}
