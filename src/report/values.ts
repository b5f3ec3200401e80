import { printable } from './printable.js';

/**
 * How plan values are shown to people: compact JSON, long values shortened. JSON escapes the C0
 * controls; the other characters that act on a terminal (C1, bidi overrides) are escaped too,
 * which leaves the text valid JSON.
 */
export function showValue(v: unknown, max = 80): string {
  if (v === undefined) return '(absent)';
  // JSON has no form for functions or symbols; plan values never hold them.
  const text = printable(JSON.stringify(v) ?? typeof v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
