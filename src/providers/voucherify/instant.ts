/**
 * Date-time strings as YAML left them (the schema has already checked the form), turned into
 * milliseconds so that `2026-12-01T00:00:00Z` and `2026-12-01T01:00:00+01:00` compare as the
 * same instant. Anything Date cannot read gives undefined, and the rule then stays silent.
 */
export function instant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
