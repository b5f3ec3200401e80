/**
 * Reading campaigns. The list (`GET /v1/campaigns`) returns the same objects as `GET /v1/campaigns/{id}`
 * for every managed field (with `expand=category`; what it leaves out — `promotion`,
 * `validation_rules_assignments`, `access_settings_assignments` — no spec field is compared with), so
 * pages of 100 are read oldest first (new campaigns append at the end and shift nothing) until every
 * wanted id is found. Pages stop at 100 (10,000 campaigns); whatever is still missing then, or whenever
 * fewer ids are missing than pages are left, is read with one GET per id — which also confirms an id the
 * list did not show before it is reported as absent.
 */
import type { HttpClient } from '../../http/types.js';
import type { LiveCampaign, ReadContext } from '../runtime.js';
import { isObject, parseListPage, type Json } from './wire-types.js';

/** `limit` maximum. */
export const PAGE_SIZE = 100;
/** `page` maximum: beyond it the list answers 400. */
export const MAX_PAGE = 100;
/** Pages requested together once the total is known. */
const PAGE_WAVE = 4;

export async function readCampaigns(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const wanted = new Set(ids);
  const found = new Map<string, LiveCampaign>();
  const take = (raw: Json): void => {
    const id = raw.id;
    if (typeof id !== 'string' || !wanted.has(id) || found.has(id)) return;
    found.set(id, { id, raw });
    ctx.progress?.(found.size);
  };
  if (wanted.size > 1) await readByPages(wanted, found, take, ctx);
  const missing = [...wanted].filter((id) => !found.has(id));
  const got = await Promise.all(missing.map((id) => getOne(ctx.http, id, ctx.signal)));
  for (const raw of got) if (raw) take(raw);
  return found;
}

async function readByPages(
  wanted: ReadonlySet<string>,
  found: ReadonlyMap<string, LiveCampaign>,
  take: (raw: Json) => void,
  ctx: ReadContext,
): Promise<void> {
  const first = await listPage(ctx.http, 1, ctx.signal);
  first.campaigns.forEach(take);
  if (first.campaigns.length < PAGE_SIZE) return; // the whole account fit on one page
  // Without a total, page on until a short page (bounded by the page limit).
  const reachable = Math.min(first.total ?? MAX_PAGE * PAGE_SIZE, MAX_PAGE * PAGE_SIZE);
  const lastPage = Math.ceil(reachable / PAGE_SIZE);
  let page = 1;
  while (found.size < wanted.size && page < lastPage) {
    const pagesLeft = lastPage - page;
    // A GET per missing id costs fewer requests than the pages still to read.
    if (wanted.size - found.size <= pagesLeft) return;
    const wave = Array.from({ length: Math.min(PAGE_WAVE, pagesLeft) }, (_, i) => page + 1 + i);
    const pages = await Promise.all(wave.map((p) => listPage(ctx.http, p, ctx.signal)));
    page += wave.length;
    for (const p of pages) p.campaigns.forEach(take);
    if (pages.some((p) => p.campaigns.length < PAGE_SIZE)) return; // reached the end
  }
}

async function listPage(http: HttpClient, page: number, signal?: AbortSignal, createdAfter?: string) {
  const res = await http.request(
    {
      method: 'GET',
      path: '/v1/campaigns',
      query: { page, limit: PAGE_SIZE, order: 'created_at', expand: 'category', ...(createdAfter ? { [CREATED_AFTER]: createdAfter } : {}) },
      purpose: `list campaigns (page ${page}${createdAfter ? `, created after ${createdAfter}` : ''})`,
    },
    signal,
  );
  return parseListPage(res.body);
}

/**
 * `GET /v1/campaigns/{id}`; undefined when the vendor has no such campaign. The path takes an id or a
 * NAME, so an answer for another campaign (a name that happens to equal the id asked for) is not it.
 */
