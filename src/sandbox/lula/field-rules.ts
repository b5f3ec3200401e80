/**
 * Field rules from the update page's "Field Validation" section, shared by create and update.
 * Each returns the `validation_errors` entries for one field (empty when the value is fine).
 */
import type { VendorState } from '../fake.js';
import type { FieldError } from './errors.js';
import { allWriteOnly, companyCampaigns, str } from './state.js';
import { STATUSES, isStatus } from './status.js';

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 1000;
const IDENTIFIER = /^[A-Za-z0-9_]+$/;

// Assumed: lengths count Unicode characters (code points), not UTF-16 units or bytes.
function length(text: string): number {
  return [...text].length;
}

// Assumed: uniqueness ignores case and surrounding spaces (the stricter reading; the docs do not
// say, and the project's validator checks the same way).
function sameKey(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function typeErrors(body: Record<string, unknown>, fields: readonly string[]): FieldError[] {
  return fields
    .filter((f) => body[f] !== undefined && typeof body[f] !== 'string')
    .map((field) => ({ field, error: `${field} must be a string` }));
}

// Assumed: a field the endpoint does not document is refused (NestJS-style whitelist with
// forbidNonWhitelisted), not silently dropped: the docs give Lula no documented leniency.
export function unknownFieldErrors(body: Record<string, unknown>, allowed: readonly string[]): FieldError[] {
  return Object.keys(body)
    .filter((k) => !allowed.includes(k))
    .map((field) => ({ field, error: `property ${field} should not exist` }));
}

/** `name`: not empty (blank counts as empty — Assumed), ≤ 200, unique within the company. */
export function nameErrors(state: VendorState, companyId: string, selfId: string | undefined, name: string): FieldError[] {
  if (name.trim() === '') return [{ field: 'name', error: 'Campaign name cannot be empty' }];
  if (length(name) > NAME_MAX) {
    return [{ field: 'name', error: `Campaign name must not exceed ${NAME_MAX} characters` }];
  }
  const clash = companyCampaigns(state, companyId).some((c) => {
    const other = str(c['name']);
    return str(c['id']) !== selfId && other !== undefined && sameKey(other, name);
  });
  return clash ? [{ field: 'name', error: 'Campaign name must be unique within company' }] : [];
}

export function descriptionErrors(description: string): FieldError[] {
  return length(description) > DESCRIPTION_MAX
    ? [{ field: 'description', error: `Campaign description must not exceed ${DESCRIPTION_MAX} characters` }]
    : [];
}

/**
 * `campaign_identifier`: letters, digits, underscore; "unique across all campaigns".
 * Assumed: read literally, across every campaign the fake holds, of every company (soft-deleted
 * ones included, as a database unique index would), ignoring case.
 */
export function identifierErrors(state: VendorState, selfId: string, identifier: string): FieldError[] {
  if (!IDENTIFIER.test(identifier)) {
    return [{ field: 'campaign_identifier', error: 'Campaign identifier may only contain letters, numbers and underscores' }];
  }
  const clash = Object.entries(allWriteOnly(state)).some(
    ([id, wo]) => id !== selfId && wo.campaign_identifier !== undefined && sameKey(wo.campaign_identifier, identifier),
  );
  return clash ? [{ field: 'campaign_identifier', error: 'Campaign identifier must be unique across all campaigns' }] : [];
}

export function statusErrors(status: string): FieldError[] {
  return isStatus(status) ? [] : [{ field: 'status', error: `Status must be one of: ${STATUSES.join(', ')}` }];
}
