/**
 * Plan: read every managed campaign's live state (per account, in parallel), diff the managed
 * fields, judge the rules that need live state, and return the plan as data. Nothing is written.
 * A failure reading one account becomes an error on that account's campaigns only.
 */
import type { CampaignDocument } from '../desired/campaign.js';
import { formatPath, parsePath, topField } from '../desired/path.js';
import type { FieldChange, LiveCampaign } from '../providers/runtime.js';
import { fingerprint } from './canonical-json.js';
import { diffSpec } from './diff.js';
import { fieldKinds } from './field-kinds.js';
import { withoutIgnored } from './ignore.js';
import type { LastAppliedRecord } from './last-applied.js';
import {
  PLAN_FORMAT_VERSION,
  summarize,
  toPlanChanges,
  type Plan,
  type PlanAction,
  type PlanError,
} from './plan-model.js';
import type { AccountSession } from './sessions.js';

export interface ProgressEvent {
  readonly phase: 'read' | 'write' | 'verify';
  readonly account: string;
  readonly done: number;
  readonly total: number;
}

export interface PlanOptions {
  readonly campaigns: readonly CampaignDocument[];
  readonly sessions: ReadonlyMap<string, AccountSession>;
  readonly lastApplied: LastAppliedRecord;
  readonly now: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
}

/** What the engine concluded about one campaign, before it becomes a plan action. */
export interface Assessment {
  readonly changes: FieldChange[];
  readonly error?: PlanError;
  readonly liveFingerprint: string;
  readonly desired: Record<string, unknown>;
}

export async function buildPlan(opts: PlanOptions): Promise<Plan> {
  const byAccount = new Map<string, CampaignDocument[]>();
  for (const c of opts.campaigns) {
    const list = byAccount.get(c.account) ?? [];
    list.push(c);
    byAccount.set(c.account, list);
  }
  const results = await Promise.all(
    [...byAccount].map(async ([account, campaigns]) => planAccount(account, campaigns, opts)),
  );
  const order = new Map(opts.campaigns.map((c, i) => [c.address, i]));
  const actions = results.flat().sort((a, b) => order.get(a.address)! - order.get(b.address)!);
  return { format_version: PLAN_FORMAT_VERSION, created_at: opts.now.toISOString(), summary: summarize(actions), actions };
}

async function planAccount(account: string, campaigns: readonly CampaignDocument[], opts: PlanOptions): Promise<PlanAction[]> {
  const session = opts.sessions.get(account);
  const base = (c: CampaignDocument) => ({
    address: c.address,
    provider: c.provider,
    account: c.account,
    id: c.id,
    file: c.file,
    line: c.start.line,
  });
  if (!session) {
    return campaigns.map((c) => ({ ...base(c), action: 'error', error: { code: 'no_session', message: `account \`${account}\` is not connected` } }));
  }
  let live: Map<string, LiveCampaign>;
  try {
    live = await readLive(session, campaigns.map((c) => c.id), 'read', opts);
  } catch (err) {
    const message = `reading account \`${account}\` failed: ${err instanceof Error ? err.message : String(err)}`;
    return campaigns.map((c) => ({ ...base(c), action: 'error', error: { code: 'read_failed', message } }));
  }
  return campaigns.map((c): PlanAction => {
    const found = live.get(c.id);
    if (!found) {
      return {
        ...base(c),
        action: 'error',
        error: {
          code: 'not_found',
          message: `${session.provider.title} account \`${account}\` has no campaign with id ${c.id}`,
        },
      };
    }
    const a = assess({ address: c.address, id: c.id, desired: managedSpec(c, session) }, found, session, opts.lastApplied, opts.now);
    const common = { ...base(c), live_fingerprint: a.liveFingerprint, desired: a.desired };
    if (a.error) {
      // Point at the field that breaks the rule when the rule names one.
      const field = a.error.path ? parsePath(a.error.path) : undefined;
      const line = field ? c.locator.at(['spec', ...field]).line : c.start.line;
      return { ...common, line, action: 'error', error: a.error, ...(a.changes.length ? { changes: toPlanChanges(a.changes) } : {}) };
    }
    if (a.changes.length === 0) return { ...common, action: 'no_change' };
    return { ...common, action: 'update', changes: toPlanChanges(a.changes) };
  });
}

