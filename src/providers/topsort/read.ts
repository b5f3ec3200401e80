/**
 * Reading: list pages. `GET /public/v1/campaign-service/campaigns` returns the same complete
 * campaign objects as the GET by id, 100 per page, so one request reads up to 100 campaigns
 * (a GET per campaign would cost one request each under a 45-requests-per-2-seconds limit).
 * Pages are read in order (`offset`, then the answer's `next`) and reading stops as soon as every
 * requested id has been found, or when `hasMore` is false. No trailing slash: Topsort answers
 * one with 404.
 *
 * Every campaign on the pages read also goes into a small index (id, ad format, external id):
 * `externalCampaignId` must be unique per marketplace and ad format, and plan checks a new value
 * against the campaigns the index holds (see plan-rules.ts). Only those three strings are kept,
 * not the objects. Pages after the last requested campaign are not read for it: the early stop
 * is what keeps plan time proportional to the managed campaigns rather than to the whole
 * marketplace, so a clash with a campaign created after every managed one is left to Topsort,
 * which refuses the PATCH (that campaign fails alone at apply).
 */
import type { LiveCampaign, ReadContext } from '../runtime.js';
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
  const found = new Map<string, LiveCampaign>();
  if (ids.length === 0) return found;
  // Topsort ids are uuids, which compare case-insensitively; the map is keyed by the id as asked.
  const wanted = new Map(ids.map((id) => [id.toLowerCase(), id]));
  const holders: ExternalIdHolder[] = [];
  const listing: AccountListing = { holders, managed: new Set(wanted.keys()) };

  let offset = 0;
  for (;;) {
    const page = await listPage(ctx, offset);
    for (const raw of page.campaigns) {
      if (typeof raw.campaignId !== 'string') continue;
      const id = raw.campaignId.toLowerCase();
      if (typeof raw.externalCampaignId === 'string') {
        holders.push({
          campaignId: id,
          adFormat: typeof raw.adFormat === 'string' ? raw.adFormat : undefined,
          externalCampaignId: raw.externalCampaignId,
        });
      }
      const asked = wanted.get(id);
      if (asked !== undefined && !found.has(asked)) {
        const live: TopsortLiveCampaign = { id: asked, raw, listing };
        found.set(asked, live);
      }
    }
    ctx.progress?.(found.size);
    if (!page.hasMore || found.size === wanted.size) break;
    const next = page.nextOffset ?? offset + page.campaigns.length;
    // A page that does not move forward would loop for ever.
    if (next <= offset) throw new Error(`Topsort's campaign list did not advance past offset ${offset}`);
    offset = next;
  }
  return found;
}

/** One page of the campaign list, checked to be one. */
async function listPage(ctx: ReadContext, offset: number): Promise<NonNullable<ReturnType<typeof parseListPage>>> {
  const res = await ctx.http.request(
    { method: 'GET', path: CAMPAIGNS_PATH, query: { offset, limit: PAGE_SIZE }, purpose: `list campaigns from offset ${offset}` },
    ctx.signal,
  );
  const page = parseListPage(res.body);
  if (!page) throw new Error(`Topsort answered the campaign list (offset ${offset}) with something that is not a list page`);
  return page;
}

/**
 * Every campaign of the marketplace (for `import`): every list page, paused, rejected and ended
 * campaigns included (the list is not filtered); soft-deleted campaigns are not listed.
 */
export async function readAllCampaigns(ctx: ReadContext): Promise<LiveCampaign[]> {
  const holders: ExternalIdHolder[] = [];
  const managed = new Set<string>();
  const listing: AccountListing = { holders, managed };
  const found = new Map<string, TopsortLiveCampaign>();
  let offset = 0;
  for (;;) {
    const page = await listPage(ctx, offset);
    for (const raw of page.campaigns) {
      if (typeof raw.campaignId !== 'string') continue;
      const id = raw.campaignId.toLowerCase();
      if (found.has(id)) continue;
      if (typeof raw.externalCampaignId === 'string') {
        holders.push({ campaignId: id, adFormat: typeof raw.adFormat === 'string' ? raw.adFormat : undefined, externalCampaignId: raw.externalCampaignId });
      }
      managed.add(id);
      found.set(id, { id: raw.campaignId, raw, listing });
    }
    ctx.progress?.(found.size);
    if (!page.hasMore || page.campaigns.length === 0) break;
    const next = page.nextOffset ?? offset + page.campaigns.length;
    if (next <= offset) throw new Error(`Topsort's campaign list did not advance past offset ${offset}`);
    offset = next;
  }
  return [...found.values()];
}
