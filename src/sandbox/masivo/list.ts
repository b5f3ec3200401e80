/**
 * `GET /campaigns`: index-range pagination with a total, `{data: [...], from, to, count}`; the
 * list items are the same objects a read returns.
 *
 * Assumed (the docs describe the parameters but the render hides their names): `from` and `to`
 * (0-based, inclusive), `type`, `status`, `brand_id`, `funded_by`, `labels` (comma-separated
 * label values; a campaign matches when it carries any of them), `customer_id` (accepted and
 * ignored: the sandbox has no customers) and `includes=CODES_SUMMARY`.
 * Assumed: without `from`/`to` the first 10 items (`from=0`, `to=9`, as the docs' example); at most
 * 100 items a page: a wider range is cut to `from + 99` and the answer's `to` says so; `count` is
 * the number of campaigns matching the filters; `from`/`to` echo the range served.
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { listWindow, madeUpUuid } from '../kit/endless.js';
import { queryInt } from '../kit/query.js';
import { badIntQuery, fail } from './errors.js';
import { currentStatus, toRead } from './read-shape.js';
import { campaignsOf, isCampaignType, writeOnlyOf, type MasivoState, READ_STATUSES } from './state.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
const STATUS_FILTERS: readonly string[] = [...READ_STATUSES, 'NOT FINISHED'];

export function includesCodes(query: URLSearchParams): boolean | 'bad' {
  const raw = query.get('includes');
  if (raw === null) return false;
  const parts = raw.split(',').map((s) => s.trim());
  return parts.every((p) => p === 'CODES_SUMMARY') ? true : 'bad';
}

export function listCampaigns(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const q = req.query;
  const state = ctx.state as MasivoState;
  const now = ctx.now().getTime();
  const fromQ = queryInt(q, 'from', { min: 0 });
  if (fromQ.problem) return badIntQuery(fromQ.problem);
  const toQ = queryInt(q, 'to', { min: 0 });
  if (toQ.problem) return badIntQuery(toQ.problem);
  const from = fromQ.value ?? 0;
  const wanted = toQ.value ?? from + DEFAULT_PAGE_SIZE - 1;
  if (wanted < from) return fail(400, 'INVALID_QUERY', 'to must not be less than from', 'to');
  const to = Math.min(wanted, from + MAX_PAGE_SIZE - 1);

  const type = q.get('type');
  if (type !== null && !isCampaignType(type)) return fail(400, 'INVALID_QUERY', 'type must be one of BEHAVIOR, COUPONS, PUNCH_CARDS, REFERRALS', 'type');
  const status = q.get('status');
  if (status !== null && !STATUS_FILTERS.includes(status)) {
    return fail(400, 'INVALID_QUERY', `status must be one of ${STATUS_FILTERS.join(', ')}`, 'status');
  }
  const codes = includesCodes(q);
  if (codes === 'bad') return fail(400, 'INVALID_QUERY', 'includes must be CODES_SUMMARY', 'includes');
  const brand = q.get('brand_id');
  const funder = q.get('funded_by');
  const labels = q.get('labels')?.split(',').map((s) => s.trim()).filter((s) => s !== '');

  const matching = campaignsOf(state).filter((c) => {
    if (type !== null && c.type !== type) return false;
    // The status only when asked for: deriving it for every campaign on every page was most of a page's time.
    if (status !== null) {
      const st = currentStatus(c, now);
      if (status === 'NOT FINISHED' ? st === 'FINISHED' : st !== status) return false;
    }
    if (brand !== null && c.brand_id !== brand) return false;
    if (funder !== null && c.funded_by !== funder) return false;
    if (labels && labels.length > 0) {
      const own = (writeOnlyOf(state, c.id).labels ?? []).map((l) => l.value);
      if (!labels.some((l) => own.includes(l))) return false;
    }
    return true;
  });
  const window = listWindow(matching, from, to - from + 1, ctx, { copy: (c, i) => ({ ...c, id: madeUpUuid(i) }) });
  const data = window.page.map((c) => toRead(c, state, now, codes));
  return { status: 200, body: { data, from, to, count: window.total } };
}
