/**
 * A hostile vendor must never crash the run, hammer the vendor, hang, or drive the terminal: one
 * account's vendor misbehaves on purpose (src/sandbox/faults.ts), campaignctl runs end to end
 * against it, and that account's campaigns get one clear error naming the account and the bound
 * that was hit, while the other four accounts are planned as usual.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../src/engine/plan-model.js';
import { ACCOUNTS, hostileProject, type HostileProject } from './hostile-project.js';

let h: HostileProject | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await h?.close();
  h = undefined;
});

/** The other accounts were planned: none of their campaigns is an error. */
function othersPlanned(plan: Plan, account: string): void {
  const others = plan.actions.filter((a) => a.account !== account);
  expect(new Set(others.map((a) => a.account))).toEqual(new Set(Object.keys(ACCOUNTS).filter((a) => a !== account)));
  expect(others.filter((a) => a.action === 'error').map((a) => `${a.address}: ${a.error?.message}`)).toEqual([]);
}

/** Every campaign of `account` is an error with this code, whose message matches. */
function accountFailed(plan: Plan, account: string, code: string, message: RegExp): void {
  const mine = plan.actions.filter((a) => a.account === account);
  expect(mine.length).toBeGreaterThan(0);
  for (const a of mine) {
    expect(a.action, a.address).toBe('error');
    expect(a.error?.code, a.address).toBe(code);
    expect(a.error?.message, a.address).toMatch(message);
  }
}

/** Takes one campaign the repository manages away from the vendor: plan must look for it. */
function deleteAtVendor(p: HostileProject, vendor: string, idKey: string, id: string): void {
  const state = p.sb.state();
  const campaigns = state[vendor]!.campaigns;
  const at = campaigns.findIndex((c) => c[idKey] === id);
  expect(at, `${vendor} has no campaign ${id}`).toBeGreaterThanOrEqual(0);
  campaigns.splice(at, 1);
  p.sb.setState(state);
}

const vendorRequests = (p: HostileProject, vendor: string) => p.sb.requests().filter((r) => r.vendor === vendor);

