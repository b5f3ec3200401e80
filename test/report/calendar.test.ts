import { describe, expect, it } from 'vitest';
import { renderCalendar, type ScheduleEntry } from '../../src/report/calendar.js';
import { UnknownTimeZoneError } from '../../src/report/display-values.js';

// What the chart says is checked with mermaid's own parser in calendar-mermaid.test.ts; here, what
// a caller decides with: whether there is a chart, and what it costs.
const today = new Date('2027-03-05T12:00:00Z');
const entry = (i: number): ScheduleEntry => ({
  section: 'Voucherify',
  label: `Campaign ${i}`,
  before: { start: '2027-03-01T00:00:00Z', end: '2027-03-31T00:00:00Z' },
  after: { start: '2027-03-01T00:00:00Z', end: '2027-04-30T00:00:00Z' },
});

describe('calendar size and presence', () => {
  it('gives no chart when there is nothing to draw', () => {
    expect(renderCalendar([], { today })).toBeUndefined();
    expect(renderCalendar([{ section: 'Voucherify', label: 'No dates either side' }], { today })).toBeUndefined();
  });

  it('keeps within the caller’s budget, leaving campaigns out, and gives none when not even one fits', () => {
    const entries = Array.from({ length: 50 }, (_, i) => entry(i));
    const whole = renderCalendar(entries, { today })!;
    expect(whole.omitted).toBe(0);
    expect(whole.tasks).toHaveLength(100);
    const cut = renderCalendar(entries, { today, maxChars: Math.floor(whole.markdown.length / 2) })!;
    expect(cut.markdown.length).toBeLessThanOrEqual(Math.floor(whole.markdown.length / 2));
    expect(cut.omitted).toBeGreaterThan(0);
    expect(cut.tasks).toHaveLength((50 - cut.omitted) * 2);
    expect(cut.tasks.map((t) => t.name)).toEqual(whole.tasks.slice(0, cut.tasks.length).map((t) => t.name));
    expect(renderCalendar(entries, { today, maxChars: 200 })).toBeUndefined();
  });

  it('refuses a time zone it does not know', () => {
    expect(() => renderCalendar([entry(1)], { today, timeZone: 'Europe/Atlantis' })).toThrow(UnknownTimeZoneError);
  });
});
