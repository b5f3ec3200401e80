/**
 * Values as a reviewer reads them in a plan: instants in one time zone with their offset, money in
 * its currency's major unit, and a change as before → after with the change in percent.
 *
 * Everything here formats with the fixed locale `en`, whatever the machine's settings: a plan
 * rendered in CI and the same plan rendered on a laptop must read the same. Nothing here ever
 * rounds away a difference: two values that differ are never shown the same.
 */
import { parseInstant, type Instant } from '../desired/instant.js';

const LOCALE = 'en';

export class UnknownTimeZoneError extends Error {
  constructor(readonly zone: string) {
    super(`unknown time zone \`${zone}\`: use an IANA name such as \`UTC\` or \`Europe/Amsterdam\``);
  }
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reader of a zone; made once per zone (making one costs far more than using it). */
function wallClockFormat(zone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new UnknownTimeZoneError(zone);
    }
    wallClocks.set(zone, format);
  }
  return format;
}

/**
 * The zone's canonical IANA name (`europe/amsterdam` → `Europe/Amsterdam`, `Etc/UTC` → `UTC`);
 * throws UnknownTimeZoneError for a name the runtime's time-zone data does not know.
 */
export function resolveTimeZone(zone: string): string {
  return wallClockFormat(zone).resolvedOptions().timeZone;
}

/** A wall-clock reading: what a clock in the zone showed at an instant. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Seconds east of UTC (Europe/Amsterdam in winter: 3600). */
  readonly offsetSeconds: number;
}

/** The wall clock in `zone` at `epochSeconds` (whole seconds since 1970-01-01T00:00:00Z). */
export function wallClockAt(epochSeconds: number, zone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of wallClockFormat(zone).formatToParts(new Date(epochSeconds * 1000))) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
  // The offset is what the wall clock reads beyond UTC: exact, also for zones whose offset once
  // had seconds, where Intl's offset names round.
  return { ...wall, offsetSeconds: utcSeconds(wall) - epochSeconds };
}

