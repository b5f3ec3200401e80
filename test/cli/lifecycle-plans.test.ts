/**
 * Creates and prunes through the plan's other paths, over HTTP against the sandbox: a saved plan
 * (applied as reviewed, refused once the files moved on or when edited), --target and --shard
 * (a campaign whose document is gone is selected by its address like any other), merge, and what
 * plan and apply print about them.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateAction, Plan } from '../../src/engine/plan-model.js';
import { shardOf } from '../../src/engine/shard.js';
import { e2e, type E2E } from '../helpers/e2e.js';

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const ACCOUNT = 'shop-eu';
const doc = (name: string) => `# launched from git
provider: voucherify
account: ${ACCOUNT}
spec:
  name: ${name}
  campaign_type: PROMOTION
  active: true
`;
const FILES = { 'campaigns/spring.yaml': doc('Spring Sale 2027'), 'campaigns/summer.yaml': doc('Summer Sale 2027') };

async function project(prune?: string): Promise<E2E> {
  t = await e2e({ vendor: 'voucherify', account: ACCOUNT, files: FILES, ...(prune ? { accountOptions: { prune } } : {}) });
  return t;
}

const read = (p: E2E, file: string) => readFileSync(path.join(p.project.dir, file), 'utf8');

describe('a saved plan with creates', () => {
  it('is applied as reviewed, then refused once the documents carry their ids, with nothing sent', async () => {
    const p = await project();
    const saved = await p.run(['plan', '--out', 'plan.json']);
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toContain(`+ voucherify/${ACCOUNT}/new:campaigns/spring.yaml "Spring Sale 2027" (new) (campaigns/spring.yaml:2) will be created\n    + name: "Spring Sale 2027"`);
    expect(saved.stdout).toContain('Plan: 2 to create, 0 to update, 0 unchanged, 0 errors.');
    const applied = await p.run(['apply', 'plan.json']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stderr).toContain('campaignctl: wrote the ids of 2 new campaigns into their documents; commit them.');
    expect(read(p, 'campaigns/spring.yaml')).toMatch(/^account: shop-eu\nid: camp_[A-Za-z0-9]{24}\nspec:$/m);

    p.sb.clearRequests();
    const again = await p.run(['apply', 'plan.json']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`voucherify/${ACCOUNT}/new:campaigns/spring.yaml: the plan no longer matches campaigns/spring.yaml: the file no longer manages this campaign`);
    expect(p.sb.requests()).toEqual([]);
  });

  it('is refused when its create shows other fields than it would send', async () => {
    const p = await project();
    expect((await p.run(['plan', '--out', 'plan.json'])).status).toBe(0);
    const plan = JSON.parse(read(p, 'plan.json')) as Plan;
    const create = plan.actions[0] as CreateAction;
    const edited = { ...plan, actions: [{ ...create, changes: create.changes.filter((c) => c.path !== 'active') }, ...plan.actions.slice(1)] };
    writeFileSync(path.join(p.project.dir, 'plan.json'), JSON.stringify(edited, null, 2));
    p.sb.clearRequests();
    const r = await p.run(['apply', 'plan.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/plan\.json:\d+:\d+: error: voucherify\/shop-eu\/new:campaigns\/spring\.yaml: `changes` do not show what the create would send from `desired` \(`name`, `campaign_type`, `active`\)/);
    expect(p.sb.requests()).toEqual([]);
  });
});

describe('a campaign whose document is gone', () => {
  /** Both created and recorded as managed; then spring's document is removed. */
  async function createdThenRemoved(prune?: string): Promise<{ p: E2E; address: string; text: string }> {
    const p = await project(prune);
    expect((await p.apply()).status).toBe(0);
    const text = read(p, 'campaigns/spring.yaml');
    const id = /^id: (\S+)$/m.exec(text)![1]!;
    rmSync(path.join(p.project.dir, 'campaigns/spring.yaml'));
    p.sb.clearRequests();
    return { p, address: `voucherify/${ACCOUNT}/${id}`, text };
  }

  it('is planned by its address: --target selects it, and --shard puts it where its address hashes to', async () => {
    const { p, address } = await createdThenRemoved('deactivate');
    const targeted = await p.plan(['--target', address]);
    expect(targeted.status, targeted.stderr).toBe(0);
    expect(targeted.plan.actions.map((a) => [a.action, a.address])).toEqual([['retire', address]]);
    const shard = shardOf(address, 2);
    const mine = await p.plan(['--shard', `${shard}/2`]);
    expect(mine.plan.actions.map((a) => a.address)).toContain(address);
    expect(mine.plan.shard?.campaigns).toBe(2);
    const other = await p.plan(['--shard', `${3 - shard}/2`]);
    expect(other.plan.actions.map((a) => a.address)).not.toContain(address);
  });

  it('is retired by a saved plan; the plan is refused once its document is back or another apply pruned it', async () => {
    const { p, address, text } = await createdThenRemoved('deactivate');
    expect((await p.run(['plan', '--out', 'plan.json'])).status).toBe(0);
    writeFileSync(path.join(p.project.dir, 'campaigns/spring.yaml'), text);
    p.sb.clearRequests();
    const back = await p.run(['apply', 'plan.json']);
    expect(back.status).toBe(1);
    expect(back.stderr).toContain(`${address}: the plan no longer matches the campaign files: campaigns/spring.yaml declares this campaign again, so it is not to be retired`);
    expect(p.sb.requests()).toEqual([]);
    rmSync(path.join(p.project.dir, 'campaigns/spring.yaml'));
    const first = await p.run(['apply', 'plan.json']);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`✓ ${address}: retired: stopped; no longer managed`);
    const again = await p.run(['apply', 'plan.json']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${address}: the last-applied record no longer names this campaign among those apply manages`);
  });

  it('is shown plainly: forget says it keeps running (nothing read), delete names the campaign and --allow-delete', async () => {
    const { p, address } = await createdThenRemoved();
    const text = await p.run(['plan']);
    expect(text.stdout).toContain(`- ${address} (no document declares it any more) will be forgotten: campaignctl stops managing it, and it keeps running at the vendor`);
    expect(text.stdout).toContain('Plan: 0 to update, 1 to forget, 1 unchanged, 0 errors.');
    const md = await p.run(['plan', '--format', 'markdown']);
    expect(md.stdout).toContain('| forget | 1 |');
    expect(md.stdout).toContain('it **keeps running at the vendor**');

    const config = read(p, 'campaignctl.yaml');
    writeFileSync(path.join(p.project.dir, 'campaignctl.yaml'), config.replace('    provider: voucherify\n', '    provider: voucherify\n    prune: delete\n'));
    const del = await p.run(['plan']);
    expect(del.stdout).toContain(
      `- ${address} (running) ("Spring Sale 2027", no document declares it any more) will be deleted: its document is gone and its account says \`prune: delete\` (apply needs --allow-delete)`,
    );
    expect(del.stdout).toContain('Plan: 0 to update, 1 to delete, 1 unchanged, 0 errors.');
  });
});

describe('merge', () => {
  it('merges shards holding creates and prunes into the plan one job makes', async () => {
    const p = await project('delete');
    expect((await p.apply()).status).toBe(0);
    rmSync(path.join(p.project.dir, 'campaigns/spring.yaml'));
    writeFileSync(path.join(p.project.dir, 'campaigns/autumn.yaml'), doc('Autumn Sale 2027'));
    const whole = await p.plan(['--out', 'whole.json']);
    expect(whole.plan.summary).toMatchObject({ create: 1, delete: 1, no_change: 1 });
    for (const i of [1, 2, 3]) expect((await p.run(['plan', '--shard', `${i}/3`, '--out', `s${i}.json`])).status).toBe(0);
    const merged = await p.run(['merge', 's3.json', 's1.json', 's2.json', '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const plan = JSON.parse(merged.stdout) as Plan;
    expect(plan.summary).toEqual(whole.plan.summary);
    expect(plan.actions.map((a) => a.address).sort()).toEqual(whole.plan.actions.map((a) => a.address).sort());
  });
});