/** Reads live campaigns through the provider, reporting progress. */
export async function readLive(
  session: AccountSession,
  ids: readonly string[],
  phase: ProgressEvent['phase'],
  opts: { signal?: AbortSignal; onProgress?: (e: ProgressEvent) => void },
): Promise<Map<string, LiveCampaign>> {
  const total = ids.length;
  const account = session.account.name;
  opts.onProgress?.({ phase, account, done: 0, total });
  const live = await session.runtime.read(ids, {
    http: session.http,
    account: session.account,
    ...(opts.signal ? { signal: opts.signal } : {}),
    progress: (done) => opts.onProgress?.({ phase, account, done: Math.min(done, total), total }),
  });
  opts.onProgress?.({ phase, account, done: total, total });
  return live;
}

/** The managed fields of the desired spec: `spec` less the campaign's and the account's `ignore`. */
export function managedSpec(c: CampaignDocument, session: AccountSession): Record<string, unknown> {
  const ignore = [...c.ignore, ...session.account.ignore];
  // Nothing ignored: the spec as loaded, which nothing mutates (a deep copy per campaign would
  // double the memory the specs of a large repository take).
  return ignore.length === 0 ? (c.spec) : withoutIgnored(c.spec, ignore);
}

/** Diff one campaign against its live state and judge the rules that need it. */
export function assess(
  c: { readonly address: string; readonly id: string; readonly desired: Record<string, unknown> },
  live: LiveCampaign,
  session: AccountSession,
  lastApplied: LastAppliedRecord,
  now: Date,
): Assessment {
  const desired = c.desired;
  const runtime = session.runtime;
  const kinds = fieldKinds(session.provider);
  const liveSpec = runtime.toSpec(live.raw);
  const canonical = runtime.canonical(desired);
  const changes = diffSpec({
    desired,
    canonical,
    live: liveSpec,
    writeOnly: kinds.writeOnly,
    lossy: new Set(runtime.lossyFields ?? []),
    lastApplied: lastApplied.campaigns[c.address] ?? {},
    fieldEquals: (field, want, have) => runtime.fieldEquals?.(field, want, have, { now, live }),
  });
  const liveFingerprint = liveFingerprintOf(liveSpec, [...new Set([...Object.keys(desired), ...Object.keys(canonical)])]);
  const readOnly = changes.find((ch) => kinds.readOnly.has(topField(ch.path)));
  if (readOnly) {
    const field = topField(readOnly.path);
    return {
      changes,
      liveFingerprint,
      desired,
      error: {
        code: 'read_only',
        path: readOnly.path,
        message: `\`${readOnly.path}\` is ${show(readOnly.before)} at ${session.provider.title} but ${show(readOnly.after)} here; \`${field}\` cannot be changed by an update (it identifies the campaign)`,
      },
    };
  }
  const input = { id: c.id, desired, live, liveSpec, changes, now };
  const violations = runtime.planRules.flatMap((rule) => rule(input));
  if (violations.length > 0) {
    const v = violations[0]!;
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more: ${violations.slice(1).map((x) => x.rule).join(', ')})` : '';
    return {
      changes,
      liveFingerprint,
      desired,
      error: { code: v.rule, ...(v.path.length ? { path: formatPath(v.path) } : {}), message: `${v.message}${v.hint ? `; ${v.hint}` : ''}${more}` },
    };
  }
  return { changes, liveFingerprint, desired };
}

/** Fingerprint of what the plan reasoned about: the live values of the managed fields. */
export function liveFingerprintOf(liveSpec: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
  const picked: Record<string, unknown> = {};
  for (const field of [...fields].sort()) picked[field] = liveSpec[field] ?? null;
  return fingerprint(picked);
}

function show(v: unknown): string {
  return v === undefined ? '(absent)' : JSON.stringify(v);
}
