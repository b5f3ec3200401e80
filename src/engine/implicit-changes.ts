/**
 * What a vendor's write changes beyond the managed fields (`runtime.implicitChanges`: a
 * full-payload update clears what it is not sent), so that a plan shows everything apply will do,
 * and apply refuses to write a campaign whose plan does not show exactly that.
 *
 * A field the write clears is shown as a change with `clears`. A field it would rewrite to another
 * value is not something a reviewer can weigh without the file managing it: the campaign is an
 * error until the file manages the field.
 */
import { jsonEqual } from './canonical-json.js';
import { formatPath, parsePath } from '../desired/path.js';
import type { FieldChange, PlanInput, ProviderRuntime } from '../providers/runtime.js';
import type { PlanChange, PlanError } from './plan-model.js';

/** The implicit changes of a write from `input`, or the error that keeps the campaign from being written. */
export function implicitChangesOf(runtime: ProviderRuntime<unknown>, input: PlanInput<unknown>, title: string): { changes: FieldChange[] } | { error: PlanError } {
  if (!runtime.implicitChanges || input.changes.length === 0) return { changes: [] };
  const managed = new Set(input.changes.map((c) => c.path));
  const found = runtime.implicitChanges(input).filter((c) => !managed.has(c.path));
  const rewritten = found.find((c) => !c.clears);
  if (rewritten) {
    return {
      error: {
        code: 'implicit_change',
        path: rewritten.path,
        message:
          `${title}'s update would also change \`${rewritten.path}\` from ${shown(rewritten.before)} to ${shown(rewritten.after)}, which this file does not manage; ` +
          `add \`${rewritten.path}\` to the file with the value it should have, so that the plan shows it`,
      },
    };
  }
  return { changes: found.map((c) => ({ ...c, after: undefined, clears: true })) };
}

/**
 * Why a write must not go ahead: the clears the plan shows are not those the write would make now
 * (`fresh`: the implicit changes of a read just before writing). Undefined when they are the same
 * fields with the same values as read; a plan that shows a clear the write would not make, or
 * hides one it would, was edited or has moved on.
 */
export function clearsMismatch(shownChanges: readonly PlanChange[], fresh: readonly FieldChange[]): string | undefined {
  const shown = new Map(shownChanges.filter((c) => c.clears).map((c) => [canonicalPath(c.path), c]));
  const now = new Map(fresh.filter((c) => c.clears).map((c) => [canonicalPath(c.path), c]));
  const hidden = [...now.keys()].filter((p) => !shown.has(p));
  if (hidden.length > 0) return `the write would also clear ${list(hidden)}, which the plan does not show`;
  const extra = [...shown.keys()].filter((p) => !now.has(p));
  if (extra.length > 0) return `the plan shows ${list(extra)} cleared, which the write would not clear now`;
  const moved = [...now].filter(([p, c]) => !jsonEqual(shown.get(p)!.before ?? null, c.before ?? null)).map(([p]) => p);
  if (moved.length > 0) return `${list(moved)} ${moved.length === 1 ? 'holds' : 'hold'} another value at the vendor than the plan shows cleared`;
  return undefined;
}

function canonicalPath(path: string): string {
  const parsed = parsePath(path);
  return parsed ? formatPath(parsed) : path;
}

function list(paths: readonly string[]): string {
  return paths.map((p) => `\`${p}\``).join(', ');
}

function shown(v: unknown): string {
  if (v === undefined) return '(unknown)';
  const text = JSON.stringify(v) ?? 'null';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
