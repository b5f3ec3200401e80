/**
 * The engine's side of a campaign's life, case by case, with one provider's runtime over HTTP
 * against its fake (Voucherify: its campaigns are found again by name; Lula for a create with a
 * follow-up): what plan concludes about a new document from the record and the live campaigns,
 * and what apply records, sends and reports when a create goes wrong at each step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import type { CampaignDocument } from '../../src/desired/campaign.js';
import { validateSources } from '../../src/desired/validate.js';
import { applyPlan, type ApplyOptions } from '../../src/engine/apply.js';
import { emptyRecord, withDelta, type LastAppliedRecord, type RecordDelta } from '../../src/engine/last-applied.js';
import { buildPlan } from '../../src/engine/planner.js';
import type { CreateAction, Plan, PlanAction } from '../../src/engine/plan-model.js';
import { pruneCandidates, settledCreates } from '../../src/engine/prune.js';
import type { AccountSession } from '../../src/engine/sessions.js';
import { getProvider } from '../../src/providers/registry.js';
import type { FakeResponse, VendorFake } from '../../src/sandbox/fake.js';
import { runtimeOnSandbox, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';

let t: RuntimeOnSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const NAME = 'Spring Sale 2027 - 15% off';
const ACCOUNT = 'voucherify-test';
const newDoc = (name = NAME) => `provider: voucherify
account: ${ACCOUNT}
spec:
  name: ${name}
  campaign_type: PROMOTION
  description: Up to 15% off the spring range.
  active: true
`;

/** The documents `files` declare, validated as the CLI validates them. */
function documents(files: Record<string, string>, accounts = `accounts:\n  ${ACCOUNT}:\n    provider: voucherify\n    endpoint: sandbox\n`): CampaignDocument[] {
  const { config } = parseConfigText(accounts, 'campaignctl.yaml');
  const r = validateSources(Object.entries(files).map(([path, text]) => ({ path, text })), { config: config!, now: SANDBOX_NOW, cwd: '/' });
  expect(r.diagnostics).toEqual([]);
  return r.campaigns;
}

async function start(vendor = 'voucherify', wrap?: (fake: VendorFake) => VendorFake): Promise<{ t: RuntimeOnSandbox; sessions: Map<string, AccountSession> }> {
  t = await runtimeOnSandbox(vendor, vendor === 'lula' ? { company_id: '1042' } : {}, wrap ? { wrap } : {});
  const session: AccountSession = { account: t.account, provider: getProvider(vendor)!, runtime: t.runtime, http: t.http, concurrency: 2 };
  return { t, sessions: new Map([[t.account.name, session]]) };
}

const plan = (campaigns: readonly CampaignDocument[], sessions: Map<string, AccountSession>, lastApplied: LastAppliedRecord = emptyRecord()) =>
  buildPlan({ campaigns, sessions, lastApplied, now: SANDBOX_NOW, pruned: pruneCandidates(lastApplied, campaigns, new Map()) });

/** applyPlan with a record kept in memory: what `persist` saved is what a crash would leave. */
async function apply(p: Plan, sessions: Map<string, AccountSession>, opts: Partial<ApplyOptions> = {}) {
  let saved = opts.lastApplied ?? emptyRecord();
  const persisted: RecordDelta[] = [];
  const ids: [string, string][] = [];
  const result = await applyPlan(p, {
    sessions,
    lastApplied: saved,
    now: () => SANDBOX_NOW,
    persist: async (delta) => {
      persisted.push(delta);
      saved = withDelta(saved, delta);
    },
    writeId: async (a, id) => void ids.push([a.address, id]),
    ...opts,
  });
  return { result, saved: () => saved, persisted, ids };
}

const LULA = 'accounts:\n  lula-test:\n    provider: lula\n    endpoint: sandbox\n    company_id: "1042"\n';

const posts = (x: RuntimeOnSandbox) => x.requests('POST').filter((r) => r.path === '/v1/campaigns');
const only = (p: Plan): PlanAction => {
  expect(p.actions).toHaveLength(1);
  return p.actions[0]!;
};

