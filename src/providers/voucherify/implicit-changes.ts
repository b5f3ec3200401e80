/**
 * What Voucherify's update changes beyond the fields the YAML manages (the runtime's
 * `implicitChanges`). The PUT is partial, but `discount` and `gift` are stored whole: write.ts
 * sends the desired object over the live one's keys of the same discount variant, so the keys the
 * YAML leaves out keep their values. A change of variant (AMOUNT to PERCENT, say) cannot carry the
 * live keys over, and Voucherify keeps only the new variant's own properties: what the YAML does
 * not state of the new discount, `effect` for one, is cleared, and the old variant's amount goes.
 * This builds the very same body as write.ts and lists each key the stored object loses.
 *
 * Nothing is listed when the input has no changes (nothing is written), nor when the body cannot be
 * built (the write then fails before sending anything).
 */
import { formatPath } from '../../desired/path.js';
import type { VoucherifySpec } from '../../generated/voucherify.js';
import { isJsonObject } from '../../json/guards.js';
import { changedFields } from '../kit/changed-fields.js';
import type { FieldChange, PlanInput } from '../runtime.js';
import { toSpec } from './normalize.js';
import { putBody } from './write.js';

/** Objects the PUT replaces whole (read under `voucher`, toSpec puts them at the top). */
const STORED_WHOLE = ['discount', 'gift'] as const;

export function implicitChanges(input: PlanInput<VoucherifySpec>): FieldChange[] {
  if (input.changes.length === 0) return [];
  let body: Record<string, unknown>;
  try {
    body = putBody(input.desired, changedFields(input.changes), input.live.raw);
  } catch {
    return [];
  }
  const live = toSpec(input.live.raw);
  const out: FieldChange[] = [];
  for (const field of STORED_WHOLE) {
    const sent = body[field];
    const had = live[field];
    if (!isJsonObject(sent) || !isJsonObject(had)) continue;
    for (const [key, value] of Object.entries(had)) {
      if (value === null || value === undefined || key in sent) continue;
      out.push({ path: formatPath([field, key]), before: value, after: undefined, clears: true });
    }
  }
  return out;
}
