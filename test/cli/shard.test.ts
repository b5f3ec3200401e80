/**
 * Sharding: `plan --shard I/N` plans a stable part of the campaigns (by a hash of the address), and
 * `campaignctl merge` puts the shards' plans back together as the plan one job would have made,
 * refusing anything that does not add up. On the repository's example set and the embedded sandbox.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import type { Plan } from '../../src/engine/plan-model.js';
import { MAX_SHARD_COUNT, parseShardSpec, selectionDigest, shardOf } from '../../src/engine/shard.js';
import { runCli } from '../helpers/cli.js';
import { namesExistingCampaigns } from '../helpers/examples.js';
import { startFakeGithub } from '../github/fake-github.js';
import { failed, plan as fixturePlan, runnerEnv, unchanged, update } from '../github/fixtures.js';

const repo = path.resolve(import.meta.dirname, '../..');
const root = mkdtempSync(path.join(tmpdir(), 'campaignctl-shard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A copy of the example set; `flatten` moves every file of an existing campaign to one folder under
 * names that sort in reverse (a new document, having no id yet, is known by its file: it stays).
 */
function exampleProject(name: string, flatten = false): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repo, 'campaignctl.yaml'), path.join(dir, 'campaignctl.yaml'));
  if (!flatten) {
    cpSync(path.join(repo, 'campaigns'), path.join(dir, 'campaigns'), { recursive: true });
    return dir;
  }
  const files = (readdirSync(path.join(repo, 'campaigns'), { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();
  mkdirSync(path.join(dir, 'campaigns'), { recursive: true });
  files.forEach((f, i) => {
    const from = path.join(repo, 'campaigns', f);
    const to = namesExistingCampaigns(readFileSync(from, 'utf8'))
      ? path.join(dir, 'campaigns', `${String(files.length - i).padStart(3, '0')}-${path.basename(f)}`)
      : path.join(dir, 'campaigns', f);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to);
  });
  return dir;
}

// The embedded sandbox seeds dates from today, as in the main-job test.
const now = new Date();
const run = (dir: string, args: readonly string[]) => runCli(args, { cwd: dir, now });
const readPlan = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Plan;
const byAddress = (p: Plan) => [...p.actions].sort((a, b) => (a.address < b.address ? -1 : 1));
const addresses = (p: Plan) => p.actions.map((a) => a.address).sort();
/** The example set's documents: the campaigns of the seed and one new campaign per vendor. */
const EXAMPLES = 27;

describe('the partition', () => {
  it('is pinned: the same shard on every machine (sha256 of the address, a number mod N, plus 1)', () => {
    // Values computed independently (Python's hashlib), so that no change of implementation moves a campaign.
    expect([2, 3, 7, 256].map((n) => shardOf('topsort/marketplace-eu/7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b', n))).toEqual([1, 3, 6, 211]);
    expect([2, 3, 7, 256].map((n) => shardOf('voucherify/shop-eu/camp_QAZYWgQlAvSMm6anycl7qo8s', n))).toEqual([2, 1, 3, 172]);
    expect([2, 3, 7, 256].map((n) => shardOf('lula/stores/1042', n))).toEqual([2, 2, 7, 224]);
    expect(selectionDigest(['b', 'a', 'b'])).toBe('sha256:7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78');
  });

  it('puts every address in exactly one shard, whatever N and the order of the addresses', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (list, n) => {
        const shards = Array.from({ length: n }, (_, i) => list.filter((a) => shardOf(a, n) === i + 1));
        expect(shards.flat().sort()).toEqual([...list].sort());
        const reversed = [...list].reverse();
        const again = Array.from({ length: n }, (_, i) => reversed.filter((a) => shardOf(a, n) === i + 1));
        expect(again.map((s) => s.sort())).toEqual(shards.map((s) => [...s].sort()));
      }),
    );
  });

  it('spreads addresses evenly', () => {
    const list = Array.from({ length: 4000 }, (_, i) => `topsort/marketplace-eu/${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`);
    const sizes = [1, 2, 3, 4].map((s) => list.filter((a) => shardOf(a, 4) === s).length);
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(120);
  });

  it('parses I/N and refuses anything else', () => {
    expect(parseShardSpec('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', 'a/b', '1/0', '3', '', '-1/3', '1.5/3', `1/${MAX_SHARD_COUNT + 1}`]) expect(() => parseShardSpec(bad), bad).toThrow();
  });
});