describe('plan, for a new document', () => {
  it('plans a create listing every field the create sends, with no id and nothing before', async () => {
    const { sessions } = await start();
    const a = only(await plan(documents({ 'campaigns/spring.yaml': newDoc() }), sessions)) as CreateAction;
    expect(a).toMatchObject({ action: 'create', address: `voucherify/${ACCOUNT}/new:campaigns/spring.yaml`, file: 'campaigns/spring.yaml', line: 1 });
    expect(a.creation_key).toMatch(/^[0-9a-f]{32}$/);
    expect(a.changes).toEqual([
      { path: 'name', after: NAME },
      { path: 'campaign_type', after: 'PROMOTION' },
      { path: 'description', after: 'Up to 15% off the spring range.' },
      { path: 'active', after: true },
    ]);
  });

  it('gives a document that is not its file\'s first an address with its place, and a key of its own', async () => {
    const { sessions } = await start();
    const docs = documents({ 'campaigns/two.yaml': `${newDoc('A')}---\n${newDoc('B')}` });
    const p = await plan(docs, sessions);
    expect(p.actions.map((a) => a.address)).toEqual([`voucherify/${ACCOUNT}/new:campaigns/two.yaml`, `voucherify/${ACCOUNT}/new:campaigns/two.yaml#2`]);
    expect(new Set(p.actions.map((a) => (a as CreateAction).creation_key)).size).toBe(2);
  });

  it('adopts the live campaign with its identity instead of creating it, and names why', async () => {
    const { t: x, sessions } = await start();
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    await applyPlan(await plan(docs, sessions), { sessions, lastApplied: emptyRecord(), now: () => SANDBOX_NOW });
    expect(posts(x)).toHaveLength(1);
    const a = only(await plan(docs, sessions));
    expect(a.action).toBe('no_change');
    expect(a).toMatchObject({ adopt: { reason: `matches name "${NAME}"` } });
    expect(a.id).toMatch(/^camp_/);
  });

  it('adopts what the record says an earlier apply created without listing the account, and errs, creating nothing, when the vendor lost it', async () => {
    const { t: x, sessions } = await start();
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    const first = await apply(await plan(docs, sessions), sessions);
    const id = first.ids[0]![1];
    x.sb.clearRequests();
    const adopted = only(await plan(docs, sessions, first.saved()));
    expect(adopted).toMatchObject({ action: 'no_change', id, adopt: { id, reason: 'created by an earlier apply' } });
    // One read of that campaign, no listing of the account.
    expect(x.requests().filter((r) => r.method === 'GET' && r.path === '/v1/campaigns')).toEqual([]);

    const state = x.sb.state();
    x.sb.setState({ ...state, voucherify: { ...state.voucherify!, campaigns: state.voucherify!.campaigns.filter((c) => c.id !== id) } });
    const gone = only(await plan(docs, sessions, first.saved()));
    expect(gone).toMatchObject({ action: 'error', error: { code: 'created_not_found' } });
    expect(gone.error!.message).toContain(`an earlier apply created this campaign as ${id}, but Voucherify account \`${ACCOUNT}\` has no campaign with that id any more, so it is not created again`);
  });

  it('plans a create again, saying so, when the record says sent but nothing live has the identity', async () => {
    const { sessions } = await start();
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    const record: LastAppliedRecord = { ...emptyRecord(), creates: { [docs[0]!.creationKey!]: { state: 'sent', address: docs[0]!.address, at: '2026-11-23T11:00:00.000Z' } } };
    const a = only(await plan(docs, sessions, record)) as CreateAction;
    expect(a.action).toBe('create');
    expect(a.note).toBe(`an earlier apply sent this create at 2026-11-23T11:00:00.000Z but its answer was lost; no Voucherify campaign has its name "${NAME}", so it never reached Voucherify and is planned again`);
  });

  it('refuses to guess between two live campaigns with its identity, and one another document manages', async () => {
    const { t: x, sessions } = await start();
    const original = x.sb.state();
    const seeded = original.voucherify!.campaigns;
    const [first, second] = seeded as [Record<string, unknown>, Record<string, unknown>];
    x.sb.setState({ ...x.sb.state(), voucherify: { ...x.sb.state().voucherify!, campaigns: [{ ...first, name: 'Twin' }, { ...second, name: 'Twin' }, ...seeded.slice(2)] } });
    const twin = only(await plan(documents({ 'campaigns/twin.yaml': newDoc('Twin') }), sessions));
    expect(twin).toMatchObject({ action: 'error', error: { code: 'identity_ambiguous' } });
    expect(twin.error!.message).toContain(`2 Voucherify campaigns match this document's name "Twin" (${String(first.id)}, ${String(second.id)})`);

    x.sb.setState(original);
    const managed = `provider: voucherify\naccount: ${ACCOUNT}\nid: ${String(first.id)}\nspec:\n  description: kept\n`;
    const docs = documents({ 'campaigns/a.yaml': managed, 'campaigns/b.yaml': newDoc(String(first.name)) });
    const p = await buildPlan({ campaigns: docs, sessions, lastApplied: emptyRecord(), now: SANDBOX_NOW });
    expect(p.actions[1]).toMatchObject({ action: 'error', error: { code: 'identity_taken' } });
    expect(p.actions[1]!.error!.message).toContain(`but voucherify/${ACCOUNT}/${String(first.id)} already manages it`);
  });
});

