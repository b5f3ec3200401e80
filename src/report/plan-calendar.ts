/**
 * The calendar of a plan (calendar.ts): which campaigns the plan moves in time, and when each runs
 * before and after. A campaign is on it when the plan creates, retires or deletes it, or changes
 * its start, its end or its on/off switch, as its provider's field roles name them
 * (providers/roles.ts); every other plan has no calendar.
 *
 * The plan says what each side holds as far as it knows: after, the managed spec in the provider's
 * canonical form (so an implied open end counts); before, a changed field's live value, and an
 * unchanged field's desired one (the two match). A field the file does not manage and the plan
 * does not change is unknown on both sides, and drawn so.
 */
import { unknownAction, type Plan, type PlanAction, type PlanChange } from '../engine/plan-model.js';
import { formatPath, parsePath } from '../desired/path.js';
import { isJsonObject } from '../json/guards.js';
import { getProvider } from '../providers/registry.js';
import { isOn, pathTouches, readRole } from '../providers/role-values.js';
import type { FieldRoles } from '../providers/roles.js';
import type { ProviderDefinition } from '../providers/types.js';
import { renderCalendar, type CalendarChart, type ScheduleEntry, type ScheduleSide } from './calendar.js';

type Spec = Readonly<Record<string, unknown>>;

/** A side's value at a path: known (a value, null for open), or not known to the plan. */
type Known = { readonly known: true; readonly value: unknown } | { readonly known: false };
const UNKNOWN: Known = { known: false };

/** The campaigns whose schedule the plan changes, in the plan's order. */
export function scheduleEntries(plan: Pick<Plan, 'actions'>): ScheduleEntry[] {
  return plan.actions.flatMap((a) => {
    const provider = getProvider(a.provider);
    const roles = provider?.roles;
    if (!provider || !roles) return [];
    const entry = entryOf(a, provider, roles);
    return entry ? [entry] : [];
  });
}

/** The chart, within `maxChars`; undefined when nothing moves in time, or nothing fits. */
export function planCalendar(plan: Pick<Plan, 'actions' | 'created_at' | 'timezone'>, maxChars: number): CalendarChart | undefined {
  const today = new Date(plan.created_at);
  // A plan without its time (one merged from plans that had none) has no "today" to draw against.
  if (Number.isNaN(today.getTime())) return undefined;
  const entries = scheduleEntries(plan);
  // The plan's zone (`timezone:` in campaignctl.yaml), as every other date of the plan reads.
  return entries.length === 0 ? undefined : renderCalendar(entries, { today, maxChars, ...(plan.timezone ? { timeZone: plan.timezone } : {}) });
}

function entryOf(a: PlanAction, provider: ProviderDefinition, roles: FieldRoles): ScheduleEntry | undefined {
  const paths = [roles.start?.path, roles.end?.path, roles.onOff?.path].filter((p): p is string => p !== undefined);
  const section = provider.title;
  switch (a.action) {
    case 'create': {
      const after = canonical(provider, a.desired);
      // What a create does not send, the campaign does not have: an open start or end.
      const open = (p: string): Known => {
        const v = at(after, p);
        return v.known ? v : { known: true, value: null };
      };
      return { section, label: nameIn(roles, after) ?? a.address, after: side(roles, open) };
    }
    case 'update': {
      if (!a.changes.some((ch) => paths.some((p) => pathTouches(ch.path, p)))) return undefined;
      const after = canonical(provider, a.desired);
      const afterAt = (p: string) => at(after, p);
      return {
        section,
        label: a.campaign?.name ?? nameIn(roles, after) ?? a.id,
        before: side(roles, (p) => changedFrom(a.changes, p) ?? afterAt(p)),
        after: side(roles, afterAt),
      };
    }
    case 'retire': {
      // `desired` holds the values that stop it; the rest of the campaign is not in the plan.
      const stop = (p: string) => changedTo(a.changes, p) ?? at(a.desired, p);
      return { section, label: a.campaign?.name ?? a.name ?? a.id, before: side(roles, (p) => changedFrom(a.changes, p) ?? at(a.desired, p)), after: side(roles, stop) };
    }
    case 'delete':
      return { section, label: a.campaign?.name ?? a.name ?? a.id, before: side(roles, () => UNKNOWN) };
    case 'forget':
    case 'no_change':
    case 'error':
      return undefined;
    default:
      return unknownAction(a);
  }
}

function side(roles: FieldRoles, value: (path: string) => Known): ScheduleSide {
  const start = roles.start ? value(roles.start.path) : UNKNOWN;
  const end = roles.end ? value(roles.end.path) : UNKNOWN;
  const onOff = roles.onOff ? value(roles.onOff.path) : UNKNOWN;
  const on = roles.onOff && onOff.known ? isOn(roles.onOff, onOff.value) : undefined;
  const unknown = { ...(start.known ? {} : { start: true }), ...(end.known ? {} : { end: true }) };
  return {
    ...(start.known && typeof start.value === 'string' ? { start: start.value } : {}),
    ...(end.known && typeof end.value === 'string' ? { end: end.value } : {}),
    ...(on !== undefined ? { on } : {}),
    ...(Object.keys(unknown).length > 0 ? { unknown } : {}),
  };
}

/** The spec in the provider's canonical form (an implied open end counts); as written when the provider cannot say. */
function canonical(provider: ProviderDefinition, spec: Spec): Spec {
  try {
    return provider.runtime?.canonical(spec) ?? spec;
  } catch {
    return spec;
  }
}

function at(spec: Spec, path: string): Known {
  const value = readRole(spec, path);
  return value === undefined ? UNKNOWN : { known: true, value };
}

function nameIn(roles: FieldRoles, spec: Spec): string | undefined {
  const name = roles.name ? readRole(spec, roles.name.path) : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/** The live value a change at (or around) `path` replaces; undefined when no change touches it. */
function changedFrom(changes: readonly PlanChange[], path: string): Known | undefined {
  return valueVia(changes, path, (ch) => ('before' in ch ? { known: true, value: ch.before } : UNKNOWN));
}

function changedTo(changes: readonly PlanChange[], path: string): Known | undefined {
  return valueVia(changes, path, (ch) => ({ known: true, value: ch.after }));
}

/** A change at the path itself, or at an object holding it: the value found inside. */
function valueVia(changes: readonly PlanChange[], path: string, side: (ch: PlanChange) => Known): Known | undefined {
  const target = parsePath(path);
  if (!target) return undefined;
  for (const ch of changes) {
    if (!pathTouches(ch.path, path)) continue;
    const own = parsePath(ch.path);
    const found = side(ch);
    // A change inside the field (one key of it) says too little about the field as a whole.
    if (!own || own.length > target.length || !found.known) return UNKNOWN;
    if (own.length === target.length) return found;
    const inner = isJsonObject(found.value) ? readRole(found.value, formatPath(target.slice(own.length))) : undefined;
    return inner === undefined ? UNKNOWN : { known: true, value: inner };
  }
  return undefined;
}
