/**
 * A saved plan is applied as written, and a plan file is JSON anyone can edit; with apply on merge
 * it is the document a reviewer approved. So before any request, what apply would send from it is
 * held to what the reviewer saw and to what the repository declares:
 *
 * - each update's `desired` must pass its vendor's schema (and, given "today", the vendor's
 *   rules), its `id` must be of the vendor's form, and its `changes` may name only fields that
 *   `desired` holds (or implies);
 * - each change's `after` must be what `desired` holds at that path (as the provider compares
 *   values), since apply sends `desired`, not `after`; a change marked `clears` (a field the
 *   vendor's write clears) names a field `desired` does not hold, with `after: null`, and apply
 *   writes only when the write would clear exactly those (implicit-changes.ts);
 * - every action's account must be one the configuration declares for that provider;
 * - one campaign may appear once, in any spelling of its id the vendor treats as the same;
 * - given the campaign files of the working tree, every action must name a campaign they declare
 *   today, and its `desired` must be that campaign's managed spec (spec less `ignore`) as the
 *   files declare it now.
 *
 * A plan that passes is applied as it stands. The live fingerprint still refuses any campaign that
 * moved, and apply sends nothing for a campaign whose live state differs from `desired` anywhere
 * its `changes` do not show (apply.ts).
 */
import type { CampaignDocument } from '../desired/campaign.js';
import type { Diagnostic, SourcePosition } from '../desired/diagnostic.js';
import { formatPath, parsePath, type Path, type PathSegment } from '../desired/path.js';
import { schemaDiagnostics } from '../desired/schema-errors.js';
import { loadSchemas } from '../desired/schema-registry.js';
import type { Locator } from '../desired/yaml-source.js';
import { isJsonObject } from '../json/guards.js';
import { getProvider } from '../providers/registry.js';
import { jsonEqual } from './canonical-json.js';
import { withoutIgnored } from './ignore.js';
import { isNewAddress } from '../desired/new-campaign.js';
import { unknownAction, type PlanAction } from './plan-model.js';

export interface PlanCheckOptions {
  /** "Today", for the vendor rules that depend on it; without it those rules are not judged. */
  readonly now?: Date;
  /** The configured accounts: an action's account must be declared, for the action's provider. */
  readonly accounts?: ReadonlyMap<string, { readonly provider: string; readonly ignore?: readonly string[] }>;
  /**
   * The campaigns the working tree declares (validated): each action must name one, and carry its
   * managed spec as `desired`. Without it the plan is judged on its own.
   */
  readonly declared?: readonly CampaignDocument[];
  /** The configuration file, as shown to the user. */
  readonly configFile?: string;
  /**
   * The campaigns the last-applied record says apply manages: a retire, delete or forget must name
   * one of them. Without it that is not checked.
   */
  readonly managed?: ReadonlySet<string>;
}

const EDITED_HINT = 'plan again with `campaignctl plan --out FILE` rather than editing a saved plan';

/** The account of action `index` must be declared for its provider. */
export function checkPlanAccount(a: Readonly<Record<string, unknown>>, index: number, locator: Locator, opts: PlanCheckOptions): Diagnostic[] {
  if (!opts.accounts || typeof a.account !== 'string' || typeof a.provider !== 'string') return [];
  const declared = opts.accounts.get(a.account);
  if (declared?.provider === a.provider) return [];
  const same = [...opts.accounts].filter(([, acc]) => acc.provider === a.provider).map(([name]) => `\`${name}\``);
  const config = opts.configFile ?? 'the configuration';
  return [
    {
      ...locator.at(['actions', index, 'account']),
      code: 'plan-file',
      message: declared
        ? `account \`${a.account}\` is a ${declared.provider} account in ${config}, but this action is for ${a.provider}`
        : `account \`${a.account}\` is not declared in ${config}`,
      hint: `apply the plan with the configuration it was made from (--config PATH)${same.length ? `; ${a.provider} accounts in ${config}: ${same.join(', ')}` : ''}`,
    },
  ];
}

