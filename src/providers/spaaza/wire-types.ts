/**
 * Spaaza's JSON as campaignctl reads it, narrowed from `unknown` with small guards. Reads are
 * lenient (a field Spaaza adds, or one it sends malformed, never breaks a plan); only the
 * envelope and the campaign id are required.
 *
 *   success: HTTP 200, {"result": {"code": 1, "status": "ok"}, "results": {…}, "warnings"?: [{code, name, description, message}]}
 *   error:   HTTP 4xx/5xx, {"result": {"code": 2, "status": "error"}, "error": {"code", "name", "description", "message"?}}
 */
import type { VendorObject } from '../runtime.js';

import { isJsonObject, type JsonObject } from '../../json/guards.js';

export interface SpaazaWarning {
  readonly code?: number;
  readonly name?: string;
  readonly message?: string;
}

/** A successful answer: its `results` object and any warnings. */
export interface SpaazaOk {
  readonly ok: true;
  readonly results: JsonObject;
  readonly warnings: readonly SpaazaWarning[];
}

/** An error answer (or a body that is not Spaaza's envelope at all). */
export interface SpaazaFailure {
  readonly ok: false;
  /** `error 419 parameter_invalid: <message or description>`, or what was wrong with the body. */
  readonly text: string;
  readonly code?: number;
  readonly name?: string;
}

/** Reads Spaaza's envelope from a response body. */
export function readEnvelope(body: unknown): SpaazaOk | SpaazaFailure {
  if (!isJsonObject(body)) return { ok: false, text: `the answer is not Spaaza's JSON envelope (${describe(body)})` };
  const result = isJsonObject(body.result) ? body.result : undefined;
  const code = result?.code;
  if (code === 1 || code === '1') {
    if (!isJsonObject(body.results)) return { ok: false, text: 'the answer says ok but carries no `results` object' };
    const warnings = Array.isArray(body.warnings) ? body.warnings.filter(isJsonObject).map(warningOf) : [];
    return { ok: true, results: body.results, warnings };
  }
  const error = isJsonObject(body.error) ? body.error : undefined;
  if (!error) return { ok: false, text: `the answer is not Spaaza's JSON envelope (no result code 1 and no error object)` };
  const errCode = typeof error.code === 'number' ? error.code : undefined;
  const name = typeof error.name === 'string' ? error.name : undefined;
  const detail = typeof error.message === 'string' && error.message !== '' ? error.message : typeof error.description === 'string' ? error.description : '';
  const head = ['error', errCode, name].filter((x) => x !== undefined).join(' ');
  return { ok: false, text: detail ? `${head}: ${detail}` : head, ...(errCode !== undefined ? { code: errCode } : {}), ...(name ? { name } : {}) };
}

function warningOf(w: JsonObject): SpaazaWarning {
  return {
    ...(typeof w.code === 'number' ? { code: w.code } : {}),
    ...(typeof w.name === 'string' ? { name: w.name } : {}),
    ...(typeof w.message === 'string' ? { message: w.message } : {}),
  };
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v === '' ? 'an empty body' : `text: ${v.slice(0, 80)}`;
  return Array.isArray(v) ? 'a JSON array' : typeof v;
}

/** The campaign id of a read object as the string campaignctl addresses it by, if it has one. */
export function campaignIdOf(raw: unknown): string | undefined {
  if (!isJsonObject(raw)) return undefined;
  const id = raw.id;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id)) return id;
  return undefined;
}

/** A campaign object as read: any JSON object with an id. */
export function isCampaign(raw: unknown): raw is VendorObject {
  return campaignIdOf(raw) !== undefined;
}

/** The `assigned_*` lists: get-campaigns leaves them out when a campaign has over 500 assignments. */
export const ASSIGNED_FIELDS = [
  'assigned_barcodes',
  'assigned_barcodes_earn',
  'assigned_barcodes_spend',
  'assigned_business_ids',
  'assigned_currencies',
] as const;

/** get-campaigns' warning for campaigns whose assignments were left out. */
export const ASSIGNMENTS_OMITTED = 'objects_exceed_maximum_quantity';
export const MAX_LISTED_ASSIGNMENTS = 500;
