/**
 * `GET /v1/campaigns`: page-number pagination, `page` 1–100 and `limit` 1–100 (default 10); response
 * `{object: "list", data_ref: "campaigns", campaigns: [...], total}` — no `has_more`, so a client must
 * count. Newest first unless `order` says otherwise. Out-of-range or malformed parameters answer 400
 * (documented: "an error when trying to return a limit of more than 100 campaigns"; assumed: the same
 * `invalid_query_params` answer for the other parameters).
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { listWindow } from '../kit/endless.js';
import { listMemo } from '../kit/list-memo.js';
import { queryInt } from '../kit/query.js';
import { badIntQuery, invalidQuery } from './errors.js';
import { matches, parseFilters } from './filters.js';
import { isObject, type JsonObject } from './json.js';
import { forList } from './read-shape.js';

const CAMPAIGN_TYPES = ['PROMOTION', 'GIFT_VOUCHERS', 'REFERRAL_PROGRAM', 'DISCOUNT_COUPONS', 'LOYALTY_PROGRAM'];
const STATUSES = ['DONE', 'IN_PROGRESS', 'FAILED', 'DRAFT', 'MODIFYING'];
const ORDERS = ['created_at', '-created_at', 'updated_at', '-updated_at'];
const EXPANDS = ['category', 'access_settings_assignments'];

function enumParam(query: URLSearchParams, name: string, values: readonly string[]): string | undefined | { error: string } {
  const raw = query.get(name);
  if (raw === null) return undefined;
  return values.includes(raw) ? raw : { error: `Query parameter '${name}' must be one of: ${values.join(', ')}` };
}

/** `localeCompare` without arguments is this collator's compare (ECMA-402), made once instead of per call. */
const BY_ID = new Intl.Collator();

const stamp = (c: JsonObject, key: string): number => {
  const v = c[key] ?? c.created_at;
  return (typeof v === 'string' ? Date.parse(v) : NaN) || 0;
};

/** The list's order, remembered between pages; the facts are every field it reads without the referral flag and filters. */
const sortedCampaigns = listMemo<JsonObject>((c) => [c.campaign_type, c.creation_status, c.created_at, c.updated_at, c.id]);

export function listCampaigns(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const q = req.query;
  const limitQ = queryInt(q, 'limit', { min: 1, max: 100 });
  if (limitQ.problem) return badIntQuery(limitQ.problem);
  const pageQ = queryInt(q, 'page', { min: 1, max: 100 });
  if (pageQ.problem) return badIntQuery(pageQ.problem);
  const limit = limitQ.value ?? 10;
  const page = pageQ.value ?? 1;
  const type = enumParam(q, 'campaign_type', CAMPAIGN_TYPES);
  const status = enumParam(q, 'campaign_status', STATUSES);
  const order = enumParam(q, 'order', ORDERS);
  const referral = enumParam(q, 'is_referral_code', ['true', 'false']);
  for (const p of [type, status, order, referral]) if (typeof p === 'object') return invalidQuery(p.error);
  const expand = new Set(
    q
      .getAll('expand')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  const badExpand = [...expand].find((e) => !EXPANDS.includes(e));
  if (badExpand !== undefined) return invalidQuery(`Query parameter 'expand' must be one of: ${EXPANDS.join(', ')}`);
  const filter = parseFilters(q);
  if (typeof filter === 'string') return invalidQuery(filter);

  const by = typeof order === 'string' ? order : '-created_at';
  const key = by.replace('-', '');
  const sign = by.startsWith('-') ? -1 : 1;
  // Each date parsed once, not twice per comparison, and the order remembered from page to page
  // while what it was computed from stays as it is (kit/list-memo.ts): a project of 20,000
  // campaigns is listed page by page. The referral flag and the filters read inside objects: those
  // lists are not remembered.
  const all = ctx.state.campaigns;
  const signature = referral === undefined && filter.conditions.length === 0 ? JSON.stringify([type, status, by]) : undefined;
  const sorted = sortedCampaigns(all, signature, () =>
    all
      .filter(
        (c) =>
          (type === undefined || c.campaign_type === type) &&
          (status === undefined || c.creation_status === status) &&
          (referral === undefined || (isObject(c.voucher) && c.voucher.is_referral_code === true) === (referral === 'true')) &&
          matches(filter, c),
      )
      .map((c) => ({ c, at: stamp(c, key), id: String(c.id) }))
      .sort((a, b) => sign * (a.at - b.at) || BY_ID.compare(a.id, b.id))
      .map(({ c }) => c),
  );

  const window = listWindow(sorted, (page - 1) * limit, limit, ctx, {
    copy: (c, i) => ({ ...c, id: `camp_endless${i}`, name: `${String(c.name)} ${i}` }),
  });
  const campaigns = window.page.map((c) => forList(c, expand));
  return { status: 200, body: { object: 'list', data_ref: 'campaigns', campaigns, total: window.total } };
}
