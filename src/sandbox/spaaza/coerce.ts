/**
 * Parameter coercion. Spaaza takes the same parameters as JSON or as a form, so every value may
 * arrive as a string. Assumed: like a form-first API, JSON values are coerced the same way
 * ("true"/"1" booleans, numeric strings), `null` or "" clears a nullable field, and a list may be
 * a JSON array, a JSON-encoded array string or a comma-separated string.
 */
export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const OK = <T>(value: T): Coerced<T> => ({ ok: true, value });
const BAD: Coerced<never> = { ok: false };

export function toBool(v: unknown): Coerced<boolean> {
  if (v === true || v === 'true' || v === '1' || v === 1) return OK(true);
  if (v === false || v === 'false' || v === '0' || v === 0) return OK(false);
  return BAD;
}

export function toInt(v: unknown): Coerced<number> {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return OK(v);
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim())) return OK(Number(v.trim()));
  return BAD;
}

export function toNumber(v: unknown): Coerced<number> {
  if (typeof v === 'number' && Number.isFinite(v)) return OK(v);
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return OK(Number(v.trim()));
  return BAD;
}

export function toList(v: unknown): Coerced<unknown[]> {
  if (Array.isArray(v)) return OK(v);
  if (typeof v !== 'string') return BAD;
  const s = v.trim();
  if (s === '') return OK([]);
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      return Array.isArray(parsed) ? OK(parsed) : BAD;
    } catch {
      return BAD;
    }
  }
  return OK(s.split(',').map((x) => x.trim()));
}

/** Null or "" (the only way a form can say null). */
export const isClear = (v: unknown): boolean => v === null || v === '';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date-time parameter to epoch ms. Accepts `YYYY-MM-DD HH:MM:SS` (UTC; the format Spaaza
 * documents for campaign groups), RFC 3339 with `Z` or an offset, and the same without offset
 * (UTC). Assumed: campaign pages do not document the input format; these are the plausible ones.
 * Calendar-invalid dates (2026-02-30) are refused.
 */
export function toInstant(v: unknown): Coerced<number> {
  if (typeof v !== 'string') return BAD;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return BAD;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(base);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() + 1 !== Number(mo) ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    return BAD;
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!z) return BAD;
    offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }
  return OK(base - offsetMinutes * 60_000);
}

/** Spaaza's read format for date-times: `2025-11-15T10:30:00+00:00` (UTC, no millis). */
export function formatInstant(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+00:00`
  );
}

/** A time of day, written `HH:MM:SS` as documented; anything else is refused. */
export function toTime(v: unknown): Coerced<string> {
  return typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(v) ? OK(v) : BAD;
}