/** Where a plan action's `desired` stands in the plan, for the checks a campaign document gets. */
function actionContext(a: Readonly<Record<string, unknown>>, index: number, locator: Locator) {
  const address = String(a.address);
  const inAction = (path: Path): Path =>
    path[0] === 'spec' ? ['actions', index, 'desired', ...path.slice(1)] : ['actions', index, ...path];
  const actionLocator: Locator = {
    at: (path, prefer) => locator.at(inAction(path), prefer),
    has: (path) => locator.has(inAction(path)),
    offset: (path) => locator.offset(inAction(path)),
  };
  const name = (path: Path) => (path[0] === 'spec' ? (path.length > 1 ? formatPath(path.slice(1)) : 'desired') : formatPath(path));
  const label = (d: Diagnostic): Diagnostic => ({ ...d, code: 'plan-file', message: `${address}: ${d.message}`, hint: d.hint ?? EDITED_HINT });
  return { address, actionLocator, name, label };
}

/**
 * `desired` through the campaign-file schema (as the document it came from: with its id, or for a
 * create without one, then held to the vendor's create call) and, given "today", the vendor's rules.
 */
function checkDesired(
  a: Readonly<Record<string, unknown>>,
  index: number,
  locator: Locator,
  file: string,
  opts: PlanCheckOptions,
  isNew: boolean,
): { readonly schema: Diagnostic[] } | { readonly rules: Diagnostic[] } | undefined {
  const desired = a.desired as Record<string, unknown>;
  const { actionLocator, name, label } = actionContext(a, index, locator);
  const validate = loadSchemas().validator('campaign-file.schema.json');
  const envelope = { provider: a.provider, account: a.account, ...(isNew ? {} : { id: a.id }), spec: desired };
  if (!validate(envelope)) {
    return { schema: schemaDiagnostics(validate.errors, { file, locator: actionLocator, name }).map(label) };
  }
  const provider = getProvider(String(a.provider));
  if (!provider) return undefined;
  const out: Diagnostic[] = [];
  if (opts.now) {
    const rules = isNew ? [...provider.specRules, ...(provider.createRules ?? [])] : provider.specRules;
    for (const rule of rules) {
      for (const v of rule(desired, { now: opts.now, id: isNew ? '' : String(a.id) })) {
        const paths = [v.path, ...(v.otherPaths ?? [])].map((p) => ['spec', ...p] as Path).filter((p) => actionLocator.has(p));
        const at = paths.length ? paths.reduce((x, y) => (actionLocator.offset(y) > actionLocator.offset(x) ? y : x)) : ['spec', ...v.path];
        out.push(label({ ...actionLocator.at(at), code: 'rule', rule: v.rule, message: v.message, ...(v.hint ? { hint: v.hint } : {}) }));
      }
    }
  }
  return { rules: out };
}

/**
 * What apply would create for create action `index`: `desired` held to the vendor's schema, create
 * call and rules, and `changes` exactly what the provider says its create sends from it.
 */
