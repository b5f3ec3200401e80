/**
 * Plan: read every managed campaign's live state (per account, in parallel), diff the managed
 * fields, judge the rules that need live state, and return the plan as data. Nothing is written.
 * A failure reading one account becomes an error on that account's campaigns only.
 *
 * A document without `id` finds its campaign first (one an earlier apply created, or one with its
 * identity) and is compared with it, or is planned as a create. A campaign apply managed whose
 * document is gone is planned per its account's `prune`: forgotten, retired or deleted.
 */
import { policyHasRules, type Policy } from '../config/policy.js';
import { campaignAddress, type CampaignDocument } from '../desired/campaign.js';
import { formatPath, parsePath, topField } from '../desired/path.js';
import type { CreateIdentity, FieldChange, LiveCampaign } from '../providers/runtime.js';
import { fingerprint } from './canonical-json.js';
import { liveCampaignFacts, newCampaignFacts } from './campaign-facts.js';
import { withChangeFacts } from './change-facts.js';
import { diffSpec } from './diff.js';
import { comparedSpec, fieldKinds } from './field-kinds.js';
import { judgeInSession, withGuardrails } from './guardrails.js';
import { withoutIgnored } from './ignore.js';
import { implicitChangesOf } from './implicit-changes.js';
import type { LastAppliedRecord } from './last-applied.js';
import { baseKey, changeOrigins, withOrigins, type OriginBase } from './origins.js';
import {
  PLAN_FORMAT_VERSION,
  summarize,
  toPlanChanges,
  type Adoption,
  type Plan,
  type PlanAction,
  type PlanError,
} from './plan-model.js';
import { campaignKey } from './plan-check.js';
import type { PruneCandidate } from './prune.js';
import type { AccountSession } from './sessions.js';

export interface ProgressEvent {
  readonly phase: 'read' | 'write' | 'verify';
  readonly account: string;
  readonly done: number;
  readonly total: number;
}

export interface PlanOptions {
  /** The documents to plan (after --target and --shard). */
  readonly campaigns: readonly CampaignDocument[];
  /** Campaigns apply managed whose document is gone (prune.ts), selected like `campaigns`. */
  readonly pruned?: readonly PruneCandidate[];
  readonly sessions: ReadonlyMap<string, AccountSession>;
  readonly lastApplied: LastAppliedRecord;
  readonly now: Date;
  /** `policy:` of campaignctl.yaml: the changes that trip it carry `guardrails` (guardrails.ts). */
  readonly policy?: Policy;
  /** `timezone:` of campaignctl.yaml, carried into the plan for the renderers. */
  readonly timezone?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** `plan --base`: what REF declared; each change then gets its origin (origins.ts). */
  readonly base?: OriginBase;
}

/** What the engine concluded about one campaign, before it becomes a plan action. */
export interface Assessment {
  readonly changes: FieldChange[];
  readonly error?: PlanError;
  readonly liveFingerprint: string;
  readonly desired: Record<string, unknown>;
  /** The live campaign in the spec's shape, and the desired spec in canonical form, as compared. */
  readonly liveSpec?: Readonly<Record<string, unknown>>;
  readonly canonical?: Readonly<Record<string, unknown>>;
}

