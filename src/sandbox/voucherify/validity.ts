/**
 * When a campaign is valid: `validity_timeframe`, `validity_day_of_week`, `validity_hours`.
 *
 * Documented: the daily periods "should not overlap". Assumed: each period needs all three parts and
 * ends after it starts on the same day; a timeframe needs both `interval` and `duration`.
 */
import { arrayOf, type Check, duration, object, oneOf, required, timeOfDay } from './checks.js';
import { minutesOf } from './dates.js';
import { isObject } from './json.js';

/** 0 = Sunday … 6 = Saturday. */
const dayList: Check = arrayOf(oneOf([0, 1, 2, 3, 4, 5, 6]));

export const validityDayOfWeek: Check = dayList;

export const validityTimeframe: Check = object({ interval: required(duration), duration: required(duration) });

const period = object({ start_time: required(timeOfDay), expiration_time: required(timeOfDay), days_of_week: required(dayList) });

export const validityHours: Check = (v, p) => {
  const shape = object({ daily: arrayOf(period) })(v, p);
  if (shape || !isObject(v) || !Array.isArray(v.daily)) return shape;
  const windows = v.daily.filter(isObject).map((d) => ({
    from: minutesOf(d.start_time) ?? 0,
    to: minutesOf(d.expiration_time) ?? 0,
    days: new Set(Array.isArray(d.days_of_week) ? d.days_of_week : []),
  }));
  for (const [i, w] of windows.entries()) {
    if (w.to <= w.from) return `Property '${p}.daily[${i}].expiration_time' must be later than its start_time`;
    for (const [j, other] of windows.slice(0, i).entries()) {
      const sharesDay = [...w.days].some((d) => other.days.has(d));
      if (sharesDay && w.from < other.to && other.from < w.to) {
        return `Property '${p}.daily[${i}]' overlaps '${p}.daily[${j}]': validity periods must not overlap`;
      }
    }
  }
  return undefined;
};
