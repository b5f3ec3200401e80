/**
 * `campaignctl import` end to end, over real HTTP against each vendor's sandbox fake with its seed
 * (which holds campaigns no example YAML manages, paused, rejected and ended ones among them):
 * import writes files that pass validate, a plan right after shows no change and no error, nothing
 * write-only is invented, existing files are refused without --force.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemas } from '../../src/desired/schema-registry.js';
import { publishedSchemaBase } from '../../src/init/published.js';
import { fieldKinds } from '../../src/engine/field-kinds.js';
import { getProvider } from '../../src/providers/registry.js';
import type { VendorObject } from '../../src/sandbox/fake.js';
import { e2e, type E2E } from '../helpers/e2e.js';

interface Vendor {
  readonly vendor: string;
  readonly account: string;
  readonly accountOptions?: Record<string, string | number>;
  /** The ids of the account's live campaigns, from the sandbox state. */
  readonly liveIds: (campaigns: readonly VendorObject[]) => string[];
}

const VENDORS: readonly Vendor[] = [
  { vendor: 'masivo', account: 'loyalty-mx', liveIds: (cs) => cs.map((c) => String(c.id)) },
  { vendor: 'voucherify', account: 'shop-eu', liveIds: (cs) => cs.map((c) => String(c.id)) },
  {
    vendor: 'lula',
    account: 'stores',
    accountOptions: { company_id: '1042' },
    liveIds: (cs) => cs.filter((c) => String(c.company_id) === '1042' && !c.deletedAt && !c.deleted_at).map((c) => String(c.id)),
  },
  {
    vendor: 'spaaza',
    account: 'rewards-nl',
    accountOptions: { chain_id: 1 },
    liveIds: (cs) => cs.filter((c) => Number(c.chain_id) === 1 && c.is_deleted !== true).map((c) => String(c.id)),
  },
  { vendor: 'topsort', account: 'marketplace-eu', liveIds: (cs) => cs.map((c) => String(c.campaignId)) },
];