export function checkPlanCreate(
  a: Readonly<Record<string, unknown>>,
  index: number,
  locator: Locator,
  file: string,
  opts: PlanCheckOptions,
): Diagnostic[] {
  const checked = checkDesired(a, index, locator, file, opts, true);
  if (checked === undefined) return [];
  if ('schema' in checked) return checked.schema;
  if (checked.rules.length > 0) return checked.rules;
  const { address } = actionContext(a, index, locator);
  const provider = getProvider(String(a.provider))!;
  const create = provider.runtime?.create;
  if (!create) {
    return [{ ...locator.at(['actions', index, 'action']), code: 'plan-file', message: `${address}: ${provider.title} campaigns cannot be created from git`, hint: EDITED_HINT }];
  }
  let sent: Record<string, unknown>;
  try {
    sent = create.fields(a.desired, { creationKey: String(a.creation_key), now: opts.now ?? new Date() });
  } catch (err) {
    return [{ ...locator.at(['actions', index, 'desired']), code: 'plan-file', message: `${address}: ${err instanceof Error ? err.message : String(err)}`, hint: EDITED_HINT }];
  }
  const shown = a.changes as { path: string; after: unknown }[];
  const expected = Object.entries(sent);
  const same = shown.length === expected.length && expected.every(([path, after], j) => shown[j]!.path === path && jsonEqual(shown[j]!.after, after));
  if (same) return [];
  return [
    {
      ...locator.at(['actions', index, 'changes']),
      code: 'plan-file',
      message: `${address}: \`changes\` do not show what the create would send from \`desired\` (${expected.map(([p]) => `\`${p}\``).join(', ')})`,
      hint: EDITED_HINT,
    },
  ];
}

/** What apply would send for update (or retire) action `index`: the same checks a campaign document gets. */
export function checkPlanUpdate(
  a: Readonly<Record<string, unknown>>,
  index: number,
  locator: Locator,
  file: string,
  opts: PlanCheckOptions,
): Diagnostic[] {
  const desired = a.desired as Record<string, unknown>;
  const { address } = actionContext(a, index, locator);
  const checked = checkDesired(a, index, locator, file, opts, false);
  if (checked === undefined) return [];
  if ('schema' in checked) return checked.schema;
  const out: Diagnostic[] = [...checked.rules];
  const provider = getProvider(String(a.provider))!;
  // A change names what is sent; its value always comes from `desired` (or what `desired` implies).
  let implied: Record<string, unknown> = {};
  try {
    implied = provider.runtime?.canonical(desired) ?? {};
  } catch {
    // A canonical form that cannot be made leaves only `desired` itself to name fields.
  }
  const changes = Array.isArray(a.changes) ? (a.changes as { path: string; after: unknown; clears?: unknown }[]) : [];
  changes.forEach((c, j) => {
    const path = parsePath(c.path);
    const head = path?.[0];
    // A clear names a field `desired` does not manage: the write removes it (apply checks it is exactly what the write would clear).
    if (c.clears === true) {
      const held = path && typeof head === 'string' && (Object.hasOwn(desired, head) || Object.hasOwn(implied, head)) ? afterFromDesired(desired, implied, path) : undefined;
      const problem =
        path === undefined
          ? `change \`${c.path}\` is no field path`
          : held !== undefined
            ? `change \`${c.path}\` is marked \`clears\`, but \`desired\` holds ${shown(held)} there: apply sends that, it does not clear it`
            : c.after !== null
              ? `change \`${c.path}\` is marked \`clears\`, so its \`after\` must be null, not ${shown(c.after)}`
              : undefined;
      if (problem) out.push({ ...locator.at(['actions', index, 'changes', j]), code: 'plan-file', message: `${address}: ${problem}`, hint: EDITED_HINT });
      return;
    }
    if (!path || typeof head !== 'string' || !(Object.hasOwn(desired, head) || Object.hasOwn(implied, head))) {
      out.push({
        ...locator.at(['actions', index, 'changes', j, 'path']),
        code: 'plan-file',
        message: `${address}: change \`${c.path}\` names a field that \`desired\` does not hold, so apply has nothing to send for it`,
        hint: EDITED_HINT,
      });
      return;
    }
    const sent = afterFromDesired(desired, implied, path);
    if (jsonEqual(c.after, sent) || sameCanonically(provider.runtime?.canonical, desired, implied, path, c.after)) return;
    const inDesired = ['actions', index, 'desired', ...path];
    out.push({
      ...locator.at(['actions', index, 'changes', j, 'after']),
      code: 'plan-file',
      message: `${address}: change \`${c.path}\` shows ${shown(c.after)} as the new value, but \`desired\` ${sent === undefined ? 'holds nothing there' : `holds ${shown(sent)}`}: apply sends \`desired\`, so the plan does not show what it would send`,
      hint: EDITED_HINT,
      ...(locator.has(inDesired) ? { related: [{ ...locator.at(inDesired), message: 'what `desired` holds' }] } : {}),
    });
  });
  return out;
}

/**
 * What a change to `path` shows as `after` when planned from `desired`: the value written there,
 * or the canonical one where `desired` only implies it (diff.ts makes changes the same way).
 */