export async function buildPlan(opts: PlanOptions): Promise<Plan> {
  const byAccount = new Map<string, { campaigns: CampaignDocument[]; pruned: PruneCandidate[] }>();
  const group = (account: string) => {
    let g = byAccount.get(account);
    if (!g) byAccount.set(account, (g = { campaigns: [], pruned: [] }));
    return g;
  };
  for (const c of opts.campaigns) group(c.account).campaigns.push(c);
  for (const p of opts.pruned ?? []) group(p.account).pruned.push(p);
  const results = await Promise.all([...byAccount].map(async ([account, g]) => planAccount(account, g.campaigns, g.pruned, opts)));
  // Documents in their order, then the campaigns whose documents are gone, by address.
  const order = new Map(opts.campaigns.map((c, i) => [c.address, i]));
  const rank = (a: PlanAction) => order.get(a.address) ?? Number.MAX_SAFE_INTEGER;
  const actions = results.flat().sort((a, b) => rank(a) - rank(b) || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const base = opts.base ? { base: { ref: opts.base.ref, sha: opts.base.sha } } : {};
  return {
    format_version: PLAN_FORMAT_VERSION,
    created_at: opts.now.toISOString(),
    ...base,
    ...(opts.timezone !== undefined ? { timezone: opts.timezone } : {}),
    summary: summarize(actions),
    actions,
  };
}

/** A new document's campaign, once found live: by the record of an earlier create, or by identity. */
interface Found {
  readonly id: string;
  readonly reason: string;
  /** The record says an earlier apply created it: gone from the vendor, it is an error, not a new create. */
  readonly created: boolean;
}

async function planAccount(
  account: string,
  campaigns: readonly CampaignDocument[],
  pruned: readonly PruneCandidate[],
  opts: PlanOptions,
): Promise<PlanAction[]> {
  const session = opts.sessions.get(account);
  const base = (c: CampaignDocument) => ({
    address: c.address,
    provider: c.provider,
    account: c.account,
    ...(c.id !== undefined ? { id: c.id } : {}),
    file: c.file,
    line: c.start.line,
  });
  const out: PlanAction[] = [];
  // Nothing is read to forget a campaign: it needs no session.
  const toRead: PruneCandidate[] = [];
  for (const p of pruned) {
    if (p.prune === undefined) out.push(forget(p, `account \`${p.account}\` is no longer declared in campaignctl.yaml`));
    else if (p.prune === 'none') out.push(forget(p));
    else toRead.push(p);
  }
  if (!session) {
    const error = { code: 'no_session', message: `account \`${account}\` is not connected` };
    return [...out, ...campaigns.map((c): PlanAction => ({ ...base(c), action: 'error', error })), ...toRead.map((p): PlanAction => ({ ...pruneBase(p), action: 'error', error }))];
  }
  const fail = (message: string, code = 'read_failed') => [
    ...out,
    ...campaigns.map((c): PlanAction => ({ ...base(c), action: 'error', error: { code, message } })),
    ...toRead.map((p): PlanAction => ({ ...pruneBase(p), action: 'error', error: { code, message } })),
  ];

  // New documents first: each finds its campaign live (an earlier create, or one with its
  // identity), or is to be created.
  const fresh = campaigns.filter((c) => c.id === undefined);
  const lookup = await lookUpNewDocuments(fresh, campaigns, session, opts);

  // Each campaign is planned the moment its read hands it over, and its live object let go of:
  // an account's campaigns are never all held at once (kit/found-campaigns.ts). What a live
  // campaign decides: the document that names its id, the new document that found it, the
  // campaign to prune.
  const policy = opts.policy && policyHasRules(opts.policy) ? opts.policy : undefined;
  const judged = (a: PlanAction, live: LiveCampaign | undefined): PlanAction =>
    policy ? withGuardrails(a, judgeInSession(a, session, live, policy, opts.now)) : a;
  const byId = new Map<string, CampaignDocument>();
  const newById = new Map<string, CampaignDocument>();
  for (const c of campaigns) {
    if (c.id !== undefined) byId.set(c.id, c);
    else {
      const f = lookup.found.get(c.creationKey!);
      if (f) newById.set(f.id, c);
    }
  }
  // A campaign a new document found is that document's, not one to prune.
  const pruneById = new Map(toRead.filter((p) => !newById.has(p.id)).map((p) => [p.id, p]));
  const planned: PlanAction[] = [];
  const settled = new Set<string>();
  const onLive = (live: LiveCampaign) => {
    if (settled.has(live.id)) return;
    settled.add(live.id);
    const doc = byId.get(live.id);
    if (doc) planned.push(judged(planDocument(doc, live.id, live, session, opts), live));
    const fresh = newById.get(live.id);
    if (fresh) planned.push(judged(planNewDocument(fresh, lookup, live, session, opts), live));
    const prune = pruneById.get(live.id);
    if (prune) planned.push(judged(planPruned(prune, live, session, opts), live));
  };
  // What the vendor listed but campaignctl could not read (rows without a usable id): a campaign
  // not found may be among them, and its error says so.
  const readWarnings: string[] = [];
  try {
    const ids = [...new Set([...campaigns.flatMap((c) => (c.id !== undefined ? [c.id] : [])), ...[...lookup.found.values()].map((f) => f.id), ...toRead.map((p) => p.id)])];
    // A provider that returns campaigns instead of handing them over (or some of each) is served too.
    const returned = await readLive(session, ids, 'read', { ...opts, warn: (m) => readWarnings.push(m), deliver: onLive });
    for (const live of returned.values()) onLive(live);
  } catch (err) {
    return fail(`reading account \`${account}\` failed: ${errorText(err)}`);
  }

  // The campaigns forgotten without a read.
  if (policy) for (let i = 0; i < out.length; i++) out[i] = judged(out[i]!, undefined);
  for (const a of planned) out.push(a);
  for (const c of campaigns) {
    if (c.id === undefined) {
      const f = lookup.found.get(c.creationKey!);
      if (!f || !settled.has(f.id)) out.push(judged(planNewDocument(c, lookup, undefined, session, opts), undefined));
      continue;
    }
    if (settled.has(c.id)) continue;
    out.push(
      judged(
        {
          ...base(c),
          action: 'error',
          error: {
            code: 'not_found',
            message:
              `${session.provider.title} account \`${account}\` has no campaign with id ${c.id}` +
              (readWarnings.length > 0 ? `, or it is among what could not be read: ${readWarnings.join('; ')}` : ''),
          },
        },
        undefined,
      ),
    );
  }
  for (const p of pruneById.values()) if (!settled.has(p.id)) out.push(judged(planPruned(p, undefined, session, opts), undefined));
  return out;
}

/** A document with a campaign to compare it with: `id` is the document's, or the one it found. */
function planDocument(c: CampaignDocument, id: string, found: LiveCampaign, session: AccountSession, opts: PlanOptions, adopt?: Adoption): PlanAction {
  const place = { address: c.address, provider: c.provider, account: c.account, id, file: c.file, line: c.start.line, ...(adopt ? { adopt } : {}) };
  const address = campaignAddress(c.provider, c.account, id);
  const desired = managedSpec(c, session);
  const a = assess({ address, id, desired }, found, session, opts.lastApplied, opts.now);
  // Name and status are read for the campaigns a plan shows; one that matches is only counted (and
  // reading them costs up to a tenth of a millisecond per campaign).
  const shown = a.error !== undefined || a.changes.length > 0 || adopt !== undefined;
  const campaign = shown ? liveCampaignFacts(session.provider.roles, found, opts.now) : undefined;
  const common = { ...place, ...(campaign ? { campaign } : {}), live_fingerprint: a.liveFingerprint, desired: a.desired };
  const base = opts.base?.desired.get(baseKey(c));
  const changes = () =>
    withOrigins(
      [...readableChanges(a, found, session, { lastApplied: opts.lastApplied, address })],
      opts.base && changeOrigins({ changes: a.changes, head: desired, base, live: found, session, lastApplied: opts.lastApplied, address, now: opts.now }),
    );
  if (a.error) {
    // Point at the field that breaks the rule when the rule names one.
    const field = a.error.path ? parsePath(a.error.path) : undefined;
    const line = field ? c.locator.at(['spec', ...field]).line : c.start.line;
    const { adopt: _adopt, ...withoutAdopt } = common;
    return { ...withoutAdopt, line, action: 'error', error: a.error, ...(a.changes.length ? { changes: changes() } : {}) };
  }
  if (a.changes.length === 0) return { ...common, action: 'no_change' };
  return { ...common, action: 'update', changes: changes() };
}

interface NewDocumentLookup {
  /** Creation key → the live campaign the document stands for. */
  readonly found: ReadonlyMap<string, Found>;
  /** Creation key → why the document can be neither created nor adopted. */
  readonly errors: ReadonlyMap<string, PlanError>;
  /** Creation key → what the reviewer should know about its create. */
  readonly notes: ReadonlyMap<string, string>;
}

/**
 * For each new document, the campaign it stands for if one lives: the one the record says an
 * earlier apply created, else the one whose identity is the document's (the account's campaigns
 * are listed once, and only when a document needs it). A campaign another document manages, or
 * that two live campaigns claim, is an error: apply must not guess.
 */
async function lookUpNewDocuments(
  fresh: readonly CampaignDocument[],
  all: readonly CampaignDocument[],
  session: AccountSession,
  opts: PlanOptions,
): Promise<NewDocumentLookup> {
  const found = new Map<string, Found>();
  const errors = new Map<string, PlanError>();
  const notes = new Map<string, string>();
  const create = session.runtime.create;
  const title = session.provider.title;
  const searching: { c: CampaignDocument; key: string; identity: CreateIdentity }[] = [];
  for (const c of fresh) {
    const key = c.creationKey!;
    const entry = opts.lastApplied.creates[key];
    if (entry?.state === 'created' && entry.id !== undefined) {
      found.set(key, { id: entry.id, reason: 'created by an earlier apply', created: true });
      continue;
    }
    if (!create) {
      errors.set(key, { code: 'cannot_create', message: `${title} campaigns cannot be created from git; give the id of an existing campaign` });
      continue;
    }
    const identity = create.identity(managedSpec(c, session), { creationKey: key, now: opts.now });
    if (identity) searching.push({ c, key, identity });
    else if (entry?.state === 'sent') {
      errors.set(key, {
        code: 'create_unconfirmed',
        message: `an earlier apply sent this campaign's create at ${entry.at} and its answer was lost, and ${title} offers nothing to find the campaign by; check in ${title} whether it exists: write its id into this document if it does, or remove \`creates.${key}\` from the last-applied record to create it`,
      });
    }
  }
  if (searching.length === 0) return { found, errors, notes };

  const warnings: string[] = [];
  let listed: LiveCampaign[];
  try {
    listed = await session.runtime.readAll({
      http: session.http,
      account: session.account,
      ...(opts.signal ? { signal: opts.signal } : {}),
      warn: (message) => warnings.push(message),
    });
  } catch (err) {
    // Only the new documents needed the list: the account's other campaigns are planned as ever.
    const message = `listing account \`${session.account.name}\` to look for this document's campaign failed, so it is neither created nor adopted: ${errorText(err)}`;
    for (const { key } of searching) errors.set(key, { code: 'read_failed', message });
    return { found, errors, notes };
  }
  const byIdentity = new Map<string, LiveCampaign[]>();
  for (const live of listed) {
    const key = create!.identityOf(live);
    if (key === undefined) continue;
    const list = byIdentity.get(key);
    if (list) list.push(live);
    else byIdentity.set(key, [live]);
  }
  // Who already holds each id: a document that names it, or one that found it before.
  const holder = new Map<string, string>();
  for (const c of all) if (c.id !== undefined) holder.set(campaignKey(c.provider, c.account, c.id), c.address);
  for (const c of fresh) {
    const f = found.get(c.creationKey!);
    if (f) holder.set(campaignKey(c.provider, c.account, f.id), c.address);
  }
  for (const { c, key, identity } of searching) {
    const matches = byIdentity.get(identity.key) ?? [];
    const sent = opts.lastApplied.creates[key]?.state === 'sent';
    if (matches.length > 1) {
      errors.set(key, {
        code: 'identity_ambiguous',
        message: `${matches.length} ${title} campaigns match this document's ${identity.label} (${matches.map((m) => m.id).join(', ')}): write the id of the one it stands for into the document`,
      });
      continue;
    }
    const match = matches[0];
    if (match) {
      const other = holder.get(campaignKey(c.provider, c.account, match.id));
      if (other !== undefined) {
        errors.set(key, {
          code: 'identity_taken',
          message: `campaign ${match.id} matches this document's ${identity.label}, but ${other} already manages it: remove one of the two documents, or make them differ`,
        });
        continue;
      }
      holder.set(campaignKey(c.provider, c.account, match.id), c.address);
      found.set(key, { id: match.id, reason: `matches ${identity.label}`, created: false });
      continue;
    }
    if (warnings.length > 0) {
      const partial = `${title} did not list every campaign (${warnings.join('; ')})`;
      if (sent) {
        errors.set(key, {
          code: 'create_unconfirmed',
          message: `an earlier apply sent this campaign's create at ${opts.lastApplied.creates[key]!.at} and its answer was lost, and ${partial}: campaignctl cannot tell whether it exists, so it does not create it again; check in ${title}`,
        });
      } else notes.set(key, partial);
      continue;
    }
    if (sent) {
      notes.set(key, `an earlier apply sent this create at ${opts.lastApplied.creates[key]!.at} but its answer was lost; no ${title} campaign has its ${identity.label}, so it never reached ${title} and is planned again`);
    }
  }
  return { found, errors, notes };
}

/** A new document: the campaign it found (`campaign`, when read), or a create. */
function planNewDocument(
  c: CampaignDocument,
  lookup: NewDocumentLookup,
  campaign: LiveCampaign | undefined,
  session: AccountSession,
  opts: PlanOptions,
): PlanAction {
  const key = c.creationKey!;
  const where = { address: c.address, provider: c.provider, account: c.account, file: c.file, line: c.start.line };
  const error = lookup.errors.get(key);
  if (error) return { ...where, action: 'error', error };
  const f = lookup.found.get(key);
  if (f) {
    if (campaign) return planDocument(c, f.id, campaign, session, opts, { id: f.id, reason: f.reason });
    return {
      ...where,
      action: 'error',
      error: f.created
        ? {
            code: 'created_not_found',
            message:
              `an earlier apply created this campaign as ${f.id}, but ${session.provider.title} account \`${c.account}\` has no campaign with that id any more, so it is not created again: ` +
              `remove the document if the campaign is gone for good, or remove \`creates.${key}\` from the last-applied record to create it anew`,
          }
        : { code: 'not_found', message: `campaign ${f.id} (${f.reason}) could not be read from ${session.provider.title} account \`${c.account}\`` },
    };
  }
  const desired = managedSpec(c, session);
  const fields = session.runtime.create!.fields(desired, { creationKey: key, now: opts.now });
  const note = lookup.notes.get(key);
  const canonical = canonicalOrNothing(session, desired);
  return {
    ...where,
    campaign: newCampaignFacts(session.provider.roles, [canonical, desired]),
    action: 'create',
    creation_key: key,
    changes: withOrigins(
      [
        ...withChangeFacts(
          Object.entries(fields).map(([path, after]) => ({ path, after })),
          { ...(session.provider.roles ? { roles: session.provider.roles } : {}), options: session.account.options, canonical: () => canonical },
        ),
      ],
      opts.base && 'change',
    ),
    desired,
    ...(note ? { note } : {}),
  };
}

function pruneBase(p: PruneCandidate) {
  return { address: p.address, provider: p.provider, account: p.account, id: p.id };
}

function forget(p: PruneCandidate, note?: string): PlanAction {
  return { ...pruneBase(p), action: 'forget', ...(note ? { note } : {}) };
}

/** A campaign whose document is gone, under `prune: deactivate` or `delete`. */
function planPruned(p: PruneCandidate, live: LiveCampaign | undefined, session: AccountSession, opts: PlanOptions): PlanAction {
  const title = session.provider.title;
  if (!live) return forget(p, `${title} has no campaign ${p.id} any more`);
  const name = nameOf(live, session, opts.now);
  const campaign = liveCampaignFacts(session.provider.roles, live, opts.now);
  const base = { ...pruneBase(p), ...(campaign ? { campaign } : {}) };
  if (p.prune === 'delete') {
    if (!session.runtime.remove) {
      return { ...base, action: 'error', error: { code: 'prune_unsupported', message: `\`prune: delete\` is not available for ${title}: it documents no delete call` } };
    }
    return { ...base, action: 'delete', ...(name ? { name } : {}), live_fingerprint: wholeFingerprint(live, session) };
  }
  const retire = session.runtime.retire;
  if (!retire) {
    return { ...base, action: 'error', error: { code: 'prune_unsupported', message: `\`prune: deactivate\` is not available for ${title}` } };
  }
  const a = assess({ address: p.address, id: p.id, desired: retire.stopped(live) }, live, session, opts.lastApplied, opts.now);
  if (a.error) return { ...base, action: 'error', error: a.error, live_fingerprint: a.liveFingerprint, desired: a.desired };
  const changes = withOrigins([...readableChanges(a, live, session, { lastApplied: opts.lastApplied, address: p.address })], opts.base && 'change');
  return { ...base, action: 'retire', ...(name ? { name } : {}), changes, desired: a.desired, live_fingerprint: a.liveFingerprint };
}

/** An assessment's changes as the plan shows them: with what a reviewer needs beside the values (change-facts.ts). */
function readableChanges(a: Assessment, live: LiveCampaign, session: AccountSession, record: { lastApplied: LastAppliedRecord; address: string }) {
  return withChangeFacts(toPlanChanges(a.changes), {
    ...(session.provider.roles ? { roles: session.provider.roles } : {}),
    options: session.account.options,
    live,
    ...(a.liveSpec ? { liveSpec: a.liveSpec } : {}),
    canonical: () => a.canonical ?? canonicalOrNothing(session, a.desired),
    record,
  });
}

/** The desired spec in canonical form; empty when the provider cannot make it (the plan then shows values alone). */
function canonicalOrNothing(session: AccountSession, desired: Record<string, unknown>): Record<string, unknown> {
  try {
    return session.runtime.canonical(desired);
  } catch {
    return {};
  }
}

/** The campaign's human name, for plans that show a campaign no document names. */
function nameOf(live: LiveCampaign, session: AccountSession, now: Date): string | undefined {
  try {
    return session.runtime.importSpec(live, { now }).name;
  } catch {
    return undefined;
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads live campaigns through the provider, reporting progress. */
export async function readLive(
  session: AccountSession,
  ids: readonly string[],
  phase: ProgressEvent['phase'],
  opts: { signal?: AbortSignal; onProgress?: (e: ProgressEvent) => void; warn?: (message: string) => void; deliver?: (live: LiveCampaign) => void },
): Promise<Map<string, LiveCampaign>> {
  const total = ids.length;
  const account = session.account.name;
  opts.onProgress?.({ phase, account, done: 0, total });
  const live = await session.runtime.read(ids, {
    http: session.http,
    account: session.account,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.warn ? { warn: opts.warn } : {}),
    ...(opts.deliver ? { deliver: opts.deliver } : {}),
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
  const runtime = session.runtime;
  const kinds = fieldKinds(session.provider);
  // A create-only field nothing reads back is neither compared nor sent once the campaign exists.
  const desired = comparedSpec(c.desired, kinds);
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
      desired: c.desired,
      liveSpec,
      canonical,
      error: {
        code: 'read_only',
        path: readOnly.path,
        message: `\`${readOnly.path}\` is ${show(readOnly.before)} at ${session.provider.title} but ${show(readOnly.after)} here; \`${field}\` cannot be changed by an update (${kinds.createOnly.has(field) ? 'only the create call takes it' : 'it identifies the campaign'})`,
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
      desired: c.desired,
      liveSpec,
      canonical,
      error: { code: v.rule, ...(v.path.length ? { path: formatPath(v.path) } : {}), message: `${v.message}${v.hint ? `; ${v.hint}` : ''}${more}` },
    };
  }
  // What the write changes beyond the managed fields (a full payload clears what it is not sent).
  const implicit = implicitChangesOf(runtime, input, session.provider.title);
  if ('error' in implicit) return { changes, liveFingerprint, desired: c.desired, liveSpec, canonical, error: implicit.error };
  return { changes: [...changes, ...implicit.changes], liveFingerprint, desired: c.desired, liveSpec, canonical };
}

/**
 * Fingerprint of a campaign as a whole, for a delete: every field it reads back as (write-only ones
 * are never read), so that a campaign changed since the plan is not deleted unseen.
 */
export function wholeFingerprint(live: LiveCampaign, session: AccountSession): string {
  const spec = session.runtime.toSpec(live.raw);
  const kinds = fieldKinds(session.provider);
  return liveFingerprintOf(spec, Object.keys(spec).filter((f) => !kinds.writeOnly.has(f)));
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
