/**
 * Rules of Masivo's create call (POST /campaigns?type=) that JSON Schema cannot state, judged by
 * validate for documents without an `id`. The fields create requires are in the schema
 * (`$defs.create`); the date windows every campaign keeps are spec rules (date-rules.ts). Left:
 * "create rejects past start dates" — a rule about "today", which a schema cannot know.
 */
import type { MasivoSpec } from '../../generated/masivo.js';
import { showInstant } from '../../desired/instant.js';
import { readMs } from '../kit/instants.js';
import type { SpecRule } from '../types.js';
import { startOfDayUtc } from './date-rules.js';

/** Assumed: "today" is the UTC calendar day (the docs do not say whose day), as plan judges a scheduled campaign's start. */
export const startNotInPastOnCreate: SpecRule<MasivoSpec> = (spec, ctx) => {
  const start = readMs(spec.start_date);
  const today = startOfDayUtc(ctx.now.getTime());
  if (start === undefined || start >= today) return [];
  return [
    {
      rule: 'masivo.create-start-not-in-past',
      path: ['start_date'],
      message: `\`start_date\` (${showInstant(start)}) is before today (${showInstant(today).slice(0, 10)}); Masivo creates no campaign that starts in the past`,
      hint: `choose a start on or after ${showInstant(today)}`,
    },
  ];
};

export const createRules: readonly SpecRule<MasivoSpec>[] = [startNotInPastOnCreate];
