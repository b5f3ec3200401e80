/**
 * `GET /public/v1/campaign-service/campaigns`: offset pagination.
 * Query: `offset` (≥ 0, default 0), `limit` (1–100, default 100), `vendor_id`, `status`
 * (approved|pending|rejected), `is_active` (boolean), `sort_by_date` (asc|desc, by creation).
 * Answer: `{campaigns: [Campaign], hasMore, next: {offset, limit}}` with the same objects as reads.
 *
 * Assumed: `next` is null on the last page; without `sort_by_date` the order is creation
 * ascending; unknown query parameters are ignored (FastAPI).
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { listWindow, madeUpUuid } from '../kit/endless.js';
import { listMemo } from '../kit/list-memo.js';
import { queryInt, type IntProblem } from '../kit/query.js';
import { REVIEW_STATUSES } from './models.js';
import { answerOf, createdInstantOf, isActiveOf, statusOf, toRead, vendorIdOf } from './read-shape.js';
import { Issues, oneOf, str, validationError } from './validation.js';

/** A bad integer parameter as FastAPI reports it (pydantic's messages and types). */
function intIssue(issues: Issues, p: IntProblem): undefined {
  const loc = ['query', p.name];
  if (p.kind === 'below-min') {
    return issues.add(loc, `ensure this value is greater than or equal to ${p.min}`, 'value_error.number.not_ge', { limit_value: p.min });
  }
  if (p.kind === 'above-max') {
    return issues.add(loc, `ensure this value is less than or equal to ${p.max}`, 'value_error.number.not_le', { limit_value: p.max });
  }
  return issues.add(loc, 'value is not a valid integer', 'type_error.integer');
}

const TRUE = ['1', 'on', 't', 'true', 'y', 'yes'];
const FALSE = ['0', 'off', 'f', 'false', 'n', 'no'];

/** pydantic's boolean parsing of a query string. */
function queryBool(q: URLSearchParams, name: string, issues: Issues): boolean | undefined {
  const raw = q.get(name);
  if (raw === null) return undefined;
  const v = raw.trim().toLowerCase();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  return issues.add(['query', name], 'value could not be parsed to a boolean', 'type_error.bool');
}

/** The list's order, remembered between pages; the facts are every stored field its filters and order read. */
const sortedCampaigns = listMemo<VendorObject>((c) => [c.vendorId, c.status, c.isActive, c.createdAt]);

export function listCampaigns(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const q = req.query;
  const issues = new Issues();
  const offsetQ = queryInt(q, 'offset', { min: 0 });
  const limitQ = queryInt(q, 'limit', { min: 1, max: 100 });
  for (const p of [offsetQ.problem, limitQ.problem]) if (p) intIssue(issues, p);
  const offset = offsetQ.value ?? 0;
  const limit = limitQ.value ?? 100;
  const vendorRaw = q.get('vendor_id');
  const vendorId = vendorRaw === null ? undefined : str(vendorRaw, ['query', 'vendor_id'], issues, 1);
  const statusRaw = q.get('status');
  const status = statusRaw === null ? undefined : oneOf(statusRaw, ['query', 'status'], issues, REVIEW_STATUSES);
  const isActive = queryBool(q, 'is_active', issues);
  const sortRaw = q.get('sort_by_date');
  const sort = sortRaw === null ? 'asc' : oneOf(sortRaw, ['query', 'sort_by_date'], issues, ['asc', 'desc'] as const);
  if (!issues.ok) return validationError(issues);

  // Filtered and sorted on the stored objects by the values a read shows (each creation time
  // parsed once), remembered from page to page while those stay as they are (kit/list-memo.ts),
  // and only the page shaped for reading: a marketplace of 20,000 campaigns is listed in 200 pages.
  const campaigns = ctx.state.campaigns;
  const matching = sortedCampaigns(campaigns, JSON.stringify([vendorId, status, isActive, sort]), () =>
    campaigns
      .filter((c) => vendorId === undefined || vendorIdOf(c) === vendorId)
      .filter((c) => status === undefined || statusOf(c) === status)
      .filter((c) => isActive === undefined || isActiveOf(c) === isActive)
      .map((c) => ({ c, at: createdInstantOf(c) }))
      .sort((a, b) => (a.at - b.at) * (sort === 'desc' ? -1 : 1))
      .map(({ c }) => c),
  );
  const { page, more: hasMore } = listWindow(matching, offset, limit, ctx, {
    copy: (c, i) => ({ ...c, campaignId: madeUpUuid(i) }),
    saysMore: true,
  });
  return {
    status: 200,
    body: { campaigns: page.map((c) => answerOf(toRead(c))), hasMore, next: hasMore ? { offset: offset + limit, limit } : null },
  };
}