export async function getOne(http: HttpClient, id: string, signal?: AbortSignal): Promise<Json | undefined> {
  const res = await http.request(
    { method: 'GET', path: `/v1/campaigns/${encodeURIComponent(id)}`, accept: [404], purpose: `read campaign ${id}` },
    signal,
  );
  if (res.status === 404 || !isObject(res.body) || res.body.id !== id) return undefined;
  return res.body;
}

/** The list filter that opens a window of campaigns created after an instant (deepObject style). */
export const CREATED_AFTER = 'filters[created_at][conditions][$after][0]';

/**
 * Every campaign of the project (for `import`), oldest first, inactive and expired ones included
 * (the list is not filtered by status; campaigns in the bin are not listed).
 *
 * Plain listing reaches 10,000 campaigns (page ≤ 100 × limit ≤ 100). Beyond that the docs advise
 * narrowing with `filters`: once a window of 10,000 is read, the next starts with the campaigns
 * created after the last one seen (`filters[created_at][conditions][$after]`, a millisecond
 * earlier, so campaigns sharing that instant are not skipped; duplicates are dropped). Should
 * Voucherify refuse that filter, import says how far it got instead of failing (assumed: the docs
 * name `created_at` among the filterable fields only by example).
 */
export async function readAllCampaigns(ctx: ReadContext): Promise<LiveCampaign[]> {
  const found = new Map<string, LiveCampaign>();
  let after: string | undefined;
  for (;;) {
    let window: Json[];
    try {
      window = await readWindow(ctx, after);
    } catch (err) {
      if (after === undefined) throw err;
      ctx.warn?.(
        `Voucherify lists at most ${MAX_PAGE * PAGE_SIZE} campaigns at a time and refused the next window (created after ${after}): ` +
          `${err instanceof Error ? err.message : String(err)}; campaigns created after it were not imported (use --id for them)`,
      );
      break;
    }
    const before = found.size;
    for (const raw of window) {
      if (typeof raw.id === 'string' && !found.has(raw.id)) found.set(raw.id, { id: raw.id, raw });
    }
    ctx.progress?.(found.size);
    if (window.length < MAX_PAGE * PAGE_SIZE) break;
    const last = lastCreated(window);
    if (last === undefined || found.size === before) {
      ctx.warn?.(
        `Voucherify lists at most ${MAX_PAGE * PAGE_SIZE} campaigns at a time and the list gave no creation time to continue from; ` +
          `${found.size} campaigns were read, any others were not imported (use --id for them)`,
      );
      break;
    }
    after = new Date(last - 1).toISOString();
  }
  return [...found.values()];
}

/** Up to 100 pages of 100, oldest first, optionally only campaigns created after `after`. */
async function readWindow(ctx: ReadContext, after: string | undefined): Promise<Json[]> {
  const out: Json[] = [];
  const first = await listPage(ctx.http, 1, ctx.signal, after);
  out.push(...first.campaigns);
  if (first.campaigns.length < PAGE_SIZE) return out;
  const lastPage = Math.ceil(Math.min(first.total ?? MAX_PAGE * PAGE_SIZE, MAX_PAGE * PAGE_SIZE) / PAGE_SIZE);
  for (let page = 2; page <= lastPage; page += PAGE_WAVE) {
    const wave = Array.from({ length: Math.min(PAGE_WAVE, lastPage - page + 1) }, (_, i) => page + i);
    const pages = await Promise.all(wave.map((p) => listPage(ctx.http, p, ctx.signal, after)));
    for (const p of pages) out.push(...p.campaigns);
    if (pages.some((p) => p.campaigns.length < PAGE_SIZE)) break;
  }
  return out;
}

function lastCreated(campaigns: readonly Json[]): number | undefined {
  let last: number | undefined;
  for (const c of campaigns) {
    const ms = typeof c.created_at === 'string' ? Date.parse(c.created_at) : NaN;
    if (!Number.isNaN(ms) && (last === undefined || ms > last)) last = ms;
  }
  return last;
}
