/**
 * The calendar read by mermaid itself (the version GitHub-like renderers run, in a jsdom window):
 * the chart must parse, and every bar mermaid computes must have the name and dates the schedule
 * says. Mermaid throws on a date it cannot read, and sets a task's end to its start when the end
 * is not a date, so comparing the dates catches both.
 *
 * @vitest-environment jsdom
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarChart, type ScheduleEntry } from '../../src/report/calendar.js';

interface GanttTask {
  task: string;
  section: string;
  startTime: Date;
  endTime: Date;
  milestone?: boolean;
  active?: boolean;
  done?: boolean;
}
interface GanttDb {
  getTasks(): GanttTask[];
  getDiagramTitle(): string;
  getDateFormat(): string;
  getTodayMarker(): string;
}
interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

let mermaid: MermaidApi;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
});

/** The chart as mermaid reads it; fails the test when mermaid cannot. */
async function read(chart: CalendarChart): Promise<{ db: GanttDb; tasks: { name: string; section: string; start: string; end: string }[] }> {
  expect(chart.markdown.startsWith('```mermaid\n') && chart.markdown.endsWith('\n```')).toBe(true);
  const text = chart.markdown.slice('```mermaid\n'.length, -'\n```'.length);
  await mermaid.parse(text);
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as GanttDb;
  return {
    db,
    tasks: db.getTasks().map((t) => ({
      // What a reader sees: the word joiner that keeps a name from reading as a statement is invisible.
      name: t.task.replace(/\u2060/g, '').trim(),
      section: t.section,
      start: local(t.startTime),
      end: local(t.endTime),
    })),
  };
}

