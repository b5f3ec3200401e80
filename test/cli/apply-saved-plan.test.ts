/**
 * `apply FILE` with the plan file as a trust boundary, over real HTTP against the sandbox: what it
 * would send must be what the plan shows and what the campaign files declare today. Each edit a
 * reviewer could not see is refused before any request (exit 1, at its line and column in the
 * plan), and the vendor is left as it was.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, UpdateAction } from '../../src/engine/plan-model.js';
import { e2e, type E2E } from '../helpers/e2e.js';

const WINTER = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const WINTER_FILE = 'campaigns/topsort/winter-kitchen-sponsored-listings.yaml';
const addr = (id: string) => `topsort/marketplace-eu/${id}`;

const files = Object.fromEntries(
  ['winter-kitchen-sponsored-listings', 'coffee-autobidding-roas', 'holiday-gifting-banner', 'small-appliances-cpa'].map((f) => [
    `campaigns/topsort/${f}.yaml`,
    readFileSync(new URL(`../../campaigns/topsort/${f}.yaml`, import.meta.url), 'utf8'),
  ]),
);

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A project with the four Topsort examples, planned and saved as plan.json; the request log then cleared. */
async function planned(): Promise<{ t: E2E; plan: Plan; text: string; winter: UpdateAction }> {
  t = await e2e({ vendor: 'topsort', account: 'marketplace-eu', files });
  const saved = await t.run(['plan', '--out', 'plan.json']);
  expect(saved.status, saved.stderr).toBe(0);
  const text = readFileSync(path.join(t.project.dir, 'plan.json'), 'utf8');
  const plan = JSON.parse(text) as Plan;
  const winter = plan.actions.find((a): a is UpdateAction => a.action === 'update' && a.id === WINTER)!;
  // The example's budget is what the dashboard moved: 180.00 EUR a day there, 250.00 in git.
  expect(winter.changes).toContainEqual(expect.objectContaining({ path: 'budget.amount', before: 18000, after: 25000 }));
  t.sb.clearRequests();
  return { t, plan, text, winter };
}

const liveBudget = (e: E2E) => (e.sb.state().topsort!.campaigns.find((c) => c.campaignId === WINTER)!.budget as { amount: number }).amount;

/** `apply FILE` refused: exit 1, the error at `at` with `message`, nothing read or sent, live state as it was. */
async function expectRefused(e: E2E, args: readonly string[], at: { line: number; col: number } | RegExp, message: string | RegExp): Promise<string> {
  const r = await e.run(['apply', ...args]);
  expect(r.status, `${r.stdout}${r.stderr}`).toBe(1);
  expect(r.stderr).toContain('cannot be applied; nothing was read from or sent to any vendor');
  const where = at instanceof RegExp ? at.source : `${at.line}:${at.col}`;
  const text = typeof message === 'string' ? message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : message.source;
  expect(r.stderr).toMatch(new RegExp(`^[^:\\n]+:${where}: error: .*${text}`, 'm'));
  expect(e.sb.requests()).toEqual([]);
  expect(liveBudget(e)).toBe(18000);
  return r.stderr;
}

/** Line and column (1-based) of the `nth` occurrence of `needle`. */
function position(text: string, needle: string, nth = 1): { line: number; col: number } {
  let from = -1;
  for (let i = 0; i < nth; i++) from = text.indexOf(needle, from + 1);
  if (from < 0) throw new Error(`test bug: "${needle}" is not in the text ${nth} times`);
  return positionOf(text, from);
}

function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

