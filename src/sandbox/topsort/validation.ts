/**
 * FastAPI/pydantic-style request validation: every problem becomes one `{loc, msg, type}` item of a
 * 422 `{"detail": [...]}` body, with the messages and types of pydantic v1 (the 2022 service spec
 * is the only evidence of the body shape; it lists exactly `loc`, `msg`, `type`).
 *
 * Assumed: types are checked strictly as JSON types (no pydantic "lax" coercion of "5" to 5 or
 * "true" to true in bodies): the docs promise no coercion, so the fake grants none.
 */
import type { FakeResponse } from '../fake.js';

export type Loc = (string | number)[];

export interface ValidationIssue {
  readonly loc: Loc;
  readonly msg: string;
  readonly type: string;
  readonly ctx?: Readonly<Record<string, unknown>>;
}

export class Issues {
  readonly list: ValidationIssue[] = [];

  add(loc: Loc, msg: string, type: string, ctx?: Record<string, unknown>): undefined {
    this.list.push(ctx ? { loc, msg, type, ctx } : { loc, msg, type });
    return undefined;
  }

  missing(loc: Loc): undefined {
    return this.add(loc, 'field required', 'value_error.missing');
  }

  /** A rule the handler checks beyond the model (pydantic's `value_error` from a validator). */
  rule(loc: Loc, msg: string): undefined {
    return this.add(loc, msg, 'value_error');
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

export function validationError(issues: Issues): FakeResponse {
  return { status: 422, body: { detail: issues.list } };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function dict(v: unknown, loc: Loc, issues: Issues): Record<string, unknown> | undefined {
  return isRecord(v) ? v : issues.add(loc, 'value is not a valid dict', 'type_error.dict');
}

export function str(v: unknown, loc: Loc, issues: Issues, minLength?: number): string | undefined {
  if (typeof v !== 'string') return issues.add(loc, 'str type expected', 'type_error.str');
  if (minLength !== undefined && v.length < minLength) {
    return issues.add(loc, `ensure this value has at least ${minLength} characters`, 'value_error.any_str.min_length', {
      limit_value: minLength,
    });
  }
  return v;
}

export function bool(v: unknown, loc: Loc, issues: Issues): boolean | undefined {
  return typeof v === 'boolean' ? v : issues.add(loc, 'value could not be parsed to a boolean', 'type_error.bool');
}

export interface NumberBounds {
  readonly ge?: number;
  readonly le?: number;
  readonly lt?: number;
}

function bounded(n: number, loc: Loc, issues: Issues, b: NumberBounds): number | undefined {
  if (b.ge !== undefined && n < b.ge) {
    return issues.add(loc, `ensure this value is greater than or equal to ${b.ge}`, 'value_error.number.not_ge', { limit_value: b.ge });
  }
  if (b.le !== undefined && n > b.le) {
    return issues.add(loc, `ensure this value is less than or equal to ${b.le}`, 'value_error.number.not_le', { limit_value: b.le });
  }
  if (b.lt !== undefined && n >= b.lt) {
    return issues.add(loc, `ensure this value is less than ${b.lt}`, 'value_error.number.not_lt', { limit_value: b.lt });
  }
  return n;
}

export function int(v: unknown, loc: Loc, issues: Issues, b: NumberBounds = {}): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v)) return issues.add(loc, 'value is not a valid integer', 'type_error.integer');
  return bounded(v, loc, issues, b);
}

export function num(v: unknown, loc: Loc, issues: Issues, b: NumberBounds = {}): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return issues.add(loc, 'value is not a valid float', 'type_error.float');
  return bounded(v, loc, issues, b);
}

export function oneOf<T extends string>(v: unknown, loc: Loc, issues: Issues, values: readonly T[]): T | undefined {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  const permitted = values.map((x) => `'${x}'`).join(', ');
  return issues.add(loc, `value is not a valid enumeration member; permitted: ${permitted}`, 'type_error.enum', {
    enum_values: [...values],
  });
}

export function list(v: unknown, loc: Loc, issues: Issues, b: { minItems?: number; maxItems?: number } = {}): unknown[] | undefined {
  if (!Array.isArray(v)) return issues.add(loc, 'value is not a valid list', 'type_error.list');
  if (b.minItems !== undefined && v.length < b.minItems) {
    return issues.add(loc, `ensure this value has at least ${b.minItems} items`, 'value_error.list.min_items', { limit_value: b.minItems });
  }
  if (b.maxItems !== undefined && v.length > b.maxItems) {
    return issues.add(loc, `ensure this value has at most ${b.maxItems} items`, 'value_error.list.max_items', { limit_value: b.maxItems });
  }
  return v as unknown[];
}

const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;

/** A uuid in canonical lower-case hyphenated form (pydantic accepts upper case and no hyphens). */
export function uuid(v: unknown, loc: Loc, issues: Issues): string | undefined {
  if (typeof v !== 'string' || !UUID.test(v)) return issues.add(loc, 'value is not a valid uuid', 'type_error.uuid');
  const hex = v.replaceAll('-', '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * An RFC 3339 / ISO 8601 date-time, compared as an instant.
 * Assumed: a value without an offset is UTC (pydantic keeps it naive; the service stores UTC).
 */
export function dateTime(v: unknown, loc: Loc, issues: Issues): Date | undefined {
  const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
  if (!m) return issues.add(loc, 'invalid datetime format', 'value_error.datetime');
  const [, y, mo, d, h, mi, s = '00', frac = '', tzRaw] = m;
  let tz = tzRaw === undefined || tzRaw.toUpperCase() === 'Z' ? 'Z' : tzRaw;
  if (tz !== 'Z' && tz.length === 3) tz = `${tz}:00`;
  else if (tz !== 'Z' && !tz.includes(':')) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
  const ms = frac.padEnd(3, '0').slice(0, 3);
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${tz}`);
  const calendarOk = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() === Number(d);
  if (Number.isNaN(date.getTime()) || !calendarOk) return issues.add(loc, 'invalid datetime format', 'value_error.datetime');
  return date;
}
