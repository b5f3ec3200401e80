/**
 * What Masivo's full-payload PUT changes beyond the fields the YAML manages (the runtime's
 * `implicitChanges`). write.ts builds the body from the fresh live read plus the managed changes;
 * this builds the very same body and compares it with the live campaign, so the plan shows every
 * field the PUT would clear or rewrite that the file does not manage:
 *
 * - Write-only fields the YAML does not manage, which the PUT clears: `platforms`, `labels`,
 *   `divide_budget_in`, and on a REFERRALS campaign `referee_rules_json`. No read returns them, so
 *   whether the campaign has one is unknown (`before: undefined`). `import` cannot write them, which
 *   is how an imported campaign would lose its `divide_budget_in` on its first budget change.
 *   Not listed: the COUPONS code settings (`quantity`, `useCustomCodes`, `customCodes`), which
 *   Masivo keeps when they are left out (coupon-codes.ts); `withoutEndDate`, whose whole effect is
 *   `end_date: null`, which the body carries over from the live read; `confirm_changes`, a one-off
 *   confirmation that leaves no state.
 * - Readable fields the body cannot carry over from the live read: a value of a type campaignctl
 *   does not read (metadata text that is not a JSON object, a description that is not text, a
 *   budget that is not a number) is left out of the body, and the PUT clears it. A difference of
 *   spelling alone (the read status vocabulary, rules with embedded rewards, a date's offset, a
 *   budget read as text) is no change: both sides are compared as toSpec reads them.
 *
 * Nothing is listed when the input has no changes: then nothing is written.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import { jsonEqual } from '../../engine/canonical-json.js';
import type { FieldChange, PlanInput } from '../runtime.js';
import { changedFields } from '../kit/changed-fields.js';
import { liveMetadata, toSpec } from './normalize.js';
import { buildPayload, READABLE } from './write.js';
import { readCampaign, type JsonObject } from './wire-types.js';

/** Write-only fields a full payload without them clears, by the campaign type they apply to. */
const CLEARED_WHEN_LEFT_OUT = ['platforms', 'labels', 'divide_budget_in'] as const;
const CLEARED_ON_REFERRALS = ['referee_rules_json'] as const;

/** A campaign object (a read, or a PUT body) as toSpec reads it, metadata with campaignctl's marker. */
function readable(obj: JsonObject): Record<string, unknown> {
  const spec = toSpec(obj);
  const metadata = liveMetadata(obj);
  if (metadata !== undefined) spec.metadata = metadata;
  return spec;
}

const absent = (v: unknown): boolean => v === undefined || v === null;

function readableChanges(desired: MasivoSpec, changes: PlanInput<MasivoSpec>['changes'], raw: JsonObject): FieldChange[] {
  const managed = changedFields(changes);
  const body = buildPayload(desired, changes, raw);
  const live = readable(raw);
  const sent = readable(body);
  const out: FieldChange[] = [];
  for (const field of READABLE) {
    if (managed.has(field)) continue;
    if (!(field in body) && !absent(raw[field])) {
      out.push({ path: field, before: live[field] ?? raw[field], after: undefined, clears: true });
      continue;
    }
    const before = live[field];
    const after = sent[field];
    if (absent(before) && absent(after)) continue;
    if (jsonEqual(before, after)) continue;
    out.push({ path: field, before, after, ...(absent(after) ? { clears: true as const } : {}) });
  }
  return out;
}

function clearedWriteOnly(desired: MasivoSpec, raw: JsonObject): FieldChange[] {
  const type = (desired as Partial<MasivoSpec>).type ?? readCampaign(raw).type;
  const fields: readonly string[] = type === 'REFERRALS' ? [...CLEARED_WHEN_LEFT_OUT, ...CLEARED_ON_REFERRALS] : CLEARED_WHEN_LEFT_OUT;
  const spec = desired as Readonly<Record<string, unknown>>;
  return fields.filter((f) => spec[f] === undefined).map((path) => ({ path, before: undefined, after: undefined, clears: true }));
}

export function implicitChanges(input: PlanInput<MasivoSpec>): FieldChange[] {
  if (input.changes.length === 0) return [];
  const raw = input.live.raw;
  return [...readableChanges(input.desired, input.changes, raw), ...clearedWriteOnly(input.desired, raw)];
}
