/** `GET /get-campaign` and `GET /get-campaigns`. */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { versionBelow, type Session } from './auth.js';
import { toBool } from './coerce.js';
import { ERRORS, fail, ok } from './envelope.js';
import { campaignIdParam, chainParam, checkHeaderChain, checkScope, findCampaign } from './params.js';

const query = (req: FakeRequest, name: string): string | undefined => req.query.get(name) ?? undefined;

/**
 * `GET /get-campaign?campaign_id=&chain_id=` → `results.campaign`.
 * Assumed: the page's error table was not captured; the sandbox answers as alter-campaign
 * documents (245 absent, 244 not an integer, 246 not found, 68 another chain's campaign) and
 * requires chain_id (419 when missing), since the documented request always sends it.
 */
export function getCampaign(req: FakeRequest, ctx: FakeContext, session: Session): FakeResponse {
  const id = campaignIdParam(query(req, 'campaign_id'));
  if (!id.ok) return id.response;
  const chain = chainParam(query(req, 'chain_id'), 'chain_id', true, ctx.state);
  if (!chain.ok) return chain.response;
  const found = findCampaign(ctx.state, id.value);
  if (!found) return fail(ERRORS.campaignIdNotFound);
  const scope = checkScope(found.campaign, chain.value, session);
  if (scope) return scope;
  return ok({ campaign: structuredClone(found.campaign) });
}

/** Documented: above 500 assignments a campaign's assignments are left out, with a warning. */
const MAX_ASSIGNMENTS = 500;
const ASSIGNED_KEYS = ['assigned_barcodes', 'assigned_barcodes_earn', 'assigned_barcodes_spend', 'assigned_business_ids', 'assigned_currencies'];

/**
 * `GET /get-campaigns?chain_id=` → `results.campaigns`, the whole chain (no pagination is
 * documented; Assumed: `limit`/`offset` are ignored).
 * - `exclude_inactive` defaults to true since API 1.4.11 (false below it, per the
 *   X-Spaaza-API-Version header): campaigns with `active: false` are hidden unless
 *   `exclude_inactive=false`.
 * - `order_dir` ASC (default) or DESC. Assumed: ordered by campaign id; ASC/DESC accepted in any case.
 * - Each item is the get-campaign object plus `currency_id`, which the list sample shows.
 */
export function getCampaigns(req: FakeRequest, ctx: FakeContext, session: Session): FakeResponse {
  const chain = chainParam(query(req, 'chain_id'), 'chain_id', true, ctx.state);
  if (!chain.ok) return chain.response;
  const chainId = chain.value!;
  const header = checkHeaderChain(session, chainId);
  if (header) return header;

  let excludeInactive = !versionBelow(session, '1.4.11');
  const rawExclude = query(req, 'exclude_inactive');
  if (rawExclude !== undefined) {
    const parsed = toBool(rawExclude);
    if (!parsed.ok) return fail(ERRORS.parameterInvalid, 'exclude_inactive must be a boolean.');
    excludeInactive = parsed.value;
  }
  const orderDir = (query(req, 'order_dir') ?? 'ASC').toUpperCase();
  if (orderDir !== 'ASC' && orderDir !== 'DESC') return fail(ERRORS.parameterInvalid, 'order_dir must be ASC or DESC.');

  const sign = orderDir === 'ASC' ? 1 : -1;
  const campaigns = ctx.state.campaigns
    .filter((c) => c.chain_id === chainId && c.is_deleted !== true && (!excludeInactive || c.active === true))
    .map((c) => ({ c, id: Number(c.id) }))
    .sort((a, b) => sign * (a.id - b.id))
    .map(({ c }) => c);

  const warnings: Record<string, unknown>[] = [];
  const items = campaigns.map((c) => listItem(c, warnings));
  const response = ok({ campaigns: items });
  if (warnings.length === 0) return response;
  return { ...response, body: { ...(response.body as Record<string, unknown>), warnings } };
}

function listItem(campaign: VendorObject, warnings: Record<string, unknown>[]): VendorObject {
  const item = structuredClone(campaign);
  const currency = item.currency as { currency_id?: unknown } | null | undefined;
  item.currency_id = currency?.currency_id ?? null;
  if (typeof item.assignment_count === 'number' && item.assignment_count > MAX_ASSIGNMENTS) {
    for (const key of ASSIGNED_KEYS) delete item[key];
    warnings.push({
      // Assumed: the warning's numeric code is not documented.
      code: 0,
      name: 'objects_exceed_maximum_quantity',
      description: `Campaign assignments are not shown when there are more than ${MAX_ASSIGNMENTS}.`,
      message: `Assignments of campaign ${String(campaign.id)} are not shown (${item.assignment_count} assignments).`,
    });
  }
  return item;
}
