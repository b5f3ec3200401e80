/**
 * Body validation for POST /campaigns?type= and PUT /campaigns/{id}?type= (the `CampaignInsert` /
 * write payload). Each check throws the first violation found as a 400.
 *
 * Assumed: unknown keys are dropped silently (as a schema validator that strips unknown keys does),
 * so a full payload built from a read (`id`, `type`, …) is accepted; but `account_id`, which the
 * docs say "must not be sent", is refused.
 * Assumed: `name`, `status`, `start_date` and `rules` are required on create and on every PUT (the
 * PUT replaces the whole campaign, and no campaign exists without them).
 * Assumed: a field is nullable only where the docs say so (`brand_id`, `platforms`, `end_date`,
 * `funded_by`); `null` elsewhere is a type error.
 */
import { RuleViolation } from './errors.js';
import { isPlainObject, tryParse } from './json.js';
import { parseDateTime, splitCodes } from './read-shape.js';
import type { CampaignType, SelectValue, WriteStatus } from './state.js';

/** Masivo's unpublished "safe limit" for generated codes. Assumed: 100,000 (as campaignctl's own rule). */
export const MAX_GENERATED_CODES = 100_000;

export const DIVIDE_BUDGET_IN = ['daily', 'weekly', 'monthly', 'total'] as const;

const COUPONS_ONLY = ['quantity', 'useCustomCodes', 'customCodes', 'confirm_changes'] as const;
const REFERRALS_ONLY = ['referee_rules_json'] as const;
const REQUIRED = ['name', 'status', 'start_date', 'rules'] as const;

/** A validated write: only the keys the body carried, values already checked and normalised. */
export interface WritePayload {
  brand_id?: string | null;
  platforms?: SelectValue[] | null;
  name: string;
  description?: string;
  /** The rules as sent (re-serialised compactly) and parsed. */
  rules: { text: string; parsed: unknown[] };
  attributes?: Record<string, unknown>;
  status: WriteStatus;
  /** Instant, whole seconds. */
  start_date: number;
  withoutEndDate?: boolean;
  /** Instant, or null; absent when the body did not carry the key. */
  end_date?: number | null;
  funded_by?: string | null;
  budget?: number;
  divide_budget_in?: string;
  labels?: SelectValue[];
  /** Re-serialised JSON object string. */
  metadata?: string;
  quantity?: number;
  useCustomCodes?: boolean;
  customCodes?: string;
  confirm_changes?: boolean;
  /** Re-serialised JSON array string. */
  referee_rules_json?: string;
}

const bad = (field: string, message: string): RuleViolation => new RuleViolation('VALIDATION_ERROR', message, field);

function str(body: Record<string, unknown>, key: string, opts: { nullable?: boolean; nonEmpty?: boolean } = {}): string | null | undefined {
  if (!Object.hasOwn(body, key)) return undefined;
  const v = body[key];
  if (v === null && opts.nullable) return null;
  if (typeof v !== 'string') throw bad(key, `${key} must be a string${opts.nullable ? ' or null' : ''}`);
  if (opts.nonEmpty && v.trim() === '') throw bad(key, `${key} must not be empty`);
  return v;
}

function bool(body: Record<string, unknown>, key: string): boolean | undefined {
  if (!Object.hasOwn(body, key)) return undefined;
  if (typeof body[key] !== 'boolean') throw bad(key, `${key} must be a boolean`);
  return body[key];
}

function selectValues(body: Record<string, unknown>, key: string, nullable: boolean): SelectValue[] | null | undefined {
  if (!Object.hasOwn(body, key)) return undefined;
  const v = body[key];
  if (v === null && nullable) return null;
  if (!Array.isArray(v)) throw bad(key, `${key} must be an array of {label, value}`);
  return v.map((item, i) => {
    if (!isPlainObject(item) || typeof item.label !== 'string' || typeof item.value !== 'string') {
      throw bad(`${key}[${i}]`, `${key}[${i}] must be {label: string, value: string}`);
    }
    return { label: item.label, value: item.value };
  });
}

function dateTime(body: Record<string, unknown>, key: string, nullable: boolean): number | null | undefined {
  const text = str(body, key, { nullable });
  if (text === undefined || text === null) return text;
  const ms = parseDateTime(text);
  if (ms === undefined) throw bad(key, `${key} must be an ISO 8601 date-time with a time zone, e.g. 2023-11-07T05:31:56Z`);
  return ms;
}

/** A string holding a JSON array of rule objects; `min` rules at least. */
function rulesString(body: Record<string, unknown>, key: string, min: number): { text: string; parsed: unknown[] } | undefined {
  const text = str(body, key);
  if (text === undefined || text === null) return undefined;
  const parsed = tryParse(text);
  if (parsed === undefined || !Array.isArray(parsed.value)) throw bad(key, `${key} must be a JSON string holding an array of rules`);
  if (parsed.value.length < min) throw bad(key, `${key} must contain at least one rule`);
  parsed.value.forEach((r, i) => {
    if (!isPlainObject(r)) throw bad(key, `${key}[${i}] must be a rule object`);
  });
  return { text: JSON.stringify(parsed.value), parsed: parsed.value };
}

