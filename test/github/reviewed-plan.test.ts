/**
 * Apply exactly what was reviewed, over real HTTP: a sandbox for the vendor, a fake GitHub for the
 * pull request, its reviews and its plan artifact. `github reviewed-plan` finds the merged pull
 * request of the pushed commit, downloads the plan its reviewers saw, keeps what still holds,
 * names what it does not show, and writes the approvals; `apply FILE` applies it; `github comment`
 * and `github summary` say what was done on the merged pull request and in the job summary. A
 * merged pull request whose plan is missing or expired applies nothing; a push from no pull
 * request plans afresh (exit 2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLY_MARKER, HOW_TO_APPLY } from '../../src/github/apply-comment.js';
import type { Plan, PlanAction } from '../../src/engine/plan-model.js';
import type { ReviewedNotes } from '../../src/github/reviewed-notes.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { runnerEnv } from './fixtures.js';
import { makeZip } from './zip.js';

const TOKEN = 'ghs_reviewedPlanToken_0123456789abcdef';
const PR = 12;
const HEAD = 'd4'.repeat(20);
const MERGE = 'e5'.repeat(20);
const BEFORE = 'f6'.repeat(20);
const ARTIFACT = `campaignctl-plan-pr-${PR}-${HEAD}`;
const WINTER = 'topsort/marketplace-eu/7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const COFFEE = 'topsort/marketplace-eu/0b8e6d4a-93c1-4f27-a5d8-6e2f1b7c9a30';
const SMALL = 'topsort/marketplace-eu/5e21d8b3-7c94-4a0f-b6e2-d13a8c5f7e49';
const example = (f: string) => readFileSync(new URL(`../../campaigns/topsort/${f}.yaml`, import.meta.url), 'utf8');

let t: E2E;
let fake: FakeGithub;
let env: Record<string, string>;
let planText: string;

beforeEach(async () => {
  t = await e2e({
    vendor: 'topsort',
    account: 'marketplace-eu',
    files: Object.fromEntries(['winter-kitchen-sponsored-listings', 'coffee-autobidding-roas'].map((f) => [`campaigns/topsort/${f}.yaml`, example(f)])),
  });
  fake = await startFakeGithub({ token: TOKEN });
  const planned = await t.run(['plan', '--out', 'plan.json']);
  expect(planned.status, planned.stderr).toBe(0);
  planText = readFileSync(path.join(t.project.dir, 'plan.json'), 'utf8');
  fake.pullRequests.push({
    number: PR,
    title: 'Winter budgets',
    state: 'closed',
    user: 'dana',
    head_sha: HEAD,
    base_ref: 'main',
    merged_at: '2026-11-23T13:00:00Z',
    merge_commit_sha: MERGE,
    files: [{ filename: 'campaigns/topsort/winter-kitchen-sponsored-listings.yaml' }],
  });
  t.project.write('push.json', JSON.stringify({ ref: 'refs/heads/main', before: BEFORE, after: MERGE }));
  env = { ...t.env, ...runnerEnv(fake, { GITHUB_EVENT_PATH: `${t.project.dir}/push.json`, GITHUB_WORKSPACE: t.project.dir, GITHUB_STEP_SUMMARY: `${t.project.dir}/summary.md` }) };
  t.sb.clearRequests();
});

afterEach(async () => {
  await fake.close();
  await t.close();
});

function saveArtifact(text: string = planText, extra: Partial<{ expired: boolean; created_at: string }> = {}): void {
  fake.artifacts.push({ id: 31, name: ARTIFACT, created_at: '2026-11-23T12:01:00Z', expired: false, zip: makeZip([{ name: 'plan.json', data: text }]), ...extra });
}

const run = (args: readonly string[], e: Record<string, string> = env) => t.project.run(args, { env: e });
const reviewed = (args: readonly string[] = []) =>
  run(['github', 'reviewed-plan', '--out', 'reviewed.json', '--notes', 'notes.json', '--approve-file', 'approved.txt', ...args]);
const notes = () => JSON.parse(readFileSync(path.join(t.project.dir, 'notes.json'), 'utf8')) as ReviewedNotes;
const liveOf = (id: string) => t.sb.state().topsort!.campaigns.find((c) => c.campaignId === id.split('/').at(-1))!;

describe('github reviewed-plan, then apply FILE', () => {
  it('applies the plan reviewed on the merged pull request; what came after it is named, left alone, and said on the pull request', async () => {
    saveArtifact();
    // After the plan: the coffee campaign's file changed (another merge), and a campaign file was added.
    const coffee = path.join(t.project.dir, 'campaigns/topsort/coffee-autobidding-roas.yaml');
    writeFileSync(coffee, readFileSync(coffee, 'utf8').replace('targetRoas: 6.5', 'targetRoas: 7'));
    t.project.write('campaigns/topsort/small-appliances-cpa.yaml', example('small-appliances-cpa'));
    const coffeeBefore = liveOf(COFFEE).targetRoas;

    const found = await reviewed();
    expect(found.status, found.stderr).toBe(0);
    expect(found.stdout).toContain(`Commit e5e5e5e merged #12: applying the plan reviewed on it (d4d4d4d, made `);
    expect(found.stderr).toContain(`not applied: ${COFFEE} (campaigns/topsort/coffee-autobidding-roas.yaml): the plan no longer matches campaigns/topsort/coffee-autobidding-roas.yaml: \`targetRoas\` is 6.5 in the plan but 7 in the file`);
    expect(found.stderr).toContain(`not applied: ${SMALL} (campaigns/topsort/small-appliances-cpa.yaml): the reviewed plan has no action for it`);
    expect(t.sb.requests()).toEqual([]);
    const n = notes();
    expect(n).toMatchObject({ source: 'reviewed', sha: MERGE, artifact: ARTIFACT, pull: { number: PR, headSha: HEAD, title: 'Winter budgets' }, guarded: [], approvedBy: [] });
    expect(n.source === 'reviewed' && n.notApplied.map((c) => c.address)).toEqual([COFFEE, SMALL]);
    const kept = JSON.parse(readFileSync(path.join(t.project.dir, 'reviewed.json'), 'utf8')) as Plan;
    expect(kept.actions.map((a) => a.address)).toEqual([WINTER]);
    expect(readFileSync(path.join(t.project.dir, 'approved.txt'), 'utf8')).toBe('');

    const applied = await run(['apply', 'reviewed.json', '--out', 'result.json']);
    expect(applied.status, applied.stderr).toBe(0);
    expect((liveOf(WINTER).budget as { amount: number }).amount).toBe(25000);
    expect(liveOf(COFFEE).targetRoas).toBe(coffeeBefore);

    const comment = await run(['github', 'comment', '--reviewed', 'notes.json', '--apply-result', 'result.json']);
    expect(comment.status, comment.stderr).toBe(0);
    expect(comment.stdout).toMatch(/^Posted the apply result on #12: https:\/\/github\.test\/acme\/campaigns\/pull\/12#issuecomment-\d+\n$/);
    const body = fake.comments.find((c) => c.issue === PR)!.body;
    expect(body.startsWith(`${APPLY_MARKER}\n### campaignctl apply\n`)).toBe(true);
    expect(body).toContain('Applied the plan reviewed on [#12](https://github.test/acme/campaigns/pull/12) (commit d4d4d4d');
    expect(body).toContain(`| \`${WINTER}\` | applied |`);
    expect(body).toContain('#### Not applied: 2 campaigns the reviewed plan did not show as the files are now');
    expect(body).toContain(`| \`${COFFEE}\` | \`campaigns/topsort/coffee-autobidding-roas.yaml\` |`);
    expect(body).toContain(HOW_TO_APPLY.slice(0, 60));
    // Run again (a re-run of the job): the same comment is edited.
    await run(['github', 'comment', '--reviewed', 'notes.json', '--apply-result', 'result.json']);
    expect(fake.comments.filter((c) => c.issue === PR)).toHaveLength(1);

    const summary = await run(['github', 'summary', '--apply-result', 'result.json', '--reviewed', 'notes.json']);
    expect(summary.status, summary.stderr).toBe(0);
    const text = readFileSync(path.join(t.project.dir, 'summary.md'), 'utf8');
    expect(text).toMatch(/^### campaignctl apply\n\nApplied the plan reviewed on \[#12\]/);
    expect(text).toContain('#### Not applied: 2 campaigns');
    expect(text).toContain('**1 applied, 0 failed');
  }, 60_000);

  it('refuses a campaign that moved at the vendor since the plan as stale, and says how to get it applied', async () => {
    saveArtifact();
    const state = structuredClone(t.sb.state());
    (state.topsort!.campaigns.find((c) => c.campaignId === WINTER.split('/').at(-1))!.budget as { amount: number }).amount = 19000;
    t.sb.setState(state);
    expect((await reviewed()).status).toBe(0);
    const applied = await run(['apply', 'reviewed.json', '--out', 'result.json']);
    expect(applied.status).toBe(1);
    expect((liveOf(WINTER).budget as { amount: number }).amount).toBe(19000);
    expect((await run(['github', 'comment', '--reviewed', 'notes.json', '--apply-result', 'result.json'])).status).toBe(0);
    const body = fake.comments.find((c) => c.issue === PR)!.body;
    expect(body).toContain(`| \`${WINTER}\` | refused as stale |`);
    expect(body).toContain('1 campaign refused as stale: changed at the vendor after the plan was made');
    expect(body).toContain(HOW_TO_APPLY);
    expect(body).not.toContain('#### Not applied');
  }, 60_000);

  it('writes the approved guardrails to --approve-file when an approver approved the plan in review', async () => {
    const plan = JSON.parse(planText) as { actions: (PlanAction & { guardrails?: unknown })[] };
    for (const a of plan.actions) if (a.address === WINTER) a.guardrails = [{ rule: 'max_budget_increase_percent', message: 'budget 18000 → 25000 (+38.9%)' }];
    saveArtifact(JSON.stringify(plan, null, 2));
    fake.contents.set(`${BEFORE}:campaignctl.yaml`, 'policy:\n  approvers: [alice]\n');
    fake.addReview({ pr: PR, login: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-23T12:30:00Z' });
    const found = await reviewed();
    expect(found.status, found.stderr).toBe(0);
    expect(readFileSync(path.join(t.project.dir, 'approved.txt'), 'utf8')).toBe(`${WINTER}\n`);
    expect(found.stderr).toContain('Guardrails of 1 campaign approved by @alice.');
    expect(notes()).toMatchObject({ guarded: [WINTER], approvedBy: ['alice'] });

    // Without the approval (it came before the plan): nothing is approved, and the comment says why apply refused.
    fake.reviews[0]!.submitted_at = '2026-11-23T11:00:00Z';
    const again = await reviewed();
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(t.project.dir, 'approved.txt'), 'utf8')).toBe('');
    expect(again.stderr).toContain('Guardrails of 1 campaign stand unapproved: apply refuses it.');
    expect(again.stderr).toContain('@alice: approved before the plan of d4d4d4d was made');
  }, 60_000);

  it('applies nothing when the merged pull request\'s plan is missing, and says so on the pull request', async () => {
    const found = await reviewed();
    expect(found.status).toBe(1);
    expect(found.stderr).toContain(`campaignctl github reviewed-plan: no plan of #12 at its last commit d4d4d4d was saved (artifact ${ARTIFACT})`);
    expect(found.stderr).toContain('Nothing was applied.');
    const n = notes();
    expect(n).toMatchObject({ source: 'refused', sha: MERGE, pull: { number: PR } });
    expect(readFileSync(path.join(t.project.dir, 'approved.txt'), 'utf8')).toBe('');

    const comment = await run(['github', 'comment', '--reviewed', 'notes.json']);
    expect(comment.status, comment.stderr).toBe(0);
    const body = fake.comments.find((c) => c.issue === PR)!.body;
    expect(body).toContain('### campaignctl apply: nothing applied');
    expect(body).toContain('**Nothing was applied.** no plan of #12');
    expect(body).toContain('run the apply workflow by hand');
    const summary = await run(['github', 'summary', '--reviewed', 'notes.json']);
    expect(summary.status, summary.stderr).toBe(0);
    expect(readFileSync(path.join(t.project.dir, 'summary.md'), 'utf8')).toContain('### campaignctl apply: nothing applied');
    expect(t.sb.requests()).toEqual([]);
  }, 60_000);

  it('applies nothing when the plan artifact has expired', async () => {
    saveArtifact(planText, { expired: true });
    const found = await reviewed();
    expect(found.status).toBe(1);
    expect(found.stderr).toContain(`the plan of #12 at its last commit d4d4d4d (artifact ${ARTIFACT}, saved 2026-11-23T12:01:00Z) has expired`);
    expect(notes().source).toBe('refused');
  }, 60_000);

  it('refuses a plan artifact that holds no plan', async () => {
    fake.artifacts.push({ id: 32, name: ARTIFACT, created_at: '2026-11-23T12:01:00Z', expired: false, zip: makeZip([{ name: 'plan.json', data: '{"format_version": 2, "actions": "no"}' }]) });
    const found = await reviewed();
    expect(found.status).toBe(1);
    expect(found.stderr).toContain('`actions` must be a list of plan actions');
    expect(found.stderr).toContain(`is not a plan this campaignctl can apply`);
    expect(notes().source).toBe('refused');
  }, 60_000);

  it('says a push from no pull request plans afresh (exit 2), and then comments nowhere', async () => {
    fake.pullRequests[0]!.merge_commit_sha = BEFORE;
    // The commit belongs to a pull request (its head), but no merge of one made it.
    fake.pullRequests.push({ number: 13, title: 'Open', state: 'open', user: 'eve', head_sha: MERGE, base_ref: 'main', files: [] });
    const found = await reviewed();
    expect(found.status).toBe(2);
    expect(found.stdout).toBe('Commit e5e5e5e came from no pull request: nothing was reviewed, so apply plans afresh.\n');
    expect(notes()).toEqual({ source: 'none', sha: MERGE });
    const comment = await run(['github', 'comment', '--reviewed', 'notes.json']);
    expect(comment.status).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
  }, 60_000);

  it('applies nothing when GitHub cannot say where the push came from, and never shows the token', async () => {
    const found = await reviewed();
    expect(found.status).toBe(1);
    const broken = await run(['github', 'reviewed-plan', '--out', 'reviewed.json', '--notes', 'notes.json'], { ...env, GITHUB_TOKEN: 'ghs_wrong_0123456789' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('campaignctl github reviewed-plan: GitHub: list the pull requests of commit e5e5e5e failed');
    expect(broken.stderr).not.toContain('ghs_wrong_0123456789');
    expect(notes()).toMatchObject({ source: 'refused', sha: MERGE });
    expect((notes() as { reason: string }).reason).toContain('could not be looked up');
  }, 60_000);
});
