/**
 * Reading: list pages. `GET /public/v1/campaign-service/campaigns` returns the same complete
 * campaign objects as the GET by id, 100 per page, so one request reads up to 100 campaigns
 * (a GET per campaign would cost one request each under a 45-requests-per-2-seconds limit).
 * Pages are read in order (`offset`, then the answer's `next`) and reading stops as soon as every
 * requested id has been found, or when `hasMore` is false (kit/paging.ts: a list that keeps
 * saying `hasMore` without moving forward is an error, not an endless read). No trailing slash:
 * Topsort answers one with 404.
 *
 * Every campaign on the pages read also goes into a small index (id, ad format, external id):
 * `externalCampaignId` must be unique per marketplace and ad format, and plan checks a new value
 * against the campaigns the index holds (see plan-rules.ts). Only those three strings are kept,
 * not the objects. Pages after the last requested campaign are not read for it: the early stop
 * is what keeps plan time proportional to the managed campaigns rather than to the whole
 * marketplace, so a clash with a campaign created after every managed one is left to Topsort,
 * which refuses the PATCH (that campaign fails alone at apply).
 */
import type { LiveCampaign, ReadContext, VendorObject } from '../runtime.js';
import { text, unreadableNote, type Row } from '../kit/lenient.js';
import { FoundCampaigns } from '../kit/found-campaigns.js';
import { readPages, type PagedList } from '../kit/paging.js';
import { parseListPage } from './wire-types.js';

export const CAMPAIGNS_PATH = '/public/v1/campaign-service/campaigns';
/** The documented maximum page size. */
export const PAGE_SIZE = 100;

/** One campaign that holds an external id. */
export interface ExternalIdHolder {
  /** Lower case. */
  readonly campaignId: string;
  readonly adFormat: string | undefined;
  readonly externalCampaignId: string;
}

/** What the list pages of one read showed beside the campaigns asked for. */
export interface AccountListing {
  readonly holders: readonly ExternalIdHolder[];
  /** Lower-case ids of the campaigns the read was asked for (the ones the YAML manages). */
  readonly managed: ReadonlySet<string>;
}

/** A live campaign read from the list, with the listing it came from. */
export interface TopsortLiveCampaign extends LiveCampaign {
  readonly listing: AccountListing;
}

export function hasListing(live: LiveCampaign): live is TopsortLiveCampaign {
  return 'listing' in live && typeof (live as { listing?: unknown }).listing === 'object';
}

export async function readCampaigns(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  // Progress is counted as the list pages arrive, not again as the campaigns are handed on.
  const found = new FoundCampaigns<TopsortLiveCampaign>({ ...(ctx.deliver ? { deliver: ctx.deliver } : {}) });
  if (ids.length === 0) return found.result();
  // Topsort ids are uuids, which compare case-insensitively; the map is keyed by the id as asked.
  const wanted = new Map(ids.map((id) => [id.toLowerCase(), id]));
  const holders: ExternalIdHolder[] = [];
  const listing: AccountListing = { holders, managed: new Set(wanted.keys()) };
  const tally = { unreadable: 0 };
  // Held until the listing ends: the external-id rule compares each campaign with all of it.
  const listed = new Map<string, TopsortLiveCampaign>();
  await readPages(campaignList(ctx, tally), {
    onRows(rows) {
      for (const { id, raw } of rows) {
        holders.push(...holderOf(id, raw));
        const asked = wanted.get(id);
        if (asked !== undefined) listed.set(asked, { id: asked, raw, listing });
      }
      ctx.progress?.(listed.size);
    },
    enough: () => listed.size === wanted.size,
  });
  // Only a campaign not found may be among the rows that could not be read: said then.
  if (tally.unreadable > 0 && listed.size < wanted.size) ctx.warn?.(unreadableNote('Topsort', tally.unreadable, 'campaignId'));
  for (const live of listed.values()) found.add(live);
  return found.result();
}

function holderOf(id: string, raw: VendorObject): ExternalIdHolder[] {
  const externalCampaignId = text(raw.externalCampaignId);
  return externalCampaignId === undefined ? [] : [{ campaignId: id, adFormat: text(raw.adFormat), externalCampaignId }];
}

/** The campaign list, page by page (`offset`, then the answer's `next`); entries without an id are counted in `tally`. */
function campaignList(ctx: ReadContext, tally: { unreadable: number }): PagedList<Row> {
  return {
    vendor: 'Topsort',
    account: ctx.account.name,
    moreSignal: 'hasMore',
    cursorName: 'offset',
    first: 0,
    idOf: (row) => row.id,
    async fetch(offset) {
      const res = await ctx.http.request(
        { method: 'GET', path: CAMPAIGNS_PATH, query: { offset, limit: PAGE_SIZE }, purpose: `list campaigns from offset ${offset}` },
        ctx.signal,
      );
      const page = parseListPage(res.body);
      if (!page) throw new Error(`Topsort answered the campaign list (offset ${offset}) with something that is not a list page`);
      tally.unreadable += page.unreadable;
      return { rows: page.rows, skipped: page.unreadable, more: page.hasMore, ...(page.nextOffset !== undefined ? { next: page.nextOffset } : {}) };
    },
  };
}

/**
 * Every campaign of the marketplace (for `import`): every list page, paused, rejected and ended
 * campaigns included (the list is not filtered); soft-deleted campaigns are not listed.
 */
export async function readAllCampaigns(ctx: ReadContext): Promise<LiveCampaign[]> {
  const holders: ExternalIdHolder[] = [];
  const managed = new Set<string>();
  const listing: AccountListing = { holders, managed };
  const found: TopsortLiveCampaign[] = [];
  const tally = { unreadable: 0 };
  await readPages(campaignList(ctx, tally), {
    onRows(rows) {
      for (const { id, raw } of rows) {
        holders.push(...holderOf(id, raw));
        managed.add(id);
        found.push({ id: raw.campaignId as string, raw, listing });
      }
      ctx.progress?.(found.length);
    },
  });
  if (tally.unreadable > 0) ctx.warn?.(unreadableNote('Topsort', tally.unreadable, 'campaignId'));
  return found;
}