/** Mermaid reads the chart's times as the machine's local time: read them back the same way. */
function local(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const TODAY = new Date('2027-03-05T12:00:00Z');

describe('the calendar as mermaid reads it', () => {
  it('draws each campaign before and after, one section per vendor, today marked, in the account’s zone', async () => {
    const entries: ScheduleEntry[] = [
      {
        section: 'Voucherify',
        label: 'Spring sale',
        before: { start: '2027-03-01T00:00:00+01:00', end: '2027-03-31T23:59:59+02:00' },
        after: { start: '2027-03-01T00:00:00+01:00', end: '2027-04-15T23:59:59+02:00' },
      },
      { section: 'Topsort', label: 'Sponsored listings', after: { start: '2027-03-10T09:00:00Z', end: '2027-06-30T21:59:59Z' } },
      { section: 'Masivo', label: 'Loyalty double points', before: { start: '2027-02-01', end: '2027-02-28' } },
      {
        section: 'Voucherify',
        label: 'Weekend promo',
        before: { start: '2027-03-06T08:00:00Z', end: '2027-03-07T20:00:00Z', on: true },
        after: { start: '2027-03-06T08:00:00Z', end: '2027-03-07T20:00:00Z', on: false },
      },
    ];
    const chart = renderCalendar(entries, { today: TODAY, timeZone: 'Europe/Amsterdam' })!;
    const { db, tasks } = await read(chart);
    expect(tasks).toEqual([
      { name: 'today 2027-03-05', section: '', start: '2027-03-05 13:00:00', end: '2027-03-05 13:00:00' },
      { name: 'Spring sale (before)', section: 'Voucherify', start: '2027-03-01 00:00:00', end: '2027-03-31 23:59:59' },
      { name: 'Spring sale (after)', section: 'Voucherify', start: '2027-03-01 00:00:00', end: '2027-04-15 23:59:59' },
      { name: 'Weekend promo (before)', section: 'Voucherify', start: '2027-03-06 09:00:00', end: '2027-03-07 21:00:00' },
      { name: 'Weekend promo (after, off)', section: 'Voucherify', start: '2027-03-06 09:00:00', end: '2027-03-07 21:00:00' },
      // A campaign created: only after; summer time from 28 March.
      { name: 'Sponsored listings (new)', section: 'Topsort', start: '2027-03-10 10:00:00', end: '2027-06-30 23:59:59' },
      // One that stops: only before; a date is the whole day.
      { name: 'Loyalty double points (removed)', section: 'Masivo', start: '2027-02-01 00:00:00', end: '2027-03-01 00:00:00' },
    ]);
    const raw = db.getTasks();
    expect(raw[0]!.milestone).toBe(true);
    expect(raw.filter((t) => t.task.includes('(before)')).every((t) => t.done)).toBe(true);
    expect(raw.find((t) => t.task.includes('(after)'))!.active).toBe(true);
    expect(raw.find((t) => t.task.includes('(after, off)'))!.active).toBeFalsy();
    expect(db.getDiagramTitle()).toBe('Campaign schedule, times in Europe/Amsterdam');
    // Mermaid's own marker would be the reader's today, not the plan's.
    expect(db.getTodayMarker()).toBe('off');
    expect(chart.tasks.map((t) => t.name.replace(/\u2060/g, ''))).toEqual(tasks.slice(1).map((t) => t.name));
  });

  it('draws open and far-off ends at the chart’s edge, and says so', async () => {
    const entries: ScheduleEntry[] = [
      { section: 'Spaaza', label: 'Always on', before: { start: '2027-03-01T00:00:00Z', end: '2027-03-20T00:00:00Z' }, after: { start: '2027-03-01T00:00:00Z' } },
      { section: 'Spaaza', label: 'Evergreen', after: { end: '9999-12-31T23:59:59Z' } },
      { section: 'Lula Commerce', label: 'Old one', before: { start: '2019-01-01T00:00:00Z', end: '2027-03-31T00:00:00Z' } },
    ];
    // Dates within two years of today: 2027-03-01 to 2027-03-31 and today. A tenth of the span is
    // under a week, so the open edges are a week beyond: 2027-02-22 and 2027-04-07, whole days.
    const { tasks } = await read(renderCalendar(entries, { today: TODAY })!);
    expect(tasks.slice(1)).toEqual([
      { name: 'Always on (before)', section: 'Spaaza', start: '2027-03-01 00:00:00', end: '2027-03-20 00:00:00' },
      { name: 'Always on (after, no end)', section: 'Spaaza', start: '2027-03-01 00:00:00', end: '2027-04-07 00:00:00' },
      { name: 'Evergreen (new, no start, until 9999-12-31)', section: 'Spaaza', start: '2027-02-22 00:00:00', end: '2027-04-07 00:00:00' },
      { name: 'Old one (removed, from 2019-01-01)', section: 'Lula Commerce', start: '2027-02-22 00:00:00', end: '2027-03-31 00:00:00' },
    ]);
  });

  it('keeps every name a name: nothing in it is read as mermaid or breaks the markdown around the chart', async () => {
    const names = [
      'Click & collect',
      'Title sponsorship',
      'Section 8 promo',
      '2027-01-01 launch',
      'call now',
      'gantt day',
      'excludes weekends',
      'weekday monday deal',
      '%50 off',
      '5% off',
      'Spring sale: 20% off',
      'Deal #1; more',
      'a#35;b',
      '%%{init: {"theme":"dark"}}%% sale',
      '```\nfenced',
      'two\nlines',
      '   padded   ',
      'left\u202eright',
      '',
      'A very long campaign name that goes on and on well past what fits on one bar of a chart',
    ];
    const entries = names.map((label) => ({ section: 'Voucherify: EU #1', label, after: { start: '2027-03-10T00:00:00Z', end: '2027-03-20T00:00:00Z' } }));
    const chart = renderCalendar(entries, { today: TODAY })!;
    const { db, tasks } = await read(chart);
    expect(tasks.slice(1).map((t) => t.name)).toEqual([
      'Click & collect (new)',
      'Title sponsorship (new)',
      'Section 8 promo (new)',
      '2027-01-01 launch (new)',
      'call now (new)',
      'gantt day (new)',
      'excludes weekends (new)',
      'weekday monday deal (new)',
      '％50 off (new)',
      '5％ off (new)',
      'Spring sale： 20% off (new)',
      'Deal ＃1； more (new)',
      'a＃35；b (new)',
      '％{init： {"theme"："dark"}}% sale (new)',
      "''' fenced (new)",
      'two lines (new)',
      'padded (new)',
      'left right (new)',
      '(no name) (new)',
      'A very long campaign name that goes on and on well past wha… (new)',
    ]);
    expect(new Set(tasks.slice(1).map((t) => `${t.section} ${t.start} ${t.end}`))).toEqual(
      new Set(['Voucherify： EU ＃1 2027-03-10 00:00:00 2027-03-20 00:00:00']),
    );
    expect(db.getDiagramTitle()).toBe('Campaign schedule, times in UTC');
    expect(db.getDateFormat()).toBe('YYYY-MM-DD HH:mm:ss');
    // The fence closes only at the end.
    expect(chart.markdown.split('\n').filter((l) => /^ {0,3}```/.test(l))).toEqual(['```mermaid', '```']);
  });

  it('stays within mermaid’s size limit by leaving campaigns out, and still parses', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      section: `Vendor ${i % 5}`,
      label: `Campaign number ${i} with a name of some length`,
      before: { start: '2027-03-01T00:00:00Z', end: '2027-03-31T00:00:00Z' },
      after: { start: '2027-03-01T00:00:00Z', end: `2027-04-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z` },
    }));
    const chart = renderCalendar(entries, { today: TODAY })!;
    expect(chart.markdown.length).toBeLessThanOrEqual(50_000);
    expect(chart.omitted).toBeGreaterThan(0);
    const { db, tasks } = await read(chart);
    expect(db.getDiagramTitle()).toBe(`Campaign schedule, times in UTC (${chart.omitted} more not drawn)`);
    expect(tasks.length - 1).toBe((2000 - chart.omitted) * 2);
  });
});
