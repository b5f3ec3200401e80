/**
 * The rules Masivo applies to a write beyond the shape of the body: date windows, the locks on a
 * started campaign, the refusal of an ended one, and the COUPONS confirmation. Each throws a 400.
 */
import { RuleViolation } from './errors.js';
import { jsonEqual, tryParse } from './json.js';
import { currentStatus, formatDate, hasStarted, instantOf, splitCodes } from './read-shape.js';
import type { MasivoCampaign, WriteOnlyFields } from './state.js';
import type { WritePayload } from './validation.js';

/**
 * The same wall-clock instant one calendar year later, UTC ("less than one year"). Assumed: a
 * calendar year, as campaignctl's own rule reads it; 29 February rolls over to 1 March.
 */
export function oneYearAfter(ms: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/** Assumed: "today" is the UTC calendar day of the sandbox clock. */
function startOfTodayUtc(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

const range = (field: string, message: string): RuleViolation => new RuleViolation('INVALID_DATE_RANGE', message, field);

/** End after start and less than a year after it; `withoutEndDate` leaves no end. */
export function checkEndWindow(p: WritePayload): void {
  const end = p.withoutEndDate === true ? undefined : (p.end_date ?? undefined);
  if (end === undefined) return;
  if (end <= p.start_date) throw range('end_date', 'end_date must be after start_date');
  const limit = oneYearAfter(p.start_date);
  if (end >= limit) throw range('end_date', `end_date must be less than one year after start_date (before ${formatDate(limit)})`);
}

/** On create, and on updates of a campaign that has not started: today ≤ start < now + 1 year. */
export function checkStartWindow(p: WritePayload, now: number): void {
  if (p.start_date < startOfTodayUtc(now)) throw range('start_date', 'start_date must be today or later');
  const limit = oneYearAfter(now);
  if (p.start_date >= limit) throw range('start_date', `start_date must be less than one year from now (before ${formatDate(limit)})`);
}

/** "An end date cannot be moved into the past": a changed end must lie ahead of now. */
export function checkEndNotMovedIntoPast(p: WritePayload, existing: MasivoCampaign, now: number): void {
  const end = p.withoutEndDate === true ? undefined : (p.end_date ?? undefined);
  if (end === undefined || end === instantOf(existing.end_date)) return;
  if (end <= now) throw range('end_date', 'end_date cannot be moved into the past');
}

export function checkNotEnded(existing: MasivoCampaign, now: number): void {
  if (currentStatus(existing, now) === 'FINISHED') {
    throw new RuleViolation('CAMPAIGN_ENDED', 'campaign has ended and can no longer be updated');
  }
}

/**
 * Once started, `start_date`, `attributes`, `rules` and `brand_id` may be resent unchanged but not
 * changed. Compared as the vendor would: dates as instants (whole seconds), `rules` as parsed JSON,
 * `attributes` key-order independent; an omitted field counts as cleared (full-payload PUT).
 */
export function checkStartedLocks(p: WritePayload, existing: MasivoCampaign, now: number): void {
  if (!hasStarted(existing, now)) return;
  const locked = (field: string): RuleViolation =>
    new RuleViolation('CAMPAIGN_STARTED', `${field} cannot be changed once the campaign has started`, field);
  if (p.start_date !== instantOf(existing.start_date)) throw locked('start_date');
  if (!jsonEqual(p.attributes ?? {}, existing.attributes ?? {})) throw locked('attributes');
  const liveRules = tryParse(existing.rules);
  if (liveRules === undefined || !jsonEqual(p.rules.parsed, liveRules.value)) throw locked('rules');
  if ((p.brand_id ?? null) !== (existing.brand_id ?? null)) throw locked('brand_id');
}

/**
 * COUPONS: a change of the code format (`useCustomCodes`, `customCodes`) or of `quantity` needs
 * `confirm_changes: true`. Assumed: omitting these write-only fields keeps the existing codes (the
 * codes are records of their own, not a campaign field a full payload clears); a stored value the
 * fake does not know counts as different.
 */
export function checkCouponConfirmation(p: WritePayload, stored: WriteOnlyFields): void {
  const storedCustom = stored.useCustomCodes ?? false;
  const nextCustom = p.useCustomCodes ?? storedCustom;
  const formatChanged =
    nextCustom !== storedCustom ||
    (nextCustom && p.customCodes !== undefined && splitCodes(p.customCodes).join(',') !== splitCodes(stored.customCodes ?? '').join(','));
  const quantityChanged = p.quantity !== undefined && p.quantity !== stored.quantity;
  if ((formatChanged || quantityChanged) && p.confirm_changes !== true) {
    const what = formatChanged ? 'the code format' : 'quantity';
    throw new RuleViolation('CONFIRMATION_REQUIRED', `changing ${what} requires confirm_changes: true`, 'confirm_changes');
  }
}