describe('apply FILE refuses, before any request, a plan that would send what no reviewer saw', () => {
  it('a second "budget" inside desired: refused at the second key, where JSON.parse would have taken it', async () => {
    const { t, text } = await planned();
    const edited = text.replace(
      /("budget": \{\n\s+"amount": 25000,\n\s+"type": "daily"\n(\s+)\})/,
      '$1,\n$2"budget": {\n$2  "amount": 1999999999,\n$2  "type": "daily"\n$2}',
    );
    expect(edited).not.toBe(text);
    writeFileSync(path.join(t.project.dir, 'edited.json'), edited);
    const second = edited.lastIndexOf('"budget"', edited.indexOf('1999999999'));
    await expectRefused(t, ['edited.json'], positionOf(edited, second), 'key `budget` appears twice in `actions');
  });

  it('a change that shows 25,000 where desired would send 1,999,999,999', async () => {
    const { t, plan, winter } = await planned();
    (winter.desired.budget as { amount: number }).amount = 1_999_999_999;
    const edited = `${JSON.stringify(plan, null, 2)}\n`;
    writeFileSync(path.join(t.project.dir, 'edited.json'), edited);
    await expectRefused(t, ['edited.json'], /\d+:\d+/, 'change `budget.amount` shows 25000 as the new value, but `desired` holds 1999999999');
  });

  it('the same campaign twice, its id upper-cased the second time', async () => {
    const { t, plan, winter } = await planned();
    const upper = WINTER.toUpperCase();
    const edited = `${JSON.stringify({ ...plan, actions: [...plan.actions, { ...winter, id: upper, address: addr(upper) }] }, null, 2)}\n`;
    writeFileSync(path.join(t.project.dir, 'edited.json'), edited);
    await expectRefused(t, ['edited.json'], position(edited, `"${addr(upper)}"`), `appears twice in the plan (first as action`);
  });

  it('a desired and its change edited alike, so that they agree with each other but not with the campaign file', async () => {
    const { t, plan, winter } = await planned();
    (winter.desired.budget as { amount: number }).amount = 1_999_999_999;
    (winter.changes.find((c) => c.path === 'budget.amount') as { after: unknown }).after = 1_999_999_999;
    const edited = `${JSON.stringify(plan, null, 2)}\n`;
    writeFileSync(path.join(t.project.dir, 'edited.json'), edited);
    await expectRefused(t, ['edited.json'], position(edited, '1999999999'), `the plan no longer matches ${WINTER_FILE}: \`budget.amount\` is 1999999999 in the plan but 25000 in the file`);
  });

  it('a plan made before the campaign file changed, or was deleted, or from another --dir', async () => {
    const { t } = await planned();
    const yaml = files[WINTER_FILE]!;
    t.project.write(WINTER_FILE, yaml.replace('amount: 25000', 'amount: 26000'));
    await expectRefused(t, ['plan.json'], /\d+:\d+/, `the plan no longer matches ${WINTER_FILE}: \`budget.amount\` is 25000 in the plan but 26000 in the file`);
    rmSync(path.join(t.project.dir, WINTER_FILE));
    await expectRefused(t, ['plan.json'], /\d+:\d+/, `the plan no longer matches ${WINTER_FILE}: no campaign file declares this campaign`);
    t.project.write(WINTER_FILE, yaml);
    t.project.write('elsewhere/only.yaml', files['campaigns/topsort/coffee-autobidding-roas.yaml']!);
    await expectRefused(t, ['plan.json', '--dir', 'elsewhere'], /\d+:\d+/, 'no campaign file declares this campaign (the file is gone, or not under --dir)');
    // As planned, against the files it was planned from, it applies.
    const applied = await t.run(['apply', 'plan.json']);
    expect(applied.status, applied.stderr).toBe(0);
    expect(liveBudget(t)).toBe(25000);
  });
});

describe('apply FILE sends nothing the plan does not show', () => {
  it('a change taken out of `changes` (desired as the file says): the campaign is re-read and not written', async () => {
    const { t, plan, winter } = await planned();
    const rest = winter.changes.filter((c) => c.path !== 'budget.amount');
    const edited = { ...plan, actions: plan.actions.map((a) => (a === winter ? { ...winter, changes: rest } : a)) };
    writeFileSync(path.join(t.project.dir, 'edited.json'), `${JSON.stringify(edited, null, 2)}\n`);
    const r = await t.run(['apply', 'edited.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`✗ ${addr(WINTER)}: failed: not written: live state differs from \`desired\` in \`budget.amount\`, which the plan does not show; plan again`);
    expect(t.writes().filter((w) => w.path.endsWith(WINTER))).toEqual([]);
    expect(liveBudget(t)).toBe(18000);
  });
});
