/**
 * The calendar of a plan: a mermaid `gantt` chart of the campaigns whose schedule the plan
 * changes, one bar before and one after each change, one section per vendor, and the plan's
 * "today" marked. GitHub draws the chart from a ```mermaid block in a comment.
 *
 * The chart reads wall-clock times in one zone: each instant is written as the zone's clock
 * showed it, and mermaid reads those as times in the reader's own zone, so every bar keeps its
 * place and the axis reads in the plan's zone wherever the chart is drawn. Text from outside
 * (campaign names) is made into text mermaid cannot read as anything else: see mermaidText.
 * docs/calendar.md says how the chart is checked with mermaid's own parser.
 */
import { instantMs } from '../desired/instant.js';
import { resolveTimeZone, utcSeconds, wallClockAt } from './display-values.js';

/** One side of a schedule change; an absent start or end is open, unless it is said to be unknown. */
export interface ScheduleSide {
  /** An RFC 3339 date-time, or a date (`2027-01-31`: the whole day, in the chart's zone). */
  readonly start?: string | Date;
  readonly end?: string | Date;
  /** False when the campaign is switched off on this side. */
  readonly on?: boolean;
  /**
   * The plan does not know this end (a field the file does not manage and the plan does not
   * change, or a campaign to delete): drawn at the chart's edge like an open one, and said so.
   */
  readonly unknown?: { readonly start?: boolean; readonly end?: boolean };
}

/** A campaign whose schedule changes: before is absent for a campaign created, after for one that stops. */
export interface ScheduleEntry {
  /** The vendor's title. */
  readonly section: string;
  /** The campaign's name. */
  readonly label: string;
  readonly before?: ScheduleSide;
  readonly after?: ScheduleSide;
}

export interface CalendarOptions {
  readonly today: Date;
  /** IANA zone the chart reads in; UTC unless given. */
  readonly timeZone?: string;
  /** Most characters of the whole block, fences included (mermaid itself refuses more than CALENDAR_LIMITS.mermaidMaxText). */
  readonly maxChars?: number;
}

export const CALENDAR_LIMITS = {
  /** Mermaid's default `maxTextSize`: a longer diagram is drawn as an error. */
  mermaidMaxText: 50_000,
  /** Characters of a campaign or vendor name in the chart (a bar's label is drawn on one line). */
  maxName: 60,
  /** Dates further than this from today are drawn at the chart's edge (a sentinel end such as 9999-12-31 would squash every other bar). */
  farDays: 731,
  /** Open starts and ends reach this far beyond the earliest and latest dates: a tenth of the span, at least a week. */
  minPadDays: 7,
  padShare: 0.1,
} as const;

/** A bar as the chart draws it: times are the zone's wall clock, `YYYY-MM-DD HH:mm:ss`. */
export interface CalendarTask {
  readonly section: string;
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

export interface CalendarChart {
  /** The ```mermaid block; its length is what it costs in a comment. */
  readonly markdown: string;
  readonly tasks: readonly CalendarTask[];
  /** Entries left out to stay within the size limit (the chart's title says so). */
  readonly omitted: number;
}

const DAY = 86_400;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A point on the chart: seconds of the zone's wall clock read as if it were UTC. */
type Wall = number;

function wallOf(value: string | Date | undefined, zone: string, edge: 'start' | 'end'): Wall | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const date = DATE_ONLY.exec(value);
    if (date) {
      const midnight = utcSeconds({ year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour: 0, minute: 0, second: 0 });
      return edge === 'start' ? midnight : midnight + DAY;
    }
  }
  const ms = typeof value === 'string' ? instantMs(value) : value.getTime();
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  const w = wallClockAt(Math.floor(ms / 1000), zone);
  return utcSeconds(w);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm:ss`, the chart's dateFormat (also past year 9999, where toISOString adds a sign). */
function wallText(w: Wall): string {
  const d = new Date(w * 1000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

const dayText = (w: Wall) => wallText(w).slice(0, -9);

/**
 * Characters mermaid would read as something other than text: `:` ends a task's name, `#` and `;`
 * make entity codes (`#35;`), `%%` starts a comment or a directive, a backtick could close the
 * markdown fence around the chart, and controls, line breaks and bidi marks break the line or
 * reorder it. Each becomes a look-alike or a space.
 */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const LOOK_ALIKE: Readonly<Record<string, string>> = { ':': '\uff1a', '#': '\uff03', ';': '\uff1b', '`': "'" };

/**
 * Words mermaid's gantt reader takes as a statement when a line starts with them (`Click & collect`
 * would be a click handler, `Title sponsorship` the chart's title, `2027-01-01 …` a date); such a
 * name gets an invisible word joiner in front.
 */
const STATEMENT_START =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|call|href|\d{4}-\d\d-\d\d)/i;
const WORD_JOINER = '\u2060';
/** The reader takes a line whose first or second character is `%` for a comment (`5% off` would vanish): that `%` becomes a full-width one. */
const COMMENT_START = /^([\s\S]?)%/;