describe('a vendor answer nested thousands of levels deep', () => {
  it('Voucherify metadata 5,000 levels deep: that account gets an error naming it and the limit, the others are planned', async () => {
    h = await hostileProject({ faultVendors: ['voucherify'], deepJson: { depth: 5_000, field: 'metadata' } });
    const text = await h.run(['plan']);
    expect(text.status).toBe(1);
    expect(`${text.stdout}${text.stderr}`).not.toMatch(/call stack|RangeError/);
    expect(text.stdout).toMatch(/error \[read_failed\]: reading account `shop-eu` failed: GET .*: invalid answer \(200\): it nests arrays and objects more than 128 levels deep/);
    const { plan } = await h.plan();
    accountFailed(plan, 'shop-eu', 'read_failed', /more than 128 levels deep/);
    othersPlanned(plan, 'shop-eu');
  });

  it('Masivo rules kept as JSON text 5,000 levels deep: those campaigns cannot be compared, nothing crashes', async () => {
    h = await hostileProject({ faultVendors: ['masivo'], deepJson: { depth: 5_000, field: 'rules', asText: true } });
    const { plan, status } = await h.plan();
    expect(status).toBe(1);
    accountFailed(plan, 'loyalty-mx', 'masivo.live-json-unreadable', /the live `rules` .* nests more than 64 levels deep/);
    othersPlanned(plan, 'loyalty-mx');
  });

  it('a value nested just within the limit is compared, fingerprinted, shown in every format and saved', async () => {
    // The list answer wraps metadata in three levels: answer, list, campaign.
    h = await hostileProject({ faultVendors: ['voucherify'], deepJson: { depth: 120, field: 'metadata' } });
    const { plan } = await h.plan(['--out', 'plan.json']);
    // The live metadata (the deep value) was compared with the YAML's, and fingerprinted whole.
    const shop = h.actionsOf(plan, 'shop-eu');
    expect(shop.every((a) => a.action === 'update' && a.changes.some((c) => c.path.startsWith('metadata.')) && a.live_fingerprint.startsWith('sha256:'))).toBe(true);
    othersPlanned(plan, 'shop-eu');
    for (const format of ['text', 'markdown']) {
      const r = await h.run(['plan', '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('metadata.season');
    }
  });
});

describe('a Retry-After that is no time to wait', () => {
  it('429 with Retry-After: -5 for ever: one attempt a second until the account reaches its run deadline, then a clear error', async () => {
    h = await hostileProject({ faultVendors: ['topsort'], retryAfter: '-5' }, { 'marketplace-eu': ['run_timeout: 3'] });
    const started = performance.now();
    const { plan } = await h.plan();
    expect(performance.now() - started).toBeLessThan(10_000);
    accountFailed(plan, 'marketplace-eu', 'read_failed', /stopped: account `marketplace-eu` reached its run deadline of 3 s \(run_timeout\)/);
    othersPlanned(plan, 'marketplace-eu');
    // The default wait (1 s) between attempts, not the 50 ms floor a "retry now" would leave.
    expect(vendorRequests(h, 'topsort').length).toBeLessThanOrEqual(5);
  });
});

describe('lists without end', () => {
  it('Topsort answering hasMore with new campaigns for ever: plan stops at 1,000 pages with an error on that account', async () => {
    h = await hostileProject({ faultVendors: ['topsort'], endlessList: 'new' });
    // A campaign deleted at the vendor: plan pages on looking for it.
    deleteAtVendor(h, 'topsort', 'campaignId', '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49');
    const { plan, status } = await h.plan();
    expect(status).toBe(1);
    accountFailed(plan, 'marketplace-eu', 'read_failed', /Topsort still answered hasMore after 1,000 pages of account `marketplace-eu`'s campaign list/);
    othersPlanned(plan, 'marketplace-eu');
    expect(vendorRequests(h, 'topsort').length).toBe(1_000);
  }, 60_000);

  it('Lula answering has_next_page with new campaigns for ever: plan stops at 1,000 pages', async () => {
    h = await hostileProject({ faultVendors: ['lula'], endlessList: 'new' });
    const { plan } = await h.plan();
    accountFailed(plan, 'stores', 'read_failed', /Lula still answered has_next_page after 1,000 pages of account `stores`'s campaign list/);
    othersPlanned(plan, 'stores');
    expect(vendorRequests(h, 'lula').filter((r) => r.path.endsWith('/campaigns')).length).toBe(1_000);
  }, 60_000);

  it('Lula answering its first page again and again: plan stops at the second, which brings nothing new', async () => {
    h = await hostileProject({ faultVendors: ['lula'], endlessList: 'repeat' });
    const { plan } = await h.plan();
    accountFailed(plan, 'stores', 'read_failed', /Lula kept answering has_next_page, but page 2 \(offset 100\) .* brought no campaign the earlier pages had not listed/);
    othersPlanned(plan, 'stores');
  });

  it('Masivo reporting a count its full pages never reach: import stops when a page brings nothing new', async () => {
    h = await hostileProject({ faultVendors: ['masivo'], endlessList: 'repeat' });
    const r = await h.run(['import', '--account', 'loyalty-mx', '--all', '--dir', 'imported']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/reading account `loyalty-mx` failed: Masivo kept answering full pages, but page 2 .* brought no campaign the earlier pages had not listed; .*nothing was written/);
    expect(vendorRequests(h, 'masivo').length).toBeLessThan(10);
  });

  it('a reported count of a billion keeps neither Masivo nor Voucherify reading: a deleted campaign is looked up once', async () => {
    h = await hostileProject({ faultVendors: ['masivo', 'voucherify'], endlessList: 'new' });
    deleteAtVendor(h, 'masivo', 'id', '6ab8ebd7-08d5-40c3-9d7e-118d65906a5b');
    deleteAtVendor(h, 'voucherify', 'id', 'camp_6g5VXSAHj2L4K0GCcOfMFVwZ');
    const { plan } = await h.plan();
    const missing = plan.actions.filter((a) => a.action === 'error');
    expect(missing.map((a) => `${a.error?.code} ${a.id}`).sort()).toEqual(['not_found 6ab8ebd7-08d5-40c3-9d7e-118d65906a5b', 'not_found camp_6g5VXSAHj2L4K0GCcOfMFVwZ']);
    expect(vendorRequests(h, 'masivo').length).toBeLessThan(10);
    expect(vendorRequests(h, 'voucherify').length).toBeLessThan(10);
  });
});

/** C0 controls but line feed, DEL, C1 controls, bidi overrides and isolates: what must never be printed raw. */
// eslint-disable-next-line no-control-regex -- looking for them is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters from a vendor', () => {
  it('a 500 page full of escape sequences is shown escaped in the text and markdown plan, the apply tally and import errors', async () => {
    // Retries back off by a random share of the bound: no waiting here.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    h = await hostileProject({ faultVendors: ['topsort'], controlChars: true });
    const shown: string[] = [];
    for (const args of [['plan'], ['plan', '--format', 'markdown'], ['apply', '--auto-approve'], ['apply', '--auto-approve', '--format', 'markdown']]) {
      const r = await h.run(args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      shown.push(r.stdout, r.stderr);
    }
    const imported = await h.run(['import', '--account', 'marketplace-eu', '--all']);
    expect(imported.status).toBe(1);
    shown.push(imported.stdout, imported.stderr);
    for (const text of shown) expect(RAW_CONTROL.exec(text)?.[0], text.slice(0, 400)).toBeUndefined();
    const all = shown.join('\n');
    expect(all).toContain('\\u001b[2J\\u001b[H\\u001b]0;campaignctl was here\\u0007internal error');
    expect(all).toContain('\\u009b31mred\\u009b0m \\u007f\\u202egnp.exe\\u202c');
    expect(imported.stderr).toMatch(/reading account `marketplace-eu` failed: .*\\u001b\[2J/);
    const { plan } = await h.plan();
    accountFailed(plan, 'marketplace-eu', 'read_failed', /500/);
    othersPlanned(plan, 'marketplace-eu');
  });

  it('a campaign name holding them is shown escaped where the plan shows it differ', async () => {
    h = await hostileProject({});
    const state = h.sb.state();
    const campaign = state.topsort!.campaigns.find((c) => c.campaignId === '5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49')!;
    campaign.name = '\u001b]0;owned\u0007New Year\r\u009b2K \u202eselas\u202c';
    h.sb.setState(state);
    for (const format of ['text', 'markdown']) {
      const r = await h.run(['plan', '--format', format]);
      expect(RAW_CONTROL.exec(r.stdout)?.[0]).toBeUndefined();
      expect(r.stdout).toContain('\\u001b]0;owned\\u0007New Year\\r\\u009b2K \\u202eselas\\u202c');
    }
  });
});

describe('deadlines', () => {
  it('an answer dripped a byte at a time is cut at the account\'s request_timeout: one clear error, the others planned', async () => {
    h = await hostileProject({ faultVendors: ['spaaza'], dripMs: 200 }, { 'rewards-nl': ['request_timeout: 1'] });
    const started = performance.now();
    const { plan } = await h.plan();
    expect(performance.now() - started).toBeLessThan(8_000);
    accountFailed(plan, 'rewards-nl', 'read_failed', /no complete answer within the request's deadline of 1 s \(request_timeout\)/);
    othersPlanned(plan, 'rewards-nl');
  });

  it('an account still being read at its run_timeout stops there: one clear error, the others planned', async () => {
    h = await hostileProject({ faultVendors: ['spaaza'], dripMs: 200 }, { 'rewards-nl': ['run_timeout: 2'] });
    const started = performance.now();
    const text = await h.run(['plan']);
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(text.stdout).toMatch(/reading account `rewards-nl` failed: GET .*: stopped: account `rewards-nl` reached its run deadline of 2 s \(run_timeout\); nothing more is sent to it/);
    const { plan } = await h.plan();
    othersPlanned(plan, 'rewards-nl');
  });

  it('apply reaching the run_timeout sends nothing after it, and says so for every campaign it did not finish', async () => {
    h = await hostileProject({ faultVendors: ['topsort'], latencyMs: 400 }, { 'marketplace-eu': ['run_timeout: 1.5', 'concurrency: 1'] });
    const r = await h.run(['apply', '--auto-approve', '--target', 'topsort/marketplace-eu']);
    expect(r.status).toBe(1);
    const failed = r.stdout.split('\n').filter((l) => l.startsWith('✗ '));
    expect(failed.length).toBe(3);
    for (const line of failed) expect(line).toMatch(/stopped: account `marketplace-eu` reached its run deadline of 1\.5 s \(run_timeout\)/);
    expect(r.stdout).toMatch(/Apply complete: 0 applied, 3 failed/);
    // A write that reached the vendor was let finish and had its answer; the rest were never sent.
    const patched = vendorRequests(h, 'topsort').filter((q) => q.method === 'PATCH').map((q) => q.path.split('/').pop()!);
    const written = failed.filter((l) => l.includes(': failed: written, but reading it back failed')).map((l) => /marketplace-eu\/([0-9a-f-]+):/.exec(l)![1]!);
    expect(patched.sort()).toEqual(written.sort());
    expect(patched.length).toBeLessThan(3);
  });
});
