/**
 * Date arithmetic for Masivo's date windows. Dates arrive as the strings YAML parsed (the schema has
 * already checked they are RFC 3339 date-times); they are compared as instants, never as text.
 */

/** Milliseconds since the epoch, or undefined when the value is not a parseable date-time. */
export function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  // Leap seconds (…:60) pass the schema's format check but not Date.parse; such a date is skipped,
  // never a reason to throw.
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The same wall-clock instant one calendar year later, in UTC. Masivo says "less than one year";
 * a calendar year (not 365 days) is the reading that agrees across leap years with what the
 * dashboard's date picker offers. 29 February rolls over to 1 March.
 */
export function oneYearAfter(ms: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/** An instant as shown in messages: ISO 8601 in UTC, without milliseconds when they are zero. */
export function showInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