let open: E2E[] = [];
async function start(v: Vendor, files: Record<string, string> = {}): Promise<E2E> {
  const t = await e2e({ vendor: v.vendor, account: v.account, files, ...(v.accountOptions ? { accountOptions: v.accountOptions } : {}) });
  open.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

/** Every file under `dir` of the project, relative path → text. */
function filesUnder(t: E2E, dir: string): Record<string, string> {
  const root = path.join(t.project.dir, dir);
  const out: Record<string, string> = {};
  if (!existsSync(root)) return out;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(t.project.dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

interface Doc {
  provider: string;
  account: string;
  id: string | number;
  spec: Record<string, unknown>;
}

describe.each(VENDORS)('import --all: $vendor', (v) => {
  it('writes every campaign of the account; validate passes, plan shows no change, nothing write-only is invented; a second import leaves them alone, --refresh finds them up to date', async () => {
    const t = await start(v);
    const live = v.liveIds(t.sb.state()[v.vendor]!.campaigns).sort();
    expect(live.length).toBeGreaterThan(3);

    const r = await t.run(['import', '--account', v.account, '--all']);
    expect(r.stderr).not.toMatch(/warning|note:/);
    expect(r.status).toBe(0);
    const files = filesUnder(t, 'campaigns');
    const paths = Object.keys(files);
    expect(paths).toHaveLength(live.length);
    for (const p of paths) {
      expect(p).toMatch(new RegExp(`^campaigns/${v.vendor}/[a-z0-9-]+\\.yaml$`));
      expect(r.stdout).toContain(`wrote ${p}`);
    }

    // One campaign per file, every live one, in the envelope's order, the schema line first.
    const docs = paths.map((p) => ({ p, text: files[p]!, doc: parse(files[p]!) as Doc }));
    expect(docs.map((d) => String(d.doc.id)).sort()).toEqual(live);
    const provider = getProvider(v.vendor)!;
    const schemaOrder = Object.keys(loadSchemas().schemas.get(provider.schemaFile)!.properties ?? {});
    const writeOnly = fieldKinds(provider).writeOnly;
    for (const { p, text, doc } of docs) {
      const first = text.split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, p).not.toBeNull();
      // No schemas/ copy beside this project's campaignctl.yaml (init writes one; test/init/ covers that): this version's published schema.
      expect(m![1]).toBe(`${publishedSchemaBase()}campaign-file.schema.json`);
      expect(Object.keys(doc)).toEqual(['provider', 'account', 'id', 'spec']);
      expect(doc.provider).toBe(v.vendor);
      expect(doc.account).toBe(v.account);
      const keys = Object.keys(doc.spec);
      expect(keys.length).toBeGreaterThan(2);
      expect(keys.filter((k) => writeOnly.has(k)), `${p} holds write-only fields`).toEqual([]);
      expect(keys, `${p} keys follow the schema`).toEqual(schemaOrder.filter((k) => keys.includes(k)));
    }

    const validate = await t.run(['validate']);
    expect(validate.stdout + validate.stderr).toMatch(/valid/);
    expect(validate.status).toBe(0);

    const plan = await t.plan(['--detailed-exitcode']);
    const notSame = plan.plan.actions.filter((a) => a.action !== 'no_change');
    expect(notSame, JSON.stringify(notSame, null, 2)).toEqual([]);
    expect(plan.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: live.length, error: 0, needs_approval: 0 });
    expect(plan.status).toBe(0);
    expect(t.writes()).toEqual([]);

    const again = await t.run(['import', '--account', v.account, '--all']);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(`Left ${live.length} campaigns alone that documents under campaigns already manage`);
    expect(again.stderr).toMatch(/--refresh/);
    expect(again.stdout).toBe('');
    expect(filesUnder(t, 'campaigns')).toEqual(files);

    const refreshed = await t.run(['import', '--account', v.account, '--all', '--refresh']);
    expect(refreshed.status).toBe(0);
    expect(refreshed.stdout).toBe('');
    expect(refreshed.stderr).toContain(`${live.length} campaigns already matched`);
    expect(filesUnder(t, 'campaigns')).toEqual(files);
    expect(t.writes()).toEqual([]);
  });

  it('--id imports just that campaign; an unknown id is an error and nothing is written', async () => {
    const t = await start(v);
    const live = v.liveIds(t.sb.state()[v.vendor]!.campaigns).sort();
    const one = live[live.length - 1]!;
    const r = await t.run(['import', '--account', v.account, '--id', one, '--dir', 'adopted']);
    expect(r.status).toBe(0);
    const files = filesUnder(t, 'adopted');
    expect(Object.keys(files)).toHaveLength(1);
    expect(String((parse(Object.values(files)[0]!) as Doc).id)).toBe(one);
    expect((await t.run(['validate', '--dir', 'adopted'])).status).toBe(0);
    const plan = await t.plan(['--dir', 'adopted', '--detailed-exitcode']);
    expect(plan.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: 1, error: 0, needs_approval: 0 });

    const unknown = unknownId(v.vendor);
    const bad = await t.run(['import', '--account', v.account, '--id', live[0]!, '--id', unknown, '--dir', 'other']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(unknown);
    expect(bad.stderr).toMatch(/has no campaign with id/);
    expect(filesUnder(t, 'other')).toEqual({});
  });
});

/** An id of the vendor's form that the seed does not hold. */
function unknownId(vendor: string): string {
  switch (vendor) {
    case 'voucherify':
      return 'camp_ZZZZZZZZZZZZZZZZZZZZZZZZ';
    case 'lula':
      return '9999999';
    case 'spaaza':
      return '999999';
    default:
      return '00000000-0000-4000-8000-000000000000';
  }
}

describe('import: the command line', () => {
  const topsort = VENDORS.find((v) => v.vendor === 'topsort')!;

  it('takes exactly one of --all and --id', async () => {
    const t = await start(topsort);
    const neither = await t.run(['import', '--account', 'marketplace-eu']);
    expect(neither.status).toBe(1);
    expect(neither.stderr).toMatch(/--all .*--id/);
    const both = await t.run(['import', '--account', 'marketplace-eu', '--all', '--id', '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30']);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/not both/);
    const noAccount = await t.run(['import', '--all']);
    expect(noAccount.status).toBe(1);
    expect(noAccount.stderr).toMatch(/--account/);
    expect(t.sb.requests()).toEqual([]);
  });

  it('names an unknown account and suggests the near one; refuses an id of the wrong form before any request', async () => {
    const t = await start(topsort);
    const r = await t.run(['import', '--account', 'marketplace-e', '--all']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/account `marketplace-e` is not declared/);
    expect(r.stderr).toMatch(/did you mean `marketplace-eu`/);
    const bad = await t.run(['import', '--account', 'marketplace-eu', '--id', 'not-a-uuid']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--id not-a-uuid is not a Topsort campaign id/);
    expect(t.sb.requests()).toEqual([]);
    expect(filesUnder(t, 'campaigns')).toEqual({});
  });

  it('leaves a campaign an existing file manages alone; --refresh updates only its differing values, in place (no duplicate)', async () => {
    const id = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
    const mine = `# Kitchen: owned by the EU team\nprovider: topsort\naccount: marketplace-eu\nid: ${id}\nspec:\n  name: 'Old name'   # renamed in the dashboard?\n`;
    const t = await start(topsort, { 'campaigns/mine/kitchen.yaml': mine });
    const r = await t.run(['import', '--account', 'marketplace-eu', '--all']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Left 1 campaign alone that documents under campaigns already manage/);
    expect(r.stdout).not.toContain('campaigns/mine/kitchen.yaml');
    const files = filesUnder(t, 'campaigns');
    expect(Object.keys(files)).toHaveLength(6);
    expect(files['campaigns/mine/kitchen.yaml']).toBe(mine);

    const refreshed = await t.run(['import', '--account', 'marketplace-eu', '--id', id, '--refresh']);
    expect(refreshed.status).toBe(0);
    expect(refreshed.stdout).toBe(`refreshed campaigns/mine/kitchen.yaml  topsort/marketplace-eu/${id}: name\n`);
    expect(filesUnder(t, 'campaigns')['campaigns/mine/kitchen.yaml']).toBe(
      mine.replace("'Old name'", "'Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)'"),
    );
    expect(Object.keys(filesUnder(t, 'campaigns'))).toHaveLength(6);
    expect((await t.run(['validate'])).status).toBe(0);
    expect((await t.plan(['--detailed-exitcode'])).status).toBe(0);
  });

  it('--force is a deprecated alias of --refresh, and says so', async () => {
    const id = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
    const mine = `provider: topsort\naccount: marketplace-eu\nid: ${id}\nspec:\n  name: Old name\n`;
    const t = await start(topsort, { 'campaigns/kitchen.yaml': mine });
    const r = await t.run(['import', '--account', 'marketplace-eu', '--id', id, '--force']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/--force is deprecated and now means --refresh/);
    expect(filesUnder(t, 'campaigns')['campaigns/kitchen.yaml']).toBe(mine.replace('Old name', 'Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)'));
  });

  it('refreshes one document of a file that holds several, leaving the others as they are', async () => {
    const a = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
    const b = '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30';
    const both = `# two campaigns\nprovider: topsort\naccount: marketplace-eu\nid: ${a}\nspec:\n  name: Old\n---\n# the other\nprovider: topsort\naccount: marketplace-eu\nid: ${b}\nspec: {name: Also old}\n`;
    const t = await start(topsort, { 'campaigns/both.yaml': both });
    const r = await t.run(['import', '--account', 'marketplace-eu', '--id', a]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: topsort\/marketplace-eu\/7f3b2c1e[^ ]* is managed by campaigns\/both\.yaml; left alone/);
    expect(filesUnder(t, 'campaigns')).toEqual({ 'campaigns/both.yaml': both });

    const refreshed = await t.run(['import', '--account', 'marketplace-eu', '--id', a, '--refresh']);
    expect(refreshed.status).toBe(0);
    const text = filesUnder(t, 'campaigns')['campaigns/both.yaml']!;
    expect(text).toBe(both.replace('  name: Old\n', '  name: Winter Sale 2026 – Kitchen Appliances (Sponsored Listings)\n'));
  });

  it('leaves out a live value the schema refuses, says so, and the file still validates and plans clean', async () => {
    const t = await start(topsort);
    const all = structuredClone(t.sb.state());
    const c = all.topsort!.campaigns.find((x) => x.campaignId === '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30')!;
    c.targetRoas = 35; // beyond the documented 20, accepted once by an older rule
    t.sb.setState(all);
    const r = await t.run(['import', '--account', 'marketplace-eu', '--id', String(c.campaignId)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: topsort\/marketplace-eu\/0b8e6d4a[^:]*: left out `targetRoas`: targetRoas must be <= 20/);
    const text = Object.values(filesUnder(t, 'campaigns'))[0]!;
    expect(text).toMatch(/^# Left out targetRoas \(35\): targetRoas must be <= 20$/m);
    expect((parse(text) as Doc).spec.targetRoas).toBeUndefined();
    expect((await t.run(['validate'])).status).toBe(0);
    expect((await t.plan(['--detailed-exitcode'])).plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: 1, error: 0, needs_approval: 0 });
  });

  it('leaves out an account-level ignored field', async () => {
    const t = await start(topsort);
    // The helper's campaignctl.yaml ends inside the account: add `ignore` to it.
    const config = readFileSync(path.join(t.project.dir, 'campaignctl.yaml'), 'utf8');
    t.project.write('campaignctl.yaml', `${config}    ignore: [budget.amount, isActive]\n`);
    const r = await t.run(['import', '--account', 'marketplace-eu', '--id', '0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30']);
    expect(r.status).toBe(0);
    const spec = (parse(Object.values(filesUnder(t, 'campaigns'))[0]!) as Doc).spec;
    expect(spec.isActive).toBeUndefined();
    expect(spec.budget).toEqual({ type: 'weekly' });
  });
});

describe('import --all reads every page of a large account', () => {
  const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const CLONES: Record<string, (c: VendorObject, i: number) => VendorObject> = {
    masivo: (c, i) => ({ ...c, id: uuid(i), name: `${String(c.name)} #${i}` }),
    voucherify: (c, i) => ({ ...c, id: `camp_${String(i).padStart(24, '0')}`, name: `${String(c.name)} #${i}`, created_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }),
    lula: (c, i) => ({ ...c, id: String(5_000_000 + i), name: `${String(c.name)} #${i}` }),
    topsort: (c, i) => ({ ...c, campaignId: uuid(i), name: `${String(c.name)} #${i}`, externalCampaignId: null }),
  };
  const COUNT = 230;

  it.each(Object.keys(CLONES))('%s', async (vendor) => {
    const v = VENDORS.find((x) => x.vendor === vendor)!;
    const t = await start(v);
    const all = structuredClone(t.sb.state());
    const state = all[vendor]!;
    const model = state.campaigns.find((c) => v.liveIds([c]).length === 1)!;
    for (let i = 1; i <= COUNT; i++) state.campaigns.push(CLONES[vendor]!(structuredClone(model), i));
    t.sb.setState(all);
    const live = v.liveIds(state.campaigns);

    const r = await t.run(['import', '--account', v.account, '--all']);
    expect(r.status, r.stderr).toBe(0);
    expect(Object.keys(filesUnder(t, 'campaigns'))).toHaveLength(live.length);
    expect((await t.run(['validate'])).status).toBe(0);
    const plan = await t.plan(['--detailed-exitcode']);
    expect(plan.plan.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: live.length, error: 0, needs_approval: 0 });
  });
});

