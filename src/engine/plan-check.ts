/**
 * A saved plan is applied as written, and a plan file is JSON anyone can edit. So what apply would
 * send from it is held to the rules campaign files are held to, before any request: each update's
 * `desired` must pass its vendor's schema (and, given "today", the vendor's rules), its `id` must
 * be of the vendor's form, its `changes` may name only fields that `desired` holds (or implies),
 * and every action's account must be one the configuration declares for that provider. A plan that
 * passes is applied as it stands; the live fingerprint still refuses any campaign that moved.
 */
import type { Diagnostic } from '../desired/diagnostic.js';
import { formatPath, parsePath, type Path } from '../desired/path.js';
import { schemaDiagnostics } from '../desired/schema-errors.js';
import { loadSchemas } from '../desired/schema-registry.js';
import type { Locator } from '../desired/yaml-source.js';
import { getProvider } from '../providers/registry.js';

export interface PlanCheckOptions {
  /** "Today", for the vendor rules that depend on it; without it those rules are not judged. */
  readonly now?: Date;
  /** The configured accounts: an action's account must be declared, for the action's provider. */
  readonly accounts?: ReadonlyMap<string, { readonly provider: string }>;
  /** The configuration file, as shown to the user. */
  readonly configFile?: string;
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

/** What apply would send for update action `index`: the same checks a campaign document gets. */
export function checkPlanUpdate(
  a: Readonly<Record<string, unknown>>,
  index: number,
  locator: Locator,
  file: string,
  opts: PlanCheckOptions,
): Diagnostic[] {
  const desired = a.desired as Record<string, unknown>;
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

  const validate = loadSchemas().validator('campaign-file.schema.json');
  const envelope = { provider: a.provider, account: a.account, id: a.id, spec: desired };
  if (!validate(envelope)) {
    return schemaDiagnostics(validate.errors, { file, locator: actionLocator, name }).map(label);
  }
  const provider = getProvider(String(a.provider));
  if (!provider) return [];
  const out: Diagnostic[] = [];
  if (opts.now) {
    for (const rule of provider.specRules) {
      for (const v of rule(desired, { now: opts.now, id: String(a.id) })) {
        const paths = [v.path, ...(v.otherPaths ?? [])].map((p) => ['spec', ...p] as Path).filter((p) => actionLocator.has(p));
        const at = paths.length ? paths.reduce((x, y) => (actionLocator.offset(y) > actionLocator.offset(x) ? y : x)) : ['spec', ...v.path];
        out.push(label({ ...actionLocator.at(at), code: 'rule', rule: v.rule, message: v.message, ...(v.hint ? { hint: v.hint } : {}) }));
      }
    }
  }
  // A change names what is sent; its value always comes from `desired` (or what `desired` implies).
  let implied: Record<string, unknown> = {};
  try {
    implied = provider.runtime?.canonical(desired) ?? {};
  } catch {
    // A canonical form that cannot be made leaves only `desired` itself to name fields.
  }
  const changes = Array.isArray(a.changes) ? (a.changes as { path: string }[]) : [];
  changes.forEach((c, j) => {
    const head = parsePath(c.path)?.[0];
    if (typeof head === 'string' && (Object.hasOwn(desired, head) || Object.hasOwn(implied, head))) return;
    out.push({
      ...locator.at(['actions', index, 'changes', j, 'path']),
      code: 'plan-file',
      message: `${address}: change \`${c.path}\` names a field that \`desired\` does not hold, so apply has nothing to send for it`,
      hint: EDITED_HINT,
    });
  });
  return out;
}
