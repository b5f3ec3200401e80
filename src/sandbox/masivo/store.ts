/**
 * Turning an accepted write into stored state. The PUT is a full-payload replace: every returned
 * field the body leaves out is cleared (`null`, `metadata` included; `attributes` becomes `{}`), and
 * so are the write-only fields, except the COUPONS code settings (see write-rules.ts).
 * Assumed: `rules` and `metadata` are stored as compact JSON text (`JSON.stringify` of what was
 * sent), so spacing in the written strings does not survive a read.
 */
import { deriveStatus, formatDate } from './read-shape.js';
import type { CampaignType, MasivoCampaign, WriteOnlyFields } from './state.js';
import type { WritePayload } from './validation.js';

export function buildCampaign(id: string, type: CampaignType, p: WritePayload, now: number): MasivoCampaign {
  const end = p.withoutEndDate === true ? null : (p.end_date ?? null);
  return {
    id,
    type,
    brand_id: p.brand_id ?? null,
    name: p.name,
    description: p.description ?? null,
    rules: p.rules.text,
    attributes: p.attributes ?? {},
    status: deriveStatus(p.status, p.start_date, end ?? undefined, now),
    start_date: formatDate(p.start_date),
    end_date: end === null ? null : formatDate(end),
    funded_by: p.funded_by ?? null,
    budget: p.budget ?? null,
    metadata: p.metadata ?? null,
  };
}

export function buildWriteOnly(p: WritePayload, type: CampaignType, previous: WriteOnlyFields): WriteOnlyFields {
  const w: WriteOnlyFields = {};
  if (p.withoutEndDate !== undefined) w.withoutEndDate = p.withoutEndDate;
  if (p.platforms !== undefined) w.platforms = p.platforms;
  if (p.divide_budget_in !== undefined) w.divide_budget_in = p.divide_budget_in;
  if (p.labels !== undefined) w.labels = p.labels;
  if (p.referee_rules_json !== undefined) w.referee_rules_json = p.referee_rules_json;
  if (type === 'COUPONS') {
    const quantity = p.quantity ?? previous.quantity;
    const useCustomCodes = p.useCustomCodes ?? previous.useCustomCodes;
    const customCodes = p.customCodes ?? previous.customCodes;
    if (quantity !== undefined) w.quantity = quantity;
    if (useCustomCodes !== undefined) w.useCustomCodes = useCustomCodes;
    if (customCodes !== undefined) w.customCodes = customCodes;
  }
  return w;
}
