/**
 * The parts of a saved plan that tell a reviewer about a campaign rather than what apply sends:
 * its name and status, a budget's unit and currency, a write-only value sent again, the zone dates
 * are shown in. A plan file is JSON anyone can edit, so each is held to its shape like the rest;
 * `clears` (which does change what apply does) is checked here for its shape and in plan-check.ts
 * and apply for what it names.
 */
import type { PathSegment } from '../desired/path.js';
import { isJsonObject } from '../json/guards.js';
import { BUDGET_PERIODS, CAMPAIGN_STATUSES } from '../providers/roles.js';
import { resolveTimeZone, UnknownTimeZoneError } from '../report/display-values.js';

export interface DisplayProblem {
  /** Inside the plan, e.g. `['actions', 3, 'campaign', 'status']`. */
  readonly path: PathSegment[];
  readonly message: string;
}

const STATUSES: readonly unknown[] = [...CAMPAIGN_STATUSES, 'new'];
const UNITS: readonly unknown[] = ['minor', 'major', 'points', 'unstated'];
const PERIODS: readonly unknown[] = BUDGET_PERIODS;

/** `timezone` at the top of the plan: an IANA name this runtime knows. */
export function timezoneProblems(value: unknown): DisplayProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [{ path: ['timezone'], message: '`timezone` must be an IANA time zone name such as `Europe/Amsterdam`' }];
  try {
    resolveTimeZone(value);
    return [];
  } catch (err) {
    if (err instanceof UnknownTimeZoneError) return [{ path: ['timezone'], message: err.message }];
    throw err;
  }
}

/** An action's `campaign` and its changes' `resend`, `clears` and `spend`, where present. */
export function actionDisplayProblems(a: Readonly<Record<string, unknown>>, index: number): DisplayProblem[] {
  const out: DisplayProblem[] = [];
  const at = (...rest: PathSegment[]): PathSegment[] => ['actions', index, ...rest];
  if ('campaign' in a) {
    const c = a.campaign;
    if (!isJsonObject(c) || Object.keys(c).some((k) => k !== 'name' && k !== 'status')) out.push({ path: at('campaign'), message: '`campaign` must be {name, status}' });
    else {
      if ('name' in c && typeof c.name !== 'string') out.push({ path: at('campaign', 'name'), message: '`campaign.name` must be text' });
      if ('status' in c && !STATUSES.includes(c.status)) out.push({ path: at('campaign', 'status'), message: `\`campaign.status\` must be one of ${STATUSES.join(', ')}` });
    }
  }
  if (!Array.isArray(a.changes)) return out;
  a.changes.forEach((ch: unknown, j: number) => {
    if (!isJsonObject(ch)) return;
    if ('resend' in ch && (ch.resend !== true || ch.write_only !== true)) {
      out.push({ path: at('changes', j, 'resend'), message: '`resend` is `true` on a write-only change (`write_only: true`), or absent' });
    }
    if ('clears' in ch && ch.clears !== true) out.push({ path: at('changes', j, 'clears'), message: '`clears` is `true`, or absent' });
    if ('spend' in ch) out.push(...spendProblems(ch.spend, at('changes', j, 'spend')));
  });
  return out;
}

function spendProblems(s: unknown, path: PathSegment[]): DisplayProblem[] {
  const shape = '`spend` must be {unit, currency?, period?, before_currency?, before_period?, spent_so_far?}';
  if (!isJsonObject(s)) return [{ path, message: shape }];
  const known = new Set(['unit', 'currency', 'period', 'before_currency', 'before_period', 'spent_so_far']);
  const out: DisplayProblem[] = [];
  const bad = (key: string, message: string) => out.push({ path: [...path, key], message });
  for (const key of Object.keys(s)) if (!known.has(key)) bad(key, shape);
  if (!UNITS.includes(s.unit)) bad('unit', `\`spend.unit\` must be one of ${UNITS.join(', ')}`);
  for (const key of ['currency', 'before_currency']) {
    if (key in s && !(typeof s[key] === 'string' && /^[A-Z]{3}$/.test(s[key]))) bad(key, `\`spend.${key}\` must be an ISO 4217 code such as EUR`);
  }
  for (const key of ['period', 'before_period']) {
    if (key in s && !PERIODS.includes(s[key])) bad(key, `\`spend.${key}\` must be one of ${PERIODS.join(', ')}`);
  }
  if ('spent_so_far' in s && !(typeof s.spent_so_far === 'number' && Number.isFinite(s.spent_so_far))) bad('spent_so_far', '`spend.spent_so_far` must be a number');
  return out;
}