function afterFromDesired(desired: Readonly<Record<string, unknown>>, implied: Readonly<Record<string, unknown>>, path: readonly PathSegment[]): unknown {
  const [field, ...rest] = path as [string, ...PathSegment[]];
  let written = Object.hasOwn(desired, field) ? desired[field] : implied[field];
  let want = implied[field];
  for (const seg of rest) {
    written = isJsonObject(written) && typeof seg === 'string' && Object.hasOwn(written, seg) ? written[seg] : undefined;
    want = isJsonObject(want) && typeof seg === 'string' && Object.hasOwn(want, seg) ? want[seg] : undefined;
  }
  return written === undefined ? want : written;
}

/**
 * Whether `after` is the value `desired` holds at `path` as the provider compares values (an
 * instant written another way, say): `desired` with `after` put there has the same canonical form.
 */
function sameCanonically(
  canonical: ((spec: unknown) => Record<string, unknown>) | undefined,
  desired: Readonly<Record<string, unknown>>,
  implied: Readonly<Record<string, unknown>>,
  path: readonly PathSegment[],
  after: unknown,
): boolean {
  if (!canonical || !Object.hasOwn(desired, path[0] as string)) return false;
  const edited = structuredClone(desired) as Record<string, unknown>;
  let node: Record<string, unknown> = edited;
  for (const seg of path.slice(0, -1)) {
    const next = typeof seg === 'string' && Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (!isJsonObject(next)) return false;
    node = next;
  }
  node[path[path.length - 1] as string] = after;
  try {
    return jsonEqual(canonical(edited), implied);
  } catch {
    return false;
  }
}

