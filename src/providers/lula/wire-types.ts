/**
 * Lula's JSON as campaignctl reads it: the one place that says which fields are read and in what
 * shape (kit/lenient.ts). Unknown keys are ignored, malformed optional values are dropped, and the
 * shapes the docs disagree on (list envelope vs bare array, day vs date-time) are both understood.
 */
import { isJsonObject } from '../../json/guards.js';
import type { VendorObject } from '../runtime.js';
import { fields, text } from '../kit/lenient.js';

/** Lula ids are digit strings; a number is accepted and turned into one. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

export const stringOf = text;

/**
 * The managed fields of a campaign detail. Reads name the days `start_date`/`end_date`; the update
 * names `starts_at`/`ends_at`, read too in case a read ever carries them.
 */
export interface WireCampaign {
  readonly name?: string;
  readonly description?: string;
  readonly start_date?: string;
  readonly end_date?: string;
  readonly starts_at?: string;
  readonly ends_at?: string;
  readonly status?: string;
}

const campaignFields = fields<WireCampaign>({
  name: text,
  description: text,
  start_date: text,
  end_date: text,
  starts_at: text,
  ends_at: text,
  status: text,
});

export function readCampaign(raw: VendorObject): WireCampaign {
  return campaignFields(raw) ?? {};
}

/**
 * GET …/campaigns/{id}: the campaign detail. The docs show it bare; an envelope
 * (`{campaign: …}` / `{data: …}`) is unwrapped in case the service wraps it like its list.
 */
export function campaignDetail(body: unknown): VendorObject | undefined {
  if (!isJsonObject(body)) return undefined;
  if (body['id'] !== undefined) return body;
  for (const key of ['campaign', 'data']) {
    const inner = body[key];
    if (isJsonObject(inner) && inner['id'] !== undefined) return inner;
  }
  return undefined;
}

/** Soft-deleted campaigns (`deletedAt` set) are treated as gone. */
export function isDeleted(campaign: VendorObject): boolean {
  const deleted = campaign['deletedAt'] ?? campaign['deleted_at'];
  return deleted !== null && deleted !== undefined && deleted !== false;
}

/** One list entry, as far as campaignctl needs it (the list returns summaries only). */
export interface CampaignSummary {
  readonly id: string;
  readonly name?: string;
}

export interface ListPage {
  /** The live campaigns listed (soft-deleted ones left out). */
  readonly campaigns: readonly CampaignSummary[];
  /** Soft-deleted entries: not campaigns any more, but they were listed. */
  readonly deleted: number;
  /** Entries without a usable id. */
  readonly unreadable: number;
  /** How many entries the page held (malformed ones included), to tell a short page. */
  readonly size: number;
  /** From `pagination.has_next_page` when the envelope carries it. */
  readonly hasNext?: boolean;
  /** False when the body was neither the documented envelope nor a bare array. */
  readonly understood: boolean;
}

/**
 * GET …/campaigns: the documented envelope `{campaigns, pagination}`, or the bare array the
 * page's own example shows.
 */
export function listPage(body: unknown): ListPage {
  const rows = Array.isArray(body) ? body : isJsonObject(body) && Array.isArray(body['campaigns']) ? body['campaigns'] : undefined;
  if (!rows) return { campaigns: [], deleted: 0, unreadable: 0, size: 0, understood: false };
  const campaigns: CampaignSummary[] = [];
  let deleted = 0;
  let unreadable = 0;
  for (const row of rows as unknown[]) {
    const id = isJsonObject(row) ? idOf(row['id']) : undefined;
    if (!isJsonObject(row) || id === undefined) unreadable++;
    else if (isDeleted(row)) deleted++;
    else {
      const name = stringOf(row['name']);
      campaigns.push(name === undefined ? { id } : { id, name });
    }
  }
  const pagination = isJsonObject(body) ? body['pagination'] : undefined;
  const hasNext = isJsonObject(pagination) && typeof pagination['has_next_page'] === 'boolean' ? pagination['has_next_page'] : undefined;
  return { campaigns, deleted, unreadable, size: rows.length, understood: true, ...(hasNext !== undefined ? { hasNext } : {}) };
}

/**
 * Lula's error body: `{success: false, message, error_code, …}` with `current_status`
 * (CAMPAIGN_NOT_MODIFIABLE) or `validation_errors: [{field, error}]` (VALIDATION_ERROR).
 * Returns one line for the apply report.
 */
export function describeError(status: number, body: unknown): string {
  if (!isJsonObject(body)) {
    const text = typeof body === 'string' ? body.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
    return `HTTP ${status}${text ? `: ${text}` : ''}`;
  }
  const code = stringOf(body['error_code']);
  const message = stringOf(body['message']);
  const parts = [code, message].filter((p): p is string => p !== undefined && p !== '');
  let text = parts.length > 0 ? parts.join(': ') : `HTTP ${status}`;
  const current = stringOf(body['current_status']);
  if (current) text += ` (current status: ${current})`;
  const details = Array.isArray(body['validation_errors'])
    ? (body['validation_errors'] as unknown[])
        .filter(isJsonObject)
        .map((e) => [stringOf(e['field']), stringOf(e['error'])].filter(Boolean).join(': '))
        .filter((s) => s !== '')
    : [];
  if (details.length > 0) text += ` — ${details.join('; ')}`;
  return `${text} (HTTP ${status})`;
}

/** The update's answer: `{success, message, campaign_id, updated_fields, …}`. */
export function updateSucceeded(body: unknown): boolean {
  return !(isJsonObject(body) && body['success'] === false);
}
