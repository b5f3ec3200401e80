/**
 * PUT /stores/company/{company_id}/campaigns/{campaign_id}/stores — the documented update
 * (yes, its path ends in `/stores`). Partial: only the fields sent change.
 *
 * Order of checks: expired campaign (CAMPAIGN_NOT_MODIFIABLE) → field validation
 * (VALIDATION_ERROR, every failing field at once) → date range (INVALID_DATE_RANGE) → status
 * against the dates (VALIDATION_ERROR on `status`).
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { parseTimestamp, utcDay } from './dates.js';
import { invalidDateRange, notModifiable, validationError, type FieldError } from './errors.js';
import { descriptionErrors, identifierErrors, nameErrors, statusErrors, typeErrors, unknownFieldErrors } from './field-rules.js';
import { objectBody } from './request-body.js';
import { API_USER_ID, boundsOf, str, writeOnlyMap } from './state.js';
import { readStatus } from './status.js';

export const UPDATE_FIELDS = ['name', 'description', 'campaign_identifier', 'starts_at', 'ends_at', 'status'] as const;

function fieldErrors(ctx: FakeContext, companyId: string, campaignId: string, body: Record<string, unknown>): FieldError[] {
  const errors = [...unknownFieldErrors(body, UPDATE_FIELDS), ...typeErrors(body, UPDATE_FIELDS)];
  const text = (k: string): string | undefined => str(body[k]);
  const name = text('name');
  const description = text('description');
  const identifier = text('campaign_identifier');
  const status = text('status');
  if (name !== undefined) errors.push(...nameErrors(ctx.state, companyId, campaignId, name));
  if (description !== undefined) errors.push(...descriptionErrors(description));
  if (identifier !== undefined) errors.push(...identifierErrors(ctx.state, campaignId, identifier));
  for (const field of ['starts_at', 'ends_at'] as const) {
    const value = text(field);
    if (value !== undefined && parseTimestamp(value) === undefined) {
      errors.push({ field, error: `${field} must be a valid ISO 8601 timestamp` });
    }
  }
  if (status !== undefined) errors.push(...statusErrors(status));
  return errors;
}

export function updateCampaign(req: FakeRequest, ctx: FakeContext, companyId: string, campaign: VendorObject): FakeResponse {
  const parsed = objectBody(req);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body;
  const campaignId = str(campaign['id']) ?? '';
  const nowMs = ctx.now().getTime();
  const bounds = boundsOf(ctx.state, campaign);
  const current = readStatus(campaign['status'], bounds, nowMs);
  // Documented: an expired campaign cannot be modified at all (even by an unchanged resend).
  if (current === 'expired') return notModifiable(current);

  const errors = fieldErrors(ctx, companyId, campaignId, body);
  if (errors.length > 0) return validationError(errors);

  const startsAt = str(body['starts_at']);
  const endsAt = str(body['ends_at']);
  const start = startsAt !== undefined ? parseTimestamp(startsAt) : bounds.start;
  const end = endsAt !== undefined ? parseTimestamp(endsAt) : bounds.end;
  // Documented: the end must be after the start; past dates are allowed. When one bound is sent,
  // the other is the stored one (see boundsOf for the precision of a bound known only as a day).
  if ((startsAt !== undefined || endsAt !== undefined) && start !== undefined && end !== undefined && end <= start) {
    return invalidDateRange();
  }

  // Assumed: `scheduled` and `expired` are date-derived, so writing one that the dates
  // contradict breaks the undocumented "business rules" for status transitions.
  const status = str(body['status']);
  if (status === 'scheduled' && !(start !== undefined && start > nowMs)) {
    return validationError([{ field: 'status', error: 'Status "scheduled" requires a start time in the future' }]);
  }
  if (status === 'expired' && !(end !== undefined && end < nowMs)) {
    return validationError([{ field: 'status', error: 'Status "expired" requires an end time in the past' }]);
  }

  const sent = UPDATE_FIELDS.filter((f) => body[f] !== undefined);
  const updatedFields = Object.keys(body).filter((k) => (sent as readonly string[]).includes(k));
  if (updatedFields.length > 0) {
    apply(ctx, campaign, body, current);
    ctx.commit();
  }
  return {
    status: 200,
    body: {
      success: true,
      message: 'Campaign successfully updated',
      campaign_id: campaignId,
      updated_fields: updatedFields,
      effective_immediately: true,
      timestamp: ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  };
}

// Assumed: every accepted PUT that names at least one field bumps updated_at/updated_by, even
// when the values sent equal the stored ones; a PUT with no field changes nothing.
function apply(ctx: FakeContext, campaign: VendorObject, body: Record<string, unknown>, current: string): void {
  const id = str(campaign['id']) ?? '';
  const name = str(body['name']);
  const description = str(body['description']);
  const identifier = str(body['campaign_identifier']);
  const startsAt = str(body['starts_at']);
  const endsAt = str(body['ends_at']);
  if (name !== undefined) campaign['name'] = name;
  if (description !== undefined) campaign['description'] = description;
  if (identifier !== undefined || startsAt !== undefined || endsAt !== undefined) {
    const map = writeOnlyMap(ctx.state);
    const wo = (map[id] ??= {});
    if (identifier !== undefined) wo.campaign_identifier = identifier;
    if (startsAt !== undefined) {
      wo.starts_at = startsAt;
      campaign['start_date'] = utcDay(parseTimestamp(startsAt) ?? 0);
    }
    if (endsAt !== undefined) {
      wo.ends_at = endsAt;
      campaign['end_date'] = utcDay(parseTimestamp(endsAt) ?? 0);
    }
  }
  const written = str(body['status']) ?? current;
  campaign['status'] = readStatus(written, boundsOf(ctx.state, campaign), ctx.now().getTime());
  campaign['updated_at'] = ctx.now().toISOString();
  campaign['updated_by'] = API_USER_ID;
}