describe('plan --shard and merge on the example set', () => {
  const dir = exampleProject('examples');
  let whole: Plan;

  beforeAll(async () => {
    const r = await run(dir, ['plan', '--format', 'json', '--out', 'whole.json']);
    expect(r.status, r.stderr).toBe(0);
    whole = readPlan(dir, 'whole.json');
    expect(whole.actions.length).toBe(EXAMPLES);
    expect(whole.summary.update).toBeGreaterThan(0);
    for (const n of [1, 3, 5]) {
      for (let i = 1; i <= n; i++) {
        const s = await run(dir, ['plan', '--shard', `${i}/${n}`, '--format', 'json', '--out', `shard-${i}-of-${n}.json`]);
        expect(s.status, s.stderr).toBe(0);
        expect(s.stderr).toContain(`Shard ${i}/${n}: planning `);
      }
    }
  }, 120_000);

  it('records the shard in the plan JSON, right after created_at', () => {
    const p = readPlan(dir, 'shard-2-of-3.json');
    expect(Object.keys(p)).toEqual(['format_version', 'created_at', 'shard', 'summary', 'actions']);
    expect(p.shard).toEqual({ index: 2, count: 3, campaigns: EXAMPLES, selection: selectionDigest(addresses(whole)) });
    expect(whole.shard).toBeUndefined();
  });

  it('plans disjoint shards whose union is every campaign, each in the shard its address hashes to', () => {
    for (const n of [1, 3, 5]) {
      const shards = Array.from({ length: n }, (_, i) => readPlan(dir, `shard-${i + 1}-of-${n}.json`));
      expect(shards.flatMap(addresses).sort(), `N=${n}`).toEqual(addresses(whole));
      shards.forEach((p, i) => {
        for (const a of p.actions) expect(shardOf(a.address, n)).toBe(i + 1);
      });
    }
    expect(readPlan(dir, 'shard-1-of-1.json').actions.length).toBe(EXAMPLES);
  });

  it('gives each shard the same campaigns whatever the files are called and in which order they are read', async () => {
    const other = exampleProject('flattened', true);
    for (let i = 1; i <= 3; i++) {
      const r = await run(other, ['plan', '--shard', `${i}/3`, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
      const p = JSON.parse(r.stdout) as Plan;
      expect(addresses(p)).toEqual(addresses(readPlan(dir, `shard-${i}-of-3.json`)));
      expect(p.shard!.selection).toBe(readPlan(dir, `shard-${i}-of-3.json`).shard!.selection);
      expect((p.actions[0] as { file?: string }).file).toMatch(/^campaigns\/\d{3}-/);
    }
  });

  it('merges the shards into the plan one job makes: same actions, same summary', async () => {
    for (const n of [1, 3, 5]) {
      const files = Array.from({ length: n }, (_, i) => `shard-${n - i}-of-${n}.json`); // any order
      const r = await run(dir, ['merge', ...files, '--format', 'json', '--out', `merged-${n}.json`]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Merged the ${n} shards (${EXAMPLES} campaigns).`);
      const merged = JSON.parse(r.stdout) as Plan;
      expect(merged).toEqual(readPlan(dir, `merged-${n}.json`));
      expect(merged.shard).toBeUndefined();
      expect(merged.summary).toEqual(whole.summary);
      expect(merged.actions).toEqual(byAddress(whole));
      expect(merged.actions.map((a) => a.address)).toEqual(addresses(whole));
    }
  });

  it('exits as plan does: 2 for changes with --detailed-exitcode, 0 without', async () => {
    const files = ['shard-1-of-3.json', 'shard-2-of-3.json', 'shard-3-of-3.json'];
    expect((await run(dir, ['merge', ...files, '--detailed-exitcode'])).status).toBe(2);
    const text = await run(dir, ['merge', ...files]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Plan: ${whole.summary.create} to create, ${whole.summary.update} to update, ${whole.summary.no_change} unchanged, 0 errors.`);
    const md = await run(dir, ['merge', ...files, '--format', 'markdown']);
    expect(md.stdout).toContain('### campaignctl plan');
  });

  it('intersects --shard with --target', async () => {
    const r = await run(dir, ['plan', '--shard', '1/3', '--target', 'voucherify', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const p = JSON.parse(r.stdout) as Plan;
    const expected = whole.actions.filter((a) => a.provider === 'voucherify' && shardOf(a.address, 3) === 1).map((a) => a.address).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(addresses(p)).toEqual(expected);
    expect(p.shard!.campaigns).toBe(whole.actions.filter((a) => a.provider === 'voucherify').length);
  });

  it('refuses bad --shard values before reading anything', async () => {
    for (const [value, message] of [
      ['0/3', 'I must be from 1 to 3'],
      ['4/3', 'I must be from 1 to 3'],
      ['a/b', '--shard takes I/N'],
      ['1/0', 'N must be from 1 to'],
    ] as const) {
      const r = await run(dir, ['plan', '--shard', value]);
      expect(r.status, value).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
  });

  it('still validates every file: a broken file in another shard stops every shard', async () => {
    const broken = exampleProject('broken');
    const file = 'campaigns/topsort/coffee-autobidding-roas.yaml';
    writeFileSync(path.join(broken, file), readFileSync(path.join(broken, file), 'utf8').replace('targetRoas: 6.5', 'targetRoas: 30'));
    const address = whole.actions.find((a) => 'file' in a && a.file === file)!.address;
    const other = shardOf(address, 3) === 1 ? 2 : 1;
    const r = await run(broken, ['plan', '--shard', `${other}/3`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:`);
    expect(r.stderr).toContain('nothing was read from or sent to any vendor');
  });

  it('refuses a missing shard, a shard given twice, and shards of different runs', async () => {
    const missing = await run(dir, ['merge', 'shard-1-of-3.json', 'shard-3-of-3.json', '--out', 'partial.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^shard-1-of-3\.json:\d+:\d+: error: shard 2\/3 is missing/m);
    expect(missing.stdout).toBe('');
    expect(() => readFileSync(path.join(dir, 'partial.json'))).toThrow();

    cpSync(path.join(dir, 'shard-2-of-3.json'), path.join(dir, 'copy-of-2.json'));
    const twice = await run(dir, ['merge', 'shard-1-of-3.json', 'shard-2-of-3.json', 'copy-of-2.json', 'shard-3-of-3.json']);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/^copy-of-2\.json:\d+:\d+: error: shard 2\/3 is given twice \(also shard-2-of-3\.json\)/m);

    const sameFile = await run(dir, ['merge', 'shard-1-of-1.json', './shard-1-of-1.json']);
    expect(sameFile.status).toBe(1);
    expect(sameFile.stderr).toContain('this plan is given twice');

    const counts = await run(dir, ['merge', 'shard-1-of-3.json', 'shard-2-of-5.json']);
    expect(counts.status).toBe(1);
    expect(counts.stderr).toMatch(/^shard-2-of-5\.json:\d+:\d+: error: shard 2\/5 is one of 5 shards, but shard-1-of-3\.json is shard 1\/3/m);

    const targeted = await run(dir, ['plan', '--shard', '2/3', '--target', 'voucherify', '--out', 'targeted-2.json']);
    expect(targeted.status).toBe(0);
    const runs = await run(dir, ['merge', 'shard-1-of-3.json', 'targeted-2.json', 'shard-3-of-3.json']);
    expect(runs.status).toBe(1);
    expect(runs.stderr).toContain('was cut from other campaigns');

    const mixed = await run(dir, ['merge', 'whole.json', 'shard-1-of-3.json']);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toMatch(/^whole\.json:1:1: error: this is a whole plan, not a shard/m);
  });

  it('refuses a campaign in two plans, naming both places', async () => {
    const whole2 = readPlan(dir, 'whole.json');
    const a = { ...whole2, actions: whole2.actions.slice(0, 12) };
    const b = { ...whole2, actions: whole2.actions.slice(10) };
    await writePlanFile(path.join(dir, 'part-a.json'), a);
    await writePlanFile(path.join(dir, 'part-b.json'), b);
    const r = await run(dir, ['merge', 'part-a.json', 'part-b.json']);
    expect(r.status).toBe(1);
    const overlap = whole2.actions[10]!.address;
    expect(r.stderr).toMatch(new RegExp(`^part-b\\.json:\\d+:\\d+: error: campaign ${overlap} is also planned in part-a\\.json`, 'm'));
    expect(r.stderr).toMatch(/part-a\.json:\d+:\d+: planned here too/);
    // Disjoint whole plans (say, one per --target) merge.
    await writePlanFile(path.join(dir, 'part-b.json'), { ...whole2, actions: whole2.actions.slice(12) });
    const ok = await run(dir, ['merge', 'part-a.json', 'part-b.json', '--format', 'json']);
    expect(ok.status, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as Plan).actions).toEqual(byAddress(whole));
  });

  it('refuses an edited shard whose actions are not its own', async () => {
    const one = readPlan(dir, 'shard-1-of-3.json');
    const two = readPlan(dir, 'shard-2-of-3.json');
    const moved = two.actions[0]!;
    await writePlanFile(path.join(dir, 'edited-1.json'), { ...one, actions: [...one.actions, moved] });
    await writePlanFile(path.join(dir, 'edited-2.json'), { ...two, actions: two.actions.slice(1) });
    const r = await run(dir, ['merge', 'edited-1.json', 'edited-2.json', 'shard-3-of-3.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: campaign ${moved.address} belongs to shard 2/3, not to this plan's shard 1/3`);

    await writePlanFile(path.join(dir, 'edited-1.json'), one);
    const lost = await run(dir, ['merge', 'edited-1.json', 'edited-2.json', 'shard-3-of-3.json']);
    expect(lost.status).toBe(1);
    expect(lost.stderr).toContain(`error: the shards' plans hold ${EXAMPLES - 1} campaigns, not the ${EXAMPLES} they were cut from`);
  });

  it('answers unreadable plans and other format versions with positioned errors', async () => {
    writeFileSync(path.join(dir, 'garbage.json'), '{"format_version": 1, "actions": [\n');
    const v3 = readFileSync(path.join(dir, 'shard-2-of-3.json'), 'utf8').replace('"format_version": 2', '"format_version": 3');
    writeFileSync(path.join(dir, 'v3.json'), v3);
    const badShard = readFileSync(path.join(dir, 'shard-3-of-3.json'), 'utf8').replace('"index": 3', '"index": 4');
    writeFileSync(path.join(dir, 'bad-shard.json'), badShard);
    const r = await run(dir, ['merge', 'shard-1-of-3.json', 'v3.json', 'garbage.json', 'bad-shard.json', 'nowhere.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('campaignctl merge: the plans cannot be read; nothing was merged.');
    expect(r.stderr).toMatch(/^v3\.json:2:21: error: unsupported plan format_version 3; this campaignctl reads versions 1 and 2/m);
    expect(r.stderr).toMatch(/^garbage\.json:\d+:\d+: error: /m);
    expect(r.stderr).toMatch(/^bad-shard\.json:\d+:\d+: error: `shard\.index` must be a whole number from 1 to 3/m);
    expect(r.stderr).toMatch(/^nowhere\.json:1:1: error: plan file not found/m);
  });

  it('a merged plan makes one comment and one summary', async () => {
    const fake = await startFakeGithub({ token: 'ghs_shardTestToken_0123456789' });
    try {
      writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 31, head: { sha: 'feedface00112233' } } }));
      const summary = path.join(dir, 'summary.md');
      const env = runnerEnv(fake, { GITHUB_EVENT_PATH: path.join(dir, 'event.json'), GITHUB_STEP_SUMMARY: summary });
      const comment = await runCli(['github', 'comment', '--plan', 'merged-3.json'], { cwd: dir, now, env });
      expect(comment.status, comment.stderr).toBe(0);
      const sum = await runCli(['github', 'summary', '--plan', 'merged-3.json'], { cwd: dir, now, env });
      expect(sum.status, sum.stderr).toBe(0);
      expect(fake.comments.filter((c) => c.issue === 31)).toHaveLength(1);
      const headline = `Plan: ${whole.summary.create} to create, ${whole.summary.update} to update, ${whole.summary.no_change} unchanged, 0 errors.`;
      expect(fake.comments[0]!.body).toContain(headline);
      const text = readFileSync(summary, 'utf8');
      expect(text.match(/### campaignctl plan/g)).toHaveLength(1);
      expect(text).toContain(headline);
    } finally {
      await fake.close();
    }
  });

  it('a merged plan applies, and the next plan shows no changes', async () => {
    const applied = await run(dir, ['apply', 'merged-3.json']);
    expect(applied.stdout).toContain(
      `Apply complete: ${whole.summary.update} applied, 0 failed, 0 refused as stale, ${whole.summary.no_change} unchanged, ${whole.summary.create} created.`,
    );
    expect(applied.status).toBe(0);
    const again = await run(dir, ['plan', '--shard', '2/3', '--detailed-exitcode']);
    expect(again.status).toBe(0);
    const after = await run(dir, ['plan', '--detailed-exitcode']);
    expect(after.stdout).toBe(`No changes: all ${EXAMPLES} campaigns match the YAML.\n`);
    expect(after.status).toBe(0);
  });
});

describe('merge exit status', () => {
  it('is 1 when the merged plan has errors, as plan', async () => {
    const dir = path.join(root, 'fixtures');
    mkdirSync(dir, { recursive: true });
    await writePlanFile(path.join(dir, 'a.json'), fixturePlan([update(1), unchanged(2)]));
    await writePlanFile(path.join(dir, 'b.json'), fixturePlan([failed(3)]));
    const r = await runCli(['merge', 'b.json', 'a.json', '--format', 'json', '--detailed-exitcode'], { cwd: dir });
    expect(r.status).toBe(1);
    const merged = JSON.parse(r.stdout) as Plan;
    expect(merged.summary).toEqual({ create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 1, error: 1, needs_approval: 0 });
    expect(merged.actions.map((a) => a.id)).toEqual(['camp_000000000000000000000001', 'camp_000000000000000000000002', 'camp_000000000000000000000003']);
  });
});