describe('import meets create: a document without id that stands for a live campaign', () => {
  const voucherify = VENDORS.find((v) => v.vendor === 'voucherify')!;
  const id = 'camp_St4ffD1sc0unt10PctXyZq7w';

  /** A new campaign's document whose name (Voucherify's unique key) is that of a live campaign. */
  async function withNewDocument(): Promise<{ t: E2E; text: string }> {
    const t = await start(voucherify);
    const name = String(t.sb.state().voucherify!.campaigns.find((c) => c.id === id)!.name);
    const text = `# launched from git\nprovider: voucherify\naccount: shop-eu   # EU shop\nspec:\n  name: ${JSON.stringify(name)}\n  campaign_type: DISCOUNT_COUPONS\n`;
    t.project.write('campaigns/staff.yaml', text);
    return { t, text };
  }

  it('--all and --list count it as managed: no second file for it', async () => {
    const { t, text } = await withNewDocument();
    const listed = await t.run(['import', '--list', '--account', 'shop-eu', '--format', 'json']);
    expect(listed.status).toBe(0);
    const ids = (JSON.parse(listed.stdout) as { accounts: { unmanaged: { id: string }[] }[] }).accounts[0]!.unmanaged.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(id);

    const r = await t.run(['import', '--account', 'shop-eu', '--all']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(id);
    expect(r.stderr).toContain('Left 1 campaign alone');
    expect(Object.keys(filesUnder(t, 'campaigns')).filter((f) => f.includes('st4ff'))).toEqual([]);
    expect(filesUnder(t, 'campaigns')['campaigns/staff.yaml']).toBe(text);
  });

  it('--id writes the id into that document, in place, instead of a new file', async () => {
    const { t, text } = await withNewDocument();
    const r = await t.run(['import', '--account', 'shop-eu', '--id', id]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`adopted campaigns/staff.yaml  voucherify/shop-eu/${id}: wrote its id into the document without one that stands for it\n`);
    expect(filesUnder(t, 'campaigns')).toEqual({ 'campaigns/staff.yaml': text.replace('# EU shop\n', `# EU shop\nid: ${id}\n`) });
  });
});

describe('import --list across accounts', () => {
  it('lists every account of campaignctl.yaml when no --account is given', async () => {
    const t = await start(VENDORS.find((v) => v.vendor === 'topsort')!);
    const r = await t.run(['import', '--list', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const listing = JSON.parse(r.stdout) as { format_version: number; accounts: { account: string; provider: string; unmanaged: unknown[] }[] };
    expect(listing.format_version).toBe(1);
    expect(listing.accounts.map((a) => `${a.provider}/${a.account}`)).toEqual(['topsort/marketplace-eu']);
    expect(listing.accounts[0]!.unmanaged.length).toBe(t.sb.state().topsort!.campaigns.length);
  });

  it('refuses --list with --all, --id or --refresh, and --format without --list', async () => {
    const t = await start(VENDORS.find((v) => v.vendor === 'topsort')!);
    for (const args of [['--all'], ['--id', 'x'], ['--refresh']]) {
      const r = await t.run(['import', '--list', ...args]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/--list only lists/);
    }
    const f = await t.run(['import', '--account', 'marketplace-eu', '--all', '--format', 'json']);
    expect(f.status).toBe(1);
    expect(f.stderr).toMatch(/--format goes with --list/);
    expect(t.sb.requests()).toEqual([]);
  });
});
