/**
 * GET /stores/company/{company_id}/campaigns: offset/limit pagination over summaries.
 *
 * Assumed: the documented envelope `{campaigns, pagination}` — the page's own "Response
 * Example" is a bare array, but its response schema names both keys; we answer the schema.
 */
import type { FakeContext, FakeResponse, VendorObject, VendorState } from '../fake.js';
import { listWindow } from '../kit/endless.js';
import { listMemo } from '../kit/list-memo.js';
import { parseDay } from './dates.js';
import { queryInt } from '../kit/query.js';
import { intProblemError, validationError, type FieldError } from './errors.js';
import { summary } from './read-shape.js';
import { boundsOf, companyCampaigns, str } from './state.js';
import { STATUSES, isStatus, readStatus } from './status.js';

export const LIMIT_DEFAULT = 20;
export const LIMIT_MAX = 100;

interface ListQuery {
  limit: number;
  offset: number;
  order: 'ASC' | 'DESC';
  status?: string;
  search?: string;
  startFrom?: string;
  startTo?: string;
}

// Assumed: out-of-range or malformed query values are refused (VALIDATION_ERROR), not clamped.
function parseQuery(query: URLSearchParams): ListQuery | FieldError[] {
  const errors: FieldError[] = [];
  const limit = queryInt(query, 'limit', { min: 1, max: LIMIT_MAX });
  const offset = queryInt(query, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
  for (const q of [limit, offset]) if (q.problem) errors.push(intProblemError(q.problem));
  const order = query.get('order') ?? 'DESC';
  // Assumed: `order` is case-sensitive, exactly as documented.
  if (order !== 'ASC' && order !== 'DESC') errors.push({ field: 'order', error: 'order must be one of: ASC, DESC' });
  const status = query.get('status') ?? undefined;
  if (status !== undefined && !isStatus(status)) {
    errors.push({ field: 'status', error: `status must be one of: ${STATUSES.join(', ')}` });
  }
  const startFrom = query.get('start_date_from') ?? undefined;
  const startTo = query.get('start_date_to') ?? undefined;
  for (const [name, value] of [['start_date_from', startFrom], ['start_date_to', startTo]] as const) {
    if (value !== undefined && parseDay(value) === undefined) errors.push({ field: name, error: `${name} must be a date (YYYY-MM-DD)` });
  }
  if (errors.length > 0) return errors;
  // Assumed: the search parameter's name is not shown on the page; we call it `search`.
  const search = query.get('search') ?? undefined;
  return {
    limit: limit.value ?? LIMIT_DEFAULT,
    offset: offset.value ?? 0,
    order: order === 'ASC' ? 'ASC' : 'DESC',
    ...(status !== undefined ? { status } : {}),
    ...(search !== undefined ? { search } : {}),
    ...(startFrom !== undefined ? { startFrom } : {}),
    ...(startTo !== undefined ? { startTo } : {}),
  };
}

// Assumed: sorted by created_at (then id), DESC by default; the date filters are inclusive days.
interface Row {
  readonly c: VendorObject;
  readonly created: string;
  readonly id: number;
}

function compareCreated(a: Row, b: Row): number {
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id - b.id;
}

/** The list's rows, remembered between pages; the facts are every field the filters (the status aside) and the order read. */
const sortedRows = listMemo<VendorObject>((c) => [c['company_id'], c['deletedAt'], c['start_date'], c['name'], c['description'], c['created_at'], c['id']]);

function matches(c: VendorObject, needle: string): boolean {
  return `${str(c['name']) ?? ''}\n${str(c['description']) ?? ''}`.toLowerCase().includes(needle);
}

export function listCampaigns(state: VendorState, companyId: string, query: URLSearchParams, now: Date, ctx: FakeContext): FakeResponse {
  const q = parseQuery(query);
  if (Array.isArray(q)) return validationError(q);
  const needle = q.search?.toLowerCase();
  // Filtered and sorted on the stored objects (each sort key read once), remembered from page to
  // page while those stay as they are (kit/list-memo.ts), and only the page shaped into
  // summaries: a company of 20,000 campaigns is listed in 200 pages. The filters see what a
  // summary would show: the status as of now, the stored start day.
  const nowMs = now.getTime();
  const sign = q.order === 'ASC' ? 1 : -1;
  // The status depends on the clock and the write-only times as well: not remembered.
  const signature = q.status === undefined ? JSON.stringify([companyId, q.order, q.startFrom, q.startTo, needle]) : undefined;
  const rows = sortedRows(state.campaigns, signature, () =>
    companyCampaigns(state, companyId)
      .filter((c) => {
        if (q.status !== undefined && readStatus(c['status'], boundsOf(state, c), nowMs) !== q.status) return false;
        const start = str(c['start_date']) ?? '';
        if (q.startFrom !== undefined && start < q.startFrom) return false;
        if (q.startTo !== undefined && start > q.startTo) return false;
        return needle === undefined || matches(c, needle);
      })
      .map((c): Row => ({ c, created: str(c['created_at']) ?? '', id: Number(str(c['id'])) }))
      .sort((x, y) => sign * compareCreated(x, y)),
  );
  const window = listWindow(rows, q.offset, q.limit, ctx, { copy: (row, i) => ({ ...row, c: { ...row.c, id: String(900_000_000 + i) } }), saysMore: true });
  const total = window.total;
  const page = window.page.map(({ c }) => summary(state, c, now));
  return {
    status: 200,
    body: {
      campaigns: page,
      pagination: {
        total_campaigns: total,
        current_page: Math.floor(q.offset / q.limit) + 1,
        total_pages: Math.ceil(total / q.limit),
        has_next_page: window.more,
        has_previous_page: q.offset > 0,
      },
    },
  };
}
