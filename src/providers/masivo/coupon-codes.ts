/**
 * COUPONS code settings (`quantity`, `useCustomCodes`, `customCodes`): write-only fields Masivo
 * keeps as records of their own. A write that leaves them out keeps the existing codes, and one that
 * changes the quantity or the code format needs `confirm_changes: true`.
 *
 * So campaignctl sends them only when the plan lists them as changed (against the last-applied
 * record), and judges whether sending them really changes the codes from what reads show with
 * `includes=CODES_SUMMARY`: `total` (the number of codes) and `codes` (the custom codes; empty for
 * generated ones). Where that summary cannot tell (no summary, or a quantity beside custom codes),
 * a change is assumed, which asks for the confirmation rather than risking a rejected write. This
 * also keeps a first plan (no last-applied record yet: every write-only field shows as changed)
 * from demanding `confirm_changes` for codes that already match.
 */
import type { FieldChange } from '../runtime.js';
import type { MasivoSpec } from '../../generated/masivo.js';
import { changedFields } from '../kit/changed-fields.js';
import { codesSummaryOf, type JsonObject } from './wire-types.js';

export const CODE_FIELDS = ['quantity', 'useCustomCodes', 'customCodes'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

/** The code settings the write sends: those the plan lists as changed. */
export function codeFieldsToSend(changes: readonly FieldChange[]): CodeField[] {
  const changed = changedFields(changes);
  return CODE_FIELDS.filter((f) => changed.has(f));
}

export function splitCodes(text: string): string[] {
  return text
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export interface CodeChange {
  readonly field: CodeField;
  readonly what: 'quantity' | 'code format';
}

/** The first code change the write would make, as far as live state shows; undefined when none. */
export function codeChangeOf(desired: MasivoSpec, raw: JsonObject, changes: readonly FieldChange[]): CodeChange | undefined {
  const sent = codeFieldsToSend(changes);
  if (sent.length === 0) return undefined;
  const summary = codesSummaryOf(raw);
  const liveCustom = summary ? summary.codes.length > 0 : undefined;
  const custom = desired.useCustomCodes ?? liveCustom;

  const formatField = sent.find((f): f is 'useCustomCodes' | 'customCodes' => f !== 'quantity');
  if (formatField) {
    const formatChanged =
      summary === undefined ||
      custom !== liveCustom ||
      (custom === true && desired.customCodes !== undefined && splitCodes(desired.customCodes).join(',') !== summary.codes.join(','));
    if (formatChanged) return { field: formatField, what: 'code format' };
  }
  if (sent.includes('quantity') && desired.quantity !== undefined) {
    const quantityChanged = summary === undefined || custom !== false || summary.total !== desired.quantity;
    if (quantityChanged) return { field: 'quantity', what: 'quantity' };
  }
  return undefined;
}