export function mermaidText(text: string, max: number = CALENDAR_LIMITS.maxName): string {
  let out = text
    .replace(BREAKS, ' ')
    .replace(/[:#;`]/g, (c) => LOOK_ALIKE[c]!)
    .replace(/%{2,}/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(out);
  if (chars.length > max) out = `${chars.slice(0, max - 1).join('').trimEnd()}…`;
  if (out === '') return '(no name)';
  out = out.replace(COMMENT_START, '$1\uff05');
  return STATEMENT_START.test(out) ? WORD_JOINER + out : out;
}

interface Side {
  readonly start: Wall;
  readonly end: Wall;
  readonly notes: string[];
}

export function renderCalendar(entries: readonly ScheduleEntry[], opts: CalendarOptions): CalendarChart | undefined {
  const zone = resolveTimeZone(opts.timeZone ?? 'UTC');
  const today = wallOf(opts.today, zone, 'start')!;
  const far = CALENDAR_LIMITS.farDays * DAY;
  const near = (w: Wall | undefined): w is Wall => w !== undefined && Math.abs(w - today) <= far;

  const read = (side: ScheduleSide | undefined) =>
    side && { start: wallOf(side.start, zone, 'start'), end: wallOf(side.end, zone, 'end'), on: side.on, unknown: side.unknown };
  const sides = entries.map((e) => ({ entry: e, before: read(e.before), after: read(e.after) }));

  let lo = today;
  let hi = today;
  for (const s of sides) {
    for (const w of [s.before?.start, s.before?.end, s.after?.start, s.after?.end]) {
      if (near(w)) {
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
      }
    }
  }
  const pad = Math.max(CALENDAR_LIMITS.minPadDays * DAY, Math.ceil((hi - lo) * CALENDAR_LIMITS.padShare));
  const openStart = Math.floor((lo - pad) / DAY) * DAY;
  const openEnd = Math.ceil((hi + pad) / DAY) * DAY;

  /** A start or end as drawn: open ones at the chart's edge, far ones clipped to it, each with a note saying so. */
  const point = (w: Wall | undefined, open: Wall, notes: string[], edge: 'start' | 'end', unknown = false): Wall => {
    if (w === undefined) {
      notes.push(unknown ? `${edge} unknown` : `no ${edge}`);
      return open;
    }
    if (near(w)) return w;
    notes.push(`${edge === 'start' ? 'from' : 'until'} ${dayText(w)}`);
    return Math.min(Math.max(w, openStart), openEnd);
  };
  const place = (side: { start?: Wall; end?: Wall; on?: boolean | undefined; unknown?: ScheduleSide['unknown'] }, kind: string): Side => {
    const notes = [kind];
    if (side.on === false) notes.push('off');
    const start = point(side.start, openStart, notes, 'start', side.unknown?.start);
    let end = point(side.end, openEnd, notes, 'end', side.unknown?.end);
    if (end < start) {
      notes.push('ends before it starts');
      end = start;
    }
    return { start, end, notes };
  };

  const bars = (s: (typeof sides)[number]) => {
    const out: { side: Side; tag: string }[] = [];
    if (s.before) out.push({ side: place(s.before, s.after ? 'before' : 'removed'), tag: 'done, ' });
    if (s.after) out.push({ side: place(s.after, s.before ? 'after' : 'new'), tag: s.after.on === false ? '' : 'active, ' });
    return out;
  };

  const limit = Math.min(opts.maxChars ?? Number.POSITIVE_INFINITY, CALENDAR_LIMITS.mermaidMaxText);
  const head = (omitted: number) => [
    '```mermaid',
    'gantt',
    `  title Campaign schedule, times in ${zone}${omitted ? ` (${omitted} more not drawn)` : ''}`,
    '  dateFormat YYYY-MM-DD HH:mm:ss',
    '  axisFormat %Y-%m-%d',
    // Mermaid's own marker is the reader's today; the plan's today is the milestone below.
    '  todayMarker off',
    `  today ${dayText(today)} : milestone, ${wallText(today)}, 0d`,
  ];
  // The title with the most digits the count of omitted entries can have: the size check holds whatever is cut.
  const reserved = head(entries.length).join('\n').length + '\n```'.length + 1;

  const bySection = new Map<string, string[]>();
  const tasks: CalendarTask[] = [];
  let size = reserved;
  let drawn = 0;
  for (const s of sides) {
    const section = mermaidText(s.entry.section);
    const name = mermaidText(s.entry.label);
    const lines: string[] = [];
    const entryTasks: CalendarTask[] = [];
    for (const { side, tag } of bars(s)) {
      const task = `${name} (${side.notes.join(', ')})`;
      lines.push(`  ${task} : ${tag}${wallText(side.start)}, ${wallText(side.end)}`);
      entryTasks.push({ section, name: task, start: wallText(side.start), end: wallText(side.end) });
    }
    if (lines.length === 0) continue;
    const cost = lines.reduce((n, l) => n + l.length + 1, 0) + (bySection.has(section) ? 0 : `  section ${section}\n`.length);
    if (size + cost > limit) break;
    size += cost;
    drawn++;
    const sectionLines = bySection.get(section) ?? [];
    sectionLines.push(...lines);
    bySection.set(section, sectionLines);
    tasks.push(...entryTasks);
  }
  if (drawn === 0) return undefined;
  const omitted = sides.filter((s) => s.before || s.after).length - drawn;
  const body: string[] = [];
  for (const [section, lines] of bySection) body.push(`  section ${section}`, ...lines);
  const ordered = [...bySection.keys()].flatMap((section) => tasks.filter((t) => t.section === section));
  return { markdown: [...head(omitted), ...body, '```'].join('\n'), tasks: ordered, omitted };
}