function typeSpecific(body: Record<string, unknown>, type: CampaignType): void {
  if (type !== 'COUPONS') {
    const wrong = COUPONS_ONLY.find((k) => Object.hasOwn(body, k));
    if (wrong) throw bad(wrong, `${wrong} applies to COUPONS campaigns only`);
  }
  if (type !== 'REFERRALS') {
    const wrong = REFERRALS_ONLY.find((k) => Object.hasOwn(body, k));
    if (wrong) throw bad(wrong, `${wrong} applies to REFERRALS campaigns only`);
  }
}

export function validateBody(body: unknown, type: CampaignType, mode: 'create' | 'update'): WritePayload {
  if (!isPlainObject(body)) throw new RuleViolation('VALIDATION_ERROR', 'request body must be a JSON object');
  if (Object.hasOwn(body, 'account_id')) throw bad('account_id', 'account_id must not be sent: it is derived from the SERVER token');
  typeSpecific(body, type);
  const missing = REQUIRED.find((k) => !Object.hasOwn(body, k));
  if (missing) throw bad(missing, `${missing} is required`);

  const p: Partial<WritePayload> = {};
  const brand = str(body, 'brand_id', { nullable: true, nonEmpty: true });
  if (brand !== undefined) p.brand_id = brand;
  const platforms = selectValues(body, 'platforms', true);
  if (platforms !== undefined) p.platforms = platforms;
  p.name = str(body, 'name', { nonEmpty: true }) as string;
  const description = str(body, 'description');
  if (description !== undefined && description !== null) p.description = description;
  p.rules = rulesString(body, 'rules', 1);

  if (Object.hasOwn(body, 'attributes')) {
    if (!isPlainObject(body.attributes)) throw bad('attributes', 'attributes must be an object');
    p.attributes = body.attributes;
  }
  if (body.status !== 'ACTIVE' && body.status !== 'INACTIVE') {
    throw bad('status', 'status must be ACTIVE or INACTIVE (RUNNING, PAUSED, SCHEDULED and FINISHED are read-only states)');
  }
  p.status = body.status;
  p.start_date = dateTime(body, 'start_date', false) as number;

  const without = bool(body, 'withoutEndDate');
  if (without !== undefined) p.withoutEndDate = without;
  // Assumed: "omit end_date" means the key is absent; `end_date: null` beside `withoutEndDate: true` is refused too.
  if (without === true && Object.hasOwn(body, 'end_date')) throw bad('end_date', 'end_date must be omitted when withoutEndDate is true');
  const end = dateTime(body, 'end_date', true);
  if (end !== undefined) p.end_date = end;

  const funded = str(body, 'funded_by', { nullable: true });
  if (funded !== undefined) p.funded_by = funded;
  if (Object.hasOwn(body, 'budget')) {
    if (typeof body.budget !== 'number' || !Number.isFinite(body.budget)) throw bad('budget', 'budget must be a number');
    if (body.budget < 1) throw bad('budget', 'budget must be at least 1');
    p.budget = body.budget;
  }
  if (Object.hasOwn(body, 'divide_budget_in')) {
    const d = body.divide_budget_in;
    if (typeof d !== 'string' || !(DIVIDE_BUDGET_IN as readonly string[]).includes(d)) {
      throw bad('divide_budget_in', `divide_budget_in must be one of ${DIVIDE_BUDGET_IN.join(', ')}`);
    }
    p.divide_budget_in = d;
  }
  const labels = selectValues(body, 'labels', false);
  if (labels) p.labels = labels;

  const metadata = str(body, 'metadata');
  if (typeof metadata === 'string') {
    const parsed = tryParse(metadata);
    if (parsed === undefined || !isPlainObject(parsed.value)) throw bad('metadata', 'metadata must be a JSON object encoded as a string');
    p.metadata = JSON.stringify(parsed.value);
  }
  const referee = rulesString(body, 'referee_rules_json', 0);
  if (referee) p.referee_rules_json = referee.text;

  couponFields(body, p, mode === 'create' && type === 'COUPONS');
  return p as WritePayload;
}

function couponFields(body: Record<string, unknown>, p: Partial<WritePayload>, creatingCoupons: boolean): void {
  const useCustom = bool(body, 'useCustomCodes');
  if (useCustom !== undefined) p.useCustomCodes = useCustom;
  const custom = str(body, 'customCodes');
  if (typeof custom === 'string') p.customCodes = custom;
  const confirm = bool(body, 'confirm_changes');
  if (confirm !== undefined) p.confirm_changes = confirm;
  if (useCustom === true && splitCodes(custom ?? '').length === 0) {
    throw bad('customCodes', 'customCodes must contain at least one non-empty code when useCustomCodes is true');
  }
  if (Object.hasOwn(body, 'quantity')) {
    const q = body.quantity;
    // Assumed: a count of codes, so a positive integer (the docs say "number", "must be positive").
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 1) throw bad('quantity', 'quantity must be a positive integer');
    if (useCustom !== true && q > MAX_GENERATED_CODES) {
      throw bad('quantity', `quantity must be at most ${MAX_GENERATED_CODES} generated codes`);
    }
    p.quantity = q;
  }
  // Assumed: a new generated-codes COUPONS campaign needs to know how many codes to generate.
  if (creatingCoupons && !Object.hasOwn(body, 'quantity') && useCustom !== true) {
    throw bad('quantity', 'quantity is required for a COUPONS campaign with generated codes');
  }
}

