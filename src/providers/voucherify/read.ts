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
import { isJsonObject } from '../../json/guards.js';
import type { LiveCampaign, ReadContext } from '../runtime.js';
import { readMs } from '../kit/instants.js';
import { unreadableNote, type Row } from '../kit/lenient.js';
import { FoundCampaigns } from '../kit/found-campaigns.js';
import { readPages, type PagedList, type PagingOptions } from '../kit/paging.js';
import { parseListPage, type CampaignListPage, type Json } from './wire-types.js';

/** `limit` maximum. */
export const PAGE_SIZE = 100;
/** `page` maximum: beyond it the list answers 400. */
export const MAX_PAGE = 100;
/** Pages requested together once the total is known. */
const PAGE_WAVE = 4;

export async function readCampaigns(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const wanted = new Set(ids);
  const found = new FoundCampaigns(ctx);
  const take = (id: string, raw: Json): void => {
    if (wanted.has(id)) found.add({ id, raw });
  };
  if (wanted.size > 1) {
    const list = new CampaignList(ctx);
    await list.read({
      onRows: (rows) => rows.forEach((r) => take(r.id, r.raw)),
      // A GET per missing id costs fewer requests than the pages still to read.
      enough: (pages) => found.size === wanted.size || wanted.size - found.size <= list.lastPage() - pages,
    });
  }
  const missing = [...wanted].filter((id) => !found.has(id));
  const got = await Promise.all(missing.map((id) => getOne(ctx.http, id, ctx.signal)));
  for (const raw of got) if (raw) take(raw.id as string, raw);
  return found.result();
}

/**
 * The list, oldest first, 100 a page, optionally only the campaigns created after an instant. It
 * reaches at most MAX_PAGE pages; the first page's `total` may stop it earlier. Pages after the
 * first are read PAGE_WAVE at a time; a short page is the last.
 */
class CampaignList {
  private first: CampaignListPage | undefined;
  unreadable = 0;

  constructor(
    private readonly ctx: ReadContext,
    private readonly createdAfter?: string,
  ) {}

  /** The last page worth reading: the total's, within the reachable MAX_PAGE pages. */
  lastPage(): number {
    return Math.ceil(Math.min(this.first?.total ?? MAX_PAGE * PAGE_SIZE, MAX_PAGE * PAGE_SIZE) / PAGE_SIZE);
  }

  read(opts: Omit<PagingOptions<Row>, 'lastPage'>) {
    const list: PagedList<Row> = {
      vendor: 'Voucherify',
      account: this.ctx.account.name,
      moreSignal: 'full pages',
      cursorName: 'page',
      first: 1,
      stride: 1,
      inFlight: PAGE_WAVE,
      idOf: (row) => row.id,
      fetch: async (page) => {
        const answer = await listPage(this.ctx.http, page, this.ctx.signal, this.createdAfter);
        if (page === 1) this.first = answer;
        this.unreadable += answer.unreadable;
        return { rows: answer.rows, skipped: answer.unreadable, more: answer.size >= PAGE_SIZE };
      },
    };
    return readPages(list, { ...opts, lastPage: () => this.lastPage() });
  }
}

async function listPage(http: HttpClient, page: number, signal?: AbortSignal, createdAfter?: string): Promise<CampaignListPage> {
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
  if (res.status === 404 || !isJsonObject(res.body) || res.body.id !== id) return undefined;
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
  let unreadable = 0;
  let after: string | undefined;
  for (;;) {
    const window: Row[] = [];
    const list = new CampaignList(ctx, after);
    let listed: number;
    try {
      listed = (await list.read({ onRows: (rows) => window.push(...rows) })).listed;
    } catch (err) {
      if (after === undefined) throw err;
      ctx.warn?.(
        `Voucherify lists at most ${MAX_PAGE * PAGE_SIZE} campaigns at a time and refused the next window (created after ${after}): ` +
          `${err instanceof Error ? err.message : String(err)}; campaigns created after it were not imported (use --id for them)`,
      );
      break;
    }
    unreadable += list.unreadable;
    const before = found.size;
    for (const { id, raw } of window) if (!found.has(id)) found.set(id, { id, raw });
    ctx.progress?.(found.size);
    if (listed < MAX_PAGE * PAGE_SIZE) break;
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
  if (unreadable > 0) ctx.warn?.(unreadableNote('Voucherify', unreadable, 'id'));
  return [...found.values()];
}

function lastCreated(window: readonly Row[]): number | undefined {
  let last: number | undefined;
  for (const { raw } of window) {
    const ms = readMs(raw.created_at);
    if (ms !== undefined && (last === undefined || ms > last)) last = ms;
  }
  return last;
}