/** One value in a message: JSON, cut short. */
function shown(v: unknown): string {
  const text = v === undefined ? '(nothing)' : (JSON.stringify(v) ?? 'null');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The campaign an address names, as its vendor tells campaigns apart: `topsort/m/3C90…` and
 * `topsort/m/3c90…` are one campaign (the provider's `campaignIdKey`).
 */
export function campaignKey(provider: string, account: string, id: string): string {
  const key = getProvider(provider)?.campaignIdKey;
  return `${provider}/${account}/${key ? key(id) : id}`;
}

/** Mismatches with the working tree reported one by one; past this, counted. */
const MAX_TREE_MISMATCHES = 20;

const TREE_HINT = 'plan again (`campaignctl plan --out FILE`) from the campaign files as they are now, and apply that plan';

/**
 * Every action must name a campaign the working tree declares today, and carry as `desired` the
 * managed spec the files declare for it now: a plan from another commit, or edited, is refused
 * before any request.
 */
export function checkPlanAgainstTree(actions: readonly PlanAction[], locator: Locator, opts: PlanCheckOptions): Diagnostic[] {
  if (!opts.declared) return [];
  const byAddress = new Map<string, CampaignDocument>();
  const byKey = new Map<string, CampaignDocument>();
  const files = new Set<string>();
  for (const c of opts.declared) {
    byAddress.set(c.address, c);
    if (c.id !== undefined) byKey.set(campaignKey(c.provider, c.account, c.id), c);
    files.add(c.file);
  }
  const out: Diagnostic[] = [];
  let mismatches = 0;
  actions.forEach((a, i) => {
    const problem = treeMismatch(a, i, locator, opts, byAddress, byKey, files);
    if (!problem) return;
    mismatches += 1;
    if (mismatches <= MAX_TREE_MISMATCHES) out.push(problem);
  });
  if (mismatches > MAX_TREE_MISMATCHES) {
    out.push({
      ...locator.at(['actions']),
      code: 'plan-stale',
      message: `and ${mismatches - MAX_TREE_MISMATCHES} more campaigns that no longer match the campaign files`,
      hint: TREE_HINT,
    });
  }
  return out;
}

function treeMismatch(
  a: PlanAction,
  i: number,
  locator: Locator,
  opts: PlanCheckOptions,
  byAddress: ReadonlyMap<string, CampaignDocument>,
  byKey: ReadonlyMap<string, CampaignDocument>,
  files: ReadonlySet<string>,
): Diagnostic | undefined {
  const stale = (path: Path, message: string, related?: SourcePosition & { message: string }): Diagnostic => ({
    ...locator.at(['actions', i, ...path]),
    code: 'plan-stale',
    message: `${a.address}: ${message}`,
    hint: TREE_HINT,
    ...(related ? { related: [related] } : {}),
  });
  switch (a.action) {
    case 'retire':
    case 'delete':
    case 'forget': {
      // The campaign's document is gone: it must still be, and apply must still manage the campaign.
      const declared = byAddress.get(a.address) ?? byKey.get(campaignKey(a.provider, a.account, a.id));
      if (declared) {
        return stale(['address'], `the plan no longer matches the campaign files: ${declared.file} declares this campaign again, so it is not to be ${a.action === 'forget' ? 'forgotten' : `${a.action}d`}`, {
          ...declared.locator.at(declared.id !== undefined ? ['id'] : []),
          message: 'declared here',
        });
      }
      if (opts.managed && !opts.managed.has(a.address)) {
        return stale(['address'], 'the last-applied record no longer names this campaign among those apply manages (another apply pruned it since the plan)');
      }
      return undefined;
    }
    case 'create':
    case 'update':
    case 'no_change':
    case 'error':
      break;
    default:
      return unknownAction(a);
  }
  const c = byAddress.get(a.address);
  if (!c) {
    const other = a.id !== undefined && !isNewAddress(a.address) ? byKey.get(campaignKey(a.provider, a.account, a.id)) : undefined;
    if (other) {
      return stale(['id'], `the plan no longer matches ${other.file}: it names this campaign ${other.address}`, { ...other.locator.at(['id']), message: 'named here' });
    }
    return stale(
      ['address'],
      a.file !== undefined && files.has(a.file)
        ? `the plan no longer matches ${a.file}: the file no longer manages this campaign`
        : `the plan no longer matches ${a.file ?? 'the campaign files'}: no campaign file declares this campaign (the file is gone, or not under --dir)`,
    );
  }
  if (a.action === 'create' && (c.id !== undefined || c.creationKey !== a.creation_key)) {
    return stale(['creation_key'], `the plan no longer matches ${c.file}: the document at this place is not the one the plan creates`);
  }
  const desired = a.desired;
  if (desired === undefined) return undefined;
  const ignore = [...c.ignore, ...(opts.accounts?.get(c.account)?.ignore ?? [])];
  const managed = ignore.length === 0 ? c.spec : withoutIgnored(c.spec, ignore);
  const diff = firstDifference(desired, managed, []);
  if (!diff) return undefined;
  const field = formatPath(diff.path);
  const inPlan: Path = ['desired', ...diff.path];
  const planPath = locator.has(['actions', i, ...inPlan]) ? inPlan : ['desired'];
  return stale(
    planPath,
    diff.path.length === 0
      ? `the plan no longer matches ${c.file}`
      : `the plan no longer matches ${c.file}: \`${field}\` is ${shown(diff.plan)} in the plan but ${shown(diff.file)} in the file`,
    { ...c.locator.at(diff.file === undefined ? ['spec', ...diff.path.slice(0, -1)] : ['spec', ...diff.path]), message: diff.file === undefined ? `the file does not set \`${field}\`` : 'the file says this' },
  );
}

/** The first place two JSON values differ: objects key by key, lists item by item. */
function firstDifference(plan: unknown, file: unknown, path: PathSegment[]): { path: PathSegment[]; plan: unknown; file: unknown } | undefined {
  if (isJsonObject(plan) && isJsonObject(file)) {
    for (const key of new Set([...Object.keys(plan), ...Object.keys(file)])) {
      const d = firstDifference(Object.hasOwn(plan, key) ? plan[key] : undefined, Object.hasOwn(file, key) ? file[key] : undefined, [...path, key]);
      if (d) return d;
    }
    return undefined;
  }
  if (Array.isArray(plan) && Array.isArray(file) && plan.length === file.length) {
    for (let k = 0; k < plan.length; k++) {
      const d = firstDifference(plan[k], file[k], [...path, k]);
      if (d) return d;
    }
    return undefined;
  }
  return jsonEqual(plan, file) ? undefined : { path, plan, file };
}
