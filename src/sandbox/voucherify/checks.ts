/**
 * A tiny validator for request bodies, shaped after the OpenAPI schemas: each check answers the first
 * problem as a sentence naming the property ("Property 'discount.type' is required"), or undefined.
 * Properties a schema does not list are not checked (the vendor skips them silently).
 */
import { isDuration, minutesOf, parseDateTime } from './dates.js';
import { isObject } from './json.js';

export type Check = (value: unknown, path: string) => string | undefined;

const bad = (path: string, what: string): string => `Property '${path}' must be ${what}`;

export const string: Check = (v, p) => (typeof v === 'string' ? undefined : bad(p, 'a string'));
export const nonEmptyString: Check = (v, p) => (typeof v === 'string' && v.trim() !== '' ? undefined : bad(p, 'a non-empty string'));
export const boolean: Check = (v, p) => (typeof v === 'boolean' ? undefined : bad(p, 'a boolean'));
export const dateTime: Check = (v, p) =>
  parseDateTime(v) !== undefined ? undefined : bad(p, 'an ISO 8601 date-time with a time zone, e.g. 2022-09-20T00:00:00.000Z');
export const duration: Check = (v, p) => (isDuration(v) ? undefined : bad(p, 'an ISO 8601 duration, e.g. P24D or PT1H'));
export const timeOfDay: Check = (v, p) => (minutesOf(v) !== undefined ? undefined : bad(p, 'a time of day in the HH:mm format'));

export function number(min?: number, max?: number): Check {
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return bad(p, 'a number');
    return range(v, p, min, max);
  };
}

export function integer(min?: number, max?: number): Check {
  return (v, p) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return bad(p, 'an integer');
    return range(v, p, min, max);
  };
}

function range(v: number, p: string, min?: number, max?: number): string | undefined {
  if (min !== undefined && v < min) return bad(p, `greater than or equal to ${min}`);
  if (max !== undefined && v > max) return bad(p, `less than or equal to ${max}`);
  return undefined;
}

export function oneOf(values: readonly (string | number)[]): Check {
  return (v, p) => (values.includes(v as string | number) ? undefined : bad(p, `one of: ${values.join(', ')}`));
}

export function arrayOf(item: Check, minItems = 0, maxItems?: number): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return bad(p, 'an array');
    if (v.length < minItems) return bad(p, `an array of at least ${minItems} item(s)`);
    if (maxItems !== undefined && v.length > maxItems) return bad(p, `an array of at most ${maxItems} item(s)`);
    for (const [i, x] of v.entries()) {
      const e = item(x, `${p}[${i}]`);
      if (e) return e;
    }
    return undefined;
  };
}

export const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? undefined : check(v, p);

export interface Prop {
  readonly check: Check;
  readonly required?: boolean;
}

export type Props = Readonly<Record<string, Check | Prop>>;

/** An object whose listed properties are checked (required ones must be present, not null). */
export function object(props: Props): Check {
  return (v, p) => {
    if (!isObject(v)) return bad(p, 'an object');
    for (const [key, spec] of Object.entries(props)) {
      const { check, required } = typeof spec === 'function' ? { check: spec, required: false } : spec;
      const at = p === '' ? key : `${p}.${key}`;
      if (v[key] === undefined) {
        if (required) return `Property '${at}' is required`;
        continue;
      }
      const e = check(v[key], at);
      if (e) return e;
    }
    return undefined;
  };
}

export const required = (check: Check): Prop => ({ check, required: true });

/** The first problem of several checks on one value. */
export const all =
  (...checks: Check[]): Check =>
  (v, p) => {
    for (const c of checks) {
      const e = c(v, p);
      if (e) return e;
    }
    return undefined;
  };