describe('plan, when the account cannot be listed', () => {
  it('errs on the new documents only: the campaigns with ids are planned as ever', async () => {
    const unlistable = (fake: VendorFake): VendorFake => ({
      ...fake,
      handle: async (req, ctx): Promise<FakeResponse> => (req.method === 'GET' && req.path.endsWith('/campaigns') ? { status: 200, body: { unexpected: true } } : fake.handle(req, ctx)),
    });
    const { sessions } = await start('lula', unlistable);
    const existing = 'provider: lula\naccount: lula-test\nid: "1000198"\nspec:\n  status: active\n';
    const fresh = 'provider: lula\naccount: lula-test\nspec:\n  name: Spring\n  description: Road trips.\n  starts_at: "2027-03-05T06:00:00-05:00"\n  ends_at: "2027-04-11T23:59:59-04:00"\n  status: active\n';
    const p = await plan(documents({ 'campaigns/a.yaml': existing, 'campaigns/b.yaml': fresh }, LULA), sessions);
    expect(p.actions[0]!.action).not.toBe('error');
    expect(p.actions[1]).toMatchObject({ action: 'error', error: { code: 'read_failed' } });
    expect(p.actions[1]!.error!.message).toMatch(/^listing account `lula-test` to look for this document's campaign failed, so it is neither created nor adopted: /);
  });
});

describe('apply, for a create', () => {
  it('saves "sent" before the create leaves and the id as soon as it is known, then writes the id into the document', async () => {
    const { t: x, sessions } = await start();
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    const r = await apply(await plan(docs, sessions), sessions);
    expect(r.result.outcomes).toEqual([expect.objectContaining({ outcome: 'created', id: r.ids[0]![1] })]);
    expect(r.persisted.map((d) => [...d.creates.values()].map((e) => e?.state))).toEqual([['sent'], ['created']]);
    expect(posts(x)).toHaveLength(1);
    const id = r.ids[0]![1];
    expect(r.saved().managed).toEqual([`voucherify/${ACCOUNT}/${id}`]);
    expect(r.result.lastApplied.creates[docs[0]!.creationKey!]).toMatchObject({ state: 'created', id, address: docs[0]!.address });
    // Once the id is in the document, the entry is done with.
    const withId = documents({ 'campaigns/spring.yaml': newDoc().replace(`account: ${ACCOUNT}\n`, `account: ${ACCOUNT}\nid: ${id}\n`) });
    expect(settledCreates(r.result.lastApplied, withId)).toEqual([docs[0]!.creationKey]);
  });

  it('sends nothing when "sent" cannot be saved first', async () => {
    const { t: x, sessions } = await start();
    const p = await plan(documents({ 'campaigns/spring.yaml': newDoc() }), sessions);
    const r = await apply(p, sessions, { persist: () => Promise.reject(new Error('disk full')) });
    expect(r.result.outcomes).toEqual([
      expect.objectContaining({ outcome: 'failed', message: 'not created: the last-applied record could not be saved before sending the create (disk full)' }),
    ]);
    expect(posts(x)).toEqual([]);
  });

  it('forgets "sent" when the vendor refuses the create (nothing was made), and says what the vendor said', async () => {
    const refusing = (fake: VendorFake): VendorFake => ({
      ...fake,
      handle: async (req, ctx): Promise<FakeResponse> =>
        req.method === 'POST' && req.path === '/v1/campaigns'
          ? { status: 400, body: { code: 400, key: 'invalid_campaign', message: 'Invalid campaign', details: 'start_date is after expiration_date' } }
          : fake.handle(req, ctx),
    });
    const { sessions } = await start('voucherify', refusing);
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    const r = await apply(await plan(docs, sessions), sessions);
    expect(r.result.outcomes[0]).toMatchObject({ outcome: 'failed' });
    expect(r.result.outcomes[0]!.message).toContain('start_date is after expiration_date');
    expect(r.saved().creates).toEqual({});
    expect(r.ids).toEqual([]);
  });

  it('keeps the id of a campaign whose follow-up failed, writes it into the document, and the next plan shows the rest as an update', async () => {
    const failingFollowUp = (fake: VendorFake): VendorFake => ({
      ...fake,
      handle: async (req, ctx): Promise<FakeResponse> =>
        req.method === 'PUT' ? { status: 422, body: { success: false, code: 'VALIDATION_ERROR', message: 'campaign_identifier is already used' } } : fake.handle(req, ctx),
    });
    const { sessions } = await start('lula', failingFollowUp);
    const text = `provider: lula
account: lula-test
spec:
  name: Spring Road Trip
  description: Road-trip bundles.
  campaign_identifier: SPRING_ROAD_TRIP
  starts_at: "2027-03-05T06:00:00-05:00"
  ends_at: "2027-04-11T23:59:59-04:00"
  status: active
`;
    const docs = documents({ 'campaigns/spring.yaml': text }, LULA);
    const r = await apply(await plan(docs, sessions), sessions);
    const id = r.ids[0]?.[1];
    expect(id).toMatch(/^\d+$/);
    expect(r.result.outcomes[0]).toMatchObject({ outcome: 'failed', id });
    expect(r.result.outcomes[0]!.message).toMatch(new RegExp(`^created as ${id}, but the follow-up update failed: .*; its id is written into campaigns/spring.yaml, and the next plan shows what the follow-up did not set as an update$`));
    expect(r.saved().creates[docs[0]!.creationKey!]).toMatchObject({ state: 'created', id });
    // With the id in the document, what the follow-up was to send is planned again.
    const withId = documents({ 'campaigns/spring.yaml': text.replace('account: lula-test\n', `account: lula-test\nid: "${id}"\n`) }, LULA);
    const next = only(await buildPlan({ campaigns: withId, sessions, lastApplied: r.saved(), now: SANDBOX_NOW }));
    expect(next.action).toBe('update');
    expect(next.changes!.map((c) => c.path)).toEqual(expect.arrayContaining(['campaign_identifier', 'starts_at', 'ends_at']));
  });

  it('reports a created campaign whose id cannot be written into its document, the record keeping it', async () => {
    const { sessions } = await start();
    const docs = documents({ 'campaigns/spring.yaml': newDoc() });
    const r = await apply(await plan(docs, sessions), sessions, { writeId: () => Promise.reject(new Error('the document has an `id` already')) });
    const o = r.result.outcomes[0]!;
    expect(o.outcome).toBe('failed');
    expect(o.message).toBe(
      `created as ${o.id}, but its id could not be written into campaigns/spring.yaml (the document has an \`id\` already); the last-applied record keeps it, so the next plan finds it again: write \`id: ${o.id}\` into the document`,
    );
    expect(r.saved().creates[docs[0]!.creationKey!]).toMatchObject({ state: 'created', id: o.id });
  });
});

describe('plan and apply, for a campaign whose document is gone', () => {
  it('forgets one of an account no longer declared, and prunes nothing from a record that manages nothing yet (version 1)', async () => {
    const { sessions } = await start();
    const record: LastAppliedRecord = { ...emptyRecord(), managed: [`voucherify/${ACCOUNT}/camp_rRsfatlwN7unSeUIJDCYedal`] };
    const p = await buildPlan({ campaigns: [], sessions, lastApplied: record, now: SANDBOX_NOW, pruned: pruneCandidates(record, [], new Map()) });
    expect(p.actions).toEqual([expect.objectContaining({ action: 'forget', note: `account \`${ACCOUNT}\` is no longer declared in campaignctl.yaml` })]);
    const r = await apply(p, sessions, { lastApplied: record });
    expect(r.result.outcomes).toEqual([expect.objectContaining({ outcome: 'forgotten' })]);
    expect(r.result.lastApplied.managed).toEqual([]);
    expect(pruneCandidates(emptyRecord(), [], new Map())).toEqual([]);
  });
});