/** Seconds since the epoch of a wall-clock reading taken as UTC; years 0 to 99 stay themselves (Date.UTC maps them onto the 1900s). */
export function utcSeconds(w: Omit<WallClock, 'offsetSeconds'>): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime() / 1000;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `+01:00`, `-03:30`, `+00:00`; seconds only where a historical offset had them. */
export function formatOffset(offsetSeconds: number): string {
  const abs = Math.abs(offsetSeconds);
  const sign = offsetSeconds < 0 ? '-' : '+';
  const s = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}${s ? `:${pad(s)}` : ''}`;
}

function yearText(year: number): string {
  return year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
}

/**
 * An instant as `2027-01-31 23:59 +01:00` in `zone` (UTC unless given). Seconds and fraction
 * digits appear only when they are not zero, so that `23:59:00` and `23:59:59` never read the same.
 * Undefined for text that is not an RFC 3339 date-time (the caller shows it as it is).
 */
export function formatInstant(value: string | Date | Instant, zone = 'UTC'): string | undefined {
  const instant = typeof value === 'string' ? parseInstant(value) : value instanceof Date ? fromDate(value) : value;
  if (!instant) return undefined;
  const w = wallClockAt(instant.seconds, zone);
  const seconds = w.second || instant.fraction ? `:${pad(w.second)}${instant.fraction ? `.${instant.fraction}` : ''}` : '';
  return `${yearText(w.year)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}${seconds} ${formatOffset(w.offsetSeconds)}`;
}

function fromDate(date: Date): Instant | undefined {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return undefined;
  const seconds = Math.floor(ms / 1000);
  return { seconds, fraction: String(ms - seconds * 1000).padStart(3, '0').replace(/0+$/, '') };
}

/** How an amount is counted: in a currency's minor unit (cents), its major unit (euros), or in the vendor's own unit (points). */
export type AmountUnit = 'minor' | 'major' | { readonly name: string };

export interface MoneyFormat {
  readonly unit: AmountUnit;
  /** ISO 4217 code, where known; without it a minor or major amount is shown as a plain number. */
  readonly currency?: string;
  /** The period the vendor states for the amount (daily, total…), shown after it. */
  readonly period?: string;
}

/** The digits after the decimal point of a currency's major unit (EUR 2, JPY 0, KWD 3); undefined for an ill-formed code. */
export function currencyDigits(currency: string): number | undefined {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
}

/** Decimal text of a finite number, without exponent (1e21 → `1000000000000000000000`). */
function decimalText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** `digits` places to the left, exactly, on the decimal text (`12345`, 2 → `123.45`). */
function shiftLeft(text: string, digits: number): string {
  if (digits === 0) return text;
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = int.padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits).replace(/^0+(?=\d)/, '');
  const fraction = (padded.slice(padded.length - digits) + frac).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

function fractionDigitsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Groups thousands; keeps every fraction digit given, and at least `minDigits`. */
function groupDigits(text: string, minDigits: number, currency?: string): string {
  const digits = Math.min(100, Math.max(minDigits, fractionDigitsOf(text)));
  const format = new Intl.NumberFormat(LOCALE, {
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'code' } : {}),
    minimumFractionDigits: minDigits,
    maximumFractionDigits: digits,
  });
  // Intl formats decimal strings exactly (a number would round past 15 digits); the type still says number.
  return format.format(text as unknown as number).replace(/\u00a0/g, ' ');
}

/**
 * An amount as a reviewer reads it: `EUR 70.00` for 7000 minor units of EUR, `JPY 7,000`,
 * `1,500 points`; with its period, `EUR 70.00 (daily)`. Exact: no digit is rounded away.
 * Undefined for a value that is not a finite number.
 */
export function formatMoney(amount: number, format: MoneyFormat): string | undefined {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  let text: string;
  if (typeof format.unit === 'object') {
    text = `${groupDigits(decimalText(amount), 0)} ${format.unit.name}`;
  } else {
    const digits = format.currency ? currencyDigits(format.currency) : undefined;
    if (digits === undefined) {
      // Without a known currency the amount stays in the unit it was given in, and says which.
      text = `${groupDigits(decimalText(amount), 0)}${format.currency ? ` ${format.currency}` : ''}${format.unit === 'minor' ? ' (minor units)' : ''}`;
    } else {
      const major = format.unit === 'minor' ? shiftLeft(decimalText(amount), digits) : decimalText(amount);
      text = groupDigits(major, digits, format.currency);
    }
  }
  return format.period ? `${text} (${format.period})` : text;
}

/**
 * The change from `before` to `after` in percent of `before`: `+42.9 %`, `-30 %`, `+0 %`. Changes
 * too small for one decimal read `+<0.1 %` rather than a zero that is not one. Undefined when there
 * is no percentage to give: a value that is not a finite number, or `before` zero.
 */
export function formatPercentChange(before: number, after: number): string | undefined {
  if (!Number.isFinite(before) || !Number.isFinite(after) || before === 0) return undefined;
  const percent = ((after - before) / Math.abs(before)) * 100;
  if (!Number.isFinite(percent)) return undefined;
  if (percent === 0) return '+0 %';
  const sign = percent > 0 ? '+' : '-';
  const abs = Math.abs(percent);
  if (abs < 0.05) return `${sign}<0.1 %`;
  return `${sign}${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(abs)} %`;
}

/**
 * `EUR 70.00 → EUR 100.00 (+42.9 %)`, the period once: `EUR 70.00 → EUR 100.00 (daily, +42.9 %)`.
 * A side that is absent reads `(none)`; the percentage is left out where there is none to give
 * (from zero, from nothing).
 */
export function formatMoneyChange(before: number | undefined, after: number | undefined, format: MoneyFormat): string {
  const { period, ...each } = format;
  const show = (v: number | undefined) => (v === undefined ? '(none)' : (formatMoney(v, each) ?? String(v)));
  const percent = before !== undefined && after !== undefined ? formatPercentChange(before, after) : undefined;
  const notes = [period, percent].filter((n) => n !== undefined);
  return `${show(before)} → ${show(after)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
