/**
 * `import --refresh`: what an already managed document's spec becomes when it is refreshed from
 * live state. Only the values plan finds different change: the document's spec is diffed against
 * the live campaign the way plan diffs it (the provider's canonical form, so an instant written in
 * a local time zone equals the same instant in UTC), and each differing leaf takes the value
 * `import` would write. Everything else is the document's own: write-only fields (never returned,
 * so never compared), `ignore`d paths, fields the document does not manage, and the spelling of
 * every value that did not change. The file is then edited in place (desired/refresh-in-place.ts).
 */
import { formatPath, parsePath, type PathSegment } from '../desired/path.js';
import { loadSchemas } from '../desired/schema-registry.js';
import { jsonEqual } from '../engine/canonical-json.js';
import { diffSpec } from '../engine/diff.js';
import { fieldKinds } from '../engine/field-kinds.js';
import { isIgnored, withoutIgnored } from '../engine/ignore.js';
import { isJsonObject } from '../json/guards.js';
import type { LiveCampaign, ProviderRuntime } from '../providers/runtime.js';
import type { ProviderDefinition } from '../providers/types.js';

export interface RefreshInput {
  readonly provider: ProviderDefinition;
  readonly runtime: ProviderRuntime<unknown>;
  /** The document's spec as written, and its own `ignore`. */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly ignore: readonly string[];
  readonly accountIgnore: readonly string[];
  readonly live: LiveCampaign;
  /** What `import` would write for the live campaign (settled, the account's ignore left out). */
  readonly imported: Readonly<Record<string, unknown>>;
  readonly now: Date;
}

export type Refreshed =
  | {
      readonly kind: 'refreshed';
      readonly spec: Record<string, unknown>;
      /** The paths whose value changed, in the document's order. */
      readonly changed: readonly string[];
      /** The paths left out because the vendor has no value there that the file can hold. */
      readonly removed: readonly string[];
    }
  | { readonly kind: 'problem'; readonly message: string };

/** The refreshed spec; `changed` empty when the document already matches live state. */
export function refreshedSpec(input: RefreshInput): Refreshed {
  const ignore = [...input.ignore, ...input.accountIgnore];
  const differing = (spec: Readonly<Record<string, unknown>>) => differences(input, spec, ignore);
  const first = differing(input.spec);
  if (first.length === 0) return { kind: 'refreshed', spec: { ...input.spec }, changed: [], removed: [] };

  const validate = loadSchemas().validator(input.provider.schemaFile);
  const attempts: ((keepZones: boolean) => Record<string, unknown>)[] = [
    // Each differing leaf takes the imported value.
    (keepZones) => leafByLeaf(input, first, keepZones),
    // A leaf that still differs was implied by another field (a flag that clears a date): every
    // field the document manages takes the imported value where it differs.
    (keepZones) => wholeFields(input, leafByLeaf(input, first, keepZones), ignore),
  ];
  for (const attempt of attempts) {
    for (const keepZones of [true, false]) {
      const spec = attempt(keepZones);
      if (differing(spec).length > 0 || !validate(spec)) continue;
      const changed = changedPaths(input.spec, spec);
      return { kind: 'refreshed', spec, changed: changed.filter((p) => !p.removed).map((p) => p.path), removed: changed.filter((p) => p.removed).map((p) => p.path) };
    }
  }
  const paths = first.map(formatPath);
  return { kind: 'problem', message: `${paths.join(', ')} cannot be made to match ${input.provider.title} by editing the document; edit ${paths.length === 1 ? 'it' : 'them'} by hand, or remove the document and import the campaign again` };
}

/** The paths (parsed) where plan would find `spec` different from live state; write-only fields left out. */
function differences(input: RefreshInput, spec: Readonly<Record<string, unknown>>, ignore: readonly string[]): PathSegment[][] {
  const managed = withoutIgnored(spec, ignore);
  const changes = diffSpec({
    desired: managed,
    canonical: input.runtime.canonical(managed),
    live: input.runtime.toSpec(input.live.raw),
    writeOnly: fieldKinds(input.provider).writeOnly,
    lossy: new Set(),
    lastApplied: {},
    fieldEquals: (field, want, have) => input.runtime.fieldEquals?.(field, want, have, { now: input.now, live: input.live }),
  });
  return changes
    .filter((c) => !c.writeOnly && !isIgnored(c.path, ignore))
    .map((c) => parsePath(c.path) ?? [c.path]);
}

function leafByLeaf(input: RefreshInput, paths: readonly PathSegment[][], keepZones: boolean): Record<string, unknown> {
  const spec = structuredClone(input.spec) as Record<string, unknown>;
  for (const path of paths) {
    const value = valueAt(input.imported, path);
    if (value === undefined) removeAt(spec, path);
    else setAt(spec, path, keepZones ? inZoneOf(valueAt(input.spec, path), value) : value);
  }
  return spec;
}

function wholeFields(input: RefreshInput, spec: Record<string, unknown>, ignore: readonly string[]): Record<string, unknown> {
  const writeOnly = fieldKinds(input.provider).writeOnly;
  for (const field of Object.keys(spec)) {
    if (writeOnly.has(field) || ignore.some((i) => i === field || i.startsWith(`${field}.`) || i.startsWith(`${field}[`))) continue;
    const imported = input.imported[field];
    if (imported === undefined) delete spec[field];
    else if (!jsonEqual(spec[field], imported)) spec[field] = imported;
  }
  return spec;
}

/** Leaves (objects recursed) where `after` differs from `before`; `removed` where it no longer has one. */
function changedPaths(before: unknown, after: unknown, path: PathSegment[] = []): { path: string; removed: boolean }[] {
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    return keys.flatMap((k) => changedPaths(before[k], after[k], [...path, k]));
  }
  if (jsonEqual(before, after)) return [];
  return [{ path: formatPath(path), removed: after === undefined }];
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let at = value;
  for (const seg of path) {
    if (Array.isArray(at) && typeof seg === 'number') at = at[seg];
    else if (isJsonObject(at) && typeof seg === 'string') at = at[seg];
    else return undefined;
  }
  return at;
}

function setAt(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let at: Record<string, unknown> = root;
  for (const seg of path.slice(0, -1)) {
    const key = String(seg);
    if (!isJsonObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[String(path[path.length - 1])] = value;
}

function removeAt(root: Record<string, unknown>, path: readonly PathSegment[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (isJsonObject(parent)) delete parent[String(path[path.length - 1])];
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A new instant written in the time zone the document used for the old one (`2026-03-01T10:00:00+01:00`
 * stays in +01:00), at the new value's precision; anything else as it is.
 */
function inZoneOf(old: unknown, value: unknown): unknown {
  if (typeof old !== 'string' || typeof value !== 'string') return value;
  const o = INSTANT.exec(old);
  const v = INSTANT.exec(value);
  if (!o || !v || o[8] === v[8] || o[8] === 'Z') return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const sign = o[8]!.startsWith('-') ? -1 : 1;
  const offsetMin = sign * (Number(o[8]!.slice(1, 3)) * 60 + Number(o[8]!.slice(4, 6)));
  const local = new Date(ms + offsetMin * 60_000).toISOString(); // yyyy-mm-ddThh:mm:ss.sssZ, in local time
  const seconds = v[6] !== undefined ? `:${local.slice(17, 19)}` : '';
  const fraction = v[7] !== undefined ? local.slice(19, 23) : '';
  return `${local.slice(0, 16)}${seconds}${fraction}${o[8]}`;
}
