/**
 * Lenient readers of vendor JSON (renovate's habit: parse what you read leniently, validate what
 * you write strictly). Each vendor describes the fields it reads once, in its wire-types.ts, out
 * of these readers:
 *
 * - a reader returns the value in the wanted shape, or undefined when it is absent or malformed:
 *   a malformed optional field is dropped (read as absent), never fatal to the whole answer;
 * - `fields({...})` reads the named fields of an object and ignores every other key, so a vendor
 *   adding a field never breaks plan;
 * - `rowsOf` reads a list of campaign objects and keeps the ones without a usable id apart, so
 *   that a caller can say how many it could not read instead of losing them silently.
 */
import { isJsonObject, type JsonObject } from '../../json/guards.js';

/** The value in the wanted shape, or undefined when it is absent or malformed. */
export type Read<T> = (value: unknown) => T | undefined;

export const text: Read<string> = (v) => (typeof v === 'string' ? v : undefined);

/** A string with something other than spaces in it, trimmed. */
export const nonBlank: Read<string> = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export const finite: Read<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A finite number, or a string holding one (some gateways send amounts as text). */
export const numeric: Read<number> = (v) => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
};

export const flag: Read<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);

export const object: Read<JsonObject> = (v) => (isJsonObject(v) ? v : undefined);

/** null kept as null (the vendor says "none"); anything else through `read`. */
export function nullable<T>(read: Read<T>): Read<T | null> {
  return (v) => (v === null ? null : read(v));
}

/** One of the listed values. */
export function oneOf<const T extends string>(values: readonly T[]): Read<T> {
  return (v) => ((values as readonly unknown[]).includes(v) ? (v as T) : undefined);
}

/** A list, its malformed items dropped. */
export function listOf<T>(item: Read<T>): Read<T[]> {
  return (v) => (Array.isArray(v) ? v.map(item).filter((x): x is T => x !== undefined) : undefined);
}

export type Shape<T> = { readonly [K in keyof T]-?: Read<T[K]> };

/**
 * An object's known fields, each through its reader; a key whose value is malformed is left out,
 * keys the shape does not name are ignored. Undefined only when the value is not an object.
 */
export function fields<T>(shape: Shape<T>): Read<Partial<T>> {
  const entries = Object.entries(shape) as [keyof T & string, Read<unknown>][];
  return (v) => {
    if (!isJsonObject(v)) return undefined;
    const out: Partial<T> = {};
    for (const [key, read] of entries) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const value = read(v[key]);
      if (value !== undefined) out[key] = value as T[typeof key];
    }
    return out;
  };
}

/** A campaign object from a list, with the id it is addressed by. */
export interface Row {
  readonly id: string;
  readonly raw: JsonObject;
}

export interface Rows {
  readonly rows: readonly Row[];
  /** Entries that are not objects or carry no usable id: counted so a caller can report them. */
  readonly unreadable: readonly unknown[];
}

/** The entries of a list answer, split into campaign objects with an id and what could not be read. */
export function rowsOf(list: readonly unknown[], idOf: (raw: JsonObject) => string | undefined): Rows {
  const rows: Row[] = [];
  const unreadable: unknown[] = [];
  for (const entry of list) {
    const id = isJsonObject(entry) ? idOf(entry) : undefined;
    if (id === undefined) unreadable.push(entry);
    else rows.push({ id, raw: entry as JsonObject });
  }
  return { rows, unreadable };
}

/** One sentence for a read's warnings: how many listed entries could not be read, and why it matters. */
export function unreadableNote(vendor: string, count: number, idField: string): string {
  const what = count === 1 ? 'entry' : 'entries';
  return `${vendor} listed ${count} campaign ${what} without a usable \`${idField}\`; ${count === 1 ? 'it was' : 'they were'} skipped`;
}
