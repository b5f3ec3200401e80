/**
 * `campaignctl github guardrails` against a fake GitHub over HTTP: the commit status
 * `campaigns/guardrails` on a pull request's head, from its plan's guardrails and its reviews.
 * Approvers come from the base's campaignctl.yaml (users and org/team); an approval counts only on
 * the planned commit, after the plan, by an approver, and not taken back since. On a review, the
 * status is judged again from the saved plan artifact, without planning.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import type { PlanAction } from '../../src/engine/plan-model.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub, type FakeReview } from './fake-github.js';
import { plan, runnerEnv, unchanged, update } from './fixtures.js';
import { makeZip } from './zip.js';

const TOKEN = 'ghs_guardrailsToken_0123456789abcdef';
const PR = 21;
const HEAD = 'a1'.repeat(20);
const OLDER = 'b2'.repeat(20);
const BASE = 'c3'.repeat(20);
/** The fixtures' plans are made at 2026-11-23T12:00:00.000Z. */
const AFTER_PLAN = '2026-11-23T12:05:00Z';

let fake: FakeGithub;
let project: Project;
let env: Record<string, string>;

beforeEach(async () => {
  fake = await startFakeGithub({ token: TOKEN });
  // The pull request's own campaignctl.yaml names mallory: it must not count.
  project = tempProject({}, 'accounts: {}\npolicy:\n  approvers: [mallory]\n');
  project.write('event.json', JSON.stringify({ action: 'synchronize', pull_request: { number: PR, head: { sha: HEAD }, base: { ref: 'main', sha: BASE } } }));
  env = runnerEnv(fake, { GITHUB_EVENT_PATH: `${project.dir}/event.json`, GITHUB_WORKSPACE: project.dir });
  fake.contents.set(`${BASE}:campaignctl.yaml`, 'accounts: {}\npolicy:\n  approvers:\n    - alice\n    - acme/marketing-leads\n');
  fake.teams.set('acme/marketing-leads', ['bob']);
});

afterEach(async () => {
  await fake.close();
  project.remove();
});

const guarded = (i: number): PlanAction =>
  ({ ...update(i), guardrails: [{ rule: 'max_budget_increase_percent', message: 'budget 100 → 500 (+400%), over the 20% policy.max_budget_increase_percent allows' }] });

async function save(actions: PlanAction[]): Promise<void> {
  await writePlanFile(`${project.dir}/plan.json`, plan(actions));
}

const review = (login: string, state: FakeReview['state'] = 'APPROVED', commit_id = HEAD, submitted_at = AFTER_PLAN) => fake.addReview({ pr: PR, login, state, commit_id, submitted_at });

async function status(args: string[] = ['--plan', 'plan.json']) {
  const run = await project.run(['github', 'guardrails', ...args], { env });
  return { run, set: fake.statuses.filter((s) => s.sha === HEAD) };
}

describe('github guardrails: the campaigns/guardrails status', () => {
  it('is success when no guardrail tripped, without reading reviews or the configuration', async () => {
    await save([update(1), unchanged(2)]);
    const { run, set } = await status();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(set).toEqual([
      { sha: HEAD, state: 'success', context: 'campaigns/guardrails', description: 'No guardrail tripped in the plan of a1a1a1a', target_url: 'https://github.test/acme/campaigns/actions/runs/4242' },
    ]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/campaigns/statuses/${HEAD}`]);
  });

  it('is failure, naming how many, until a named approver approves the planned commit after the plan', async () => {
    await save([guarded(1), guarded(2), unchanged(3)]);
    const before = await status();
    expect(before.run.status).toBe(0);
    expect(before.set.at(-1)).toMatchObject({ state: 'failure', description: '2 campaigns need approval: a review by one of policy.approvers after the plan of a1a1a1a' });
    expect(before.run.stderr).toContain('needs approval: voucherify/shop-eu/camp_000000000000000000000001: max_budget_increase_percent: budget 100 → 500');

    review('alice');
    const after = await status();
    expect(after.set.at(-1)).toMatchObject({ state: 'success', description: '2 campaigns with guardrails approved by @alice' });
    expect(fake.requests.some((r) => r.path === `/repos/acme/campaigns/contents/campaignctl.yaml` && r.query.ref === BASE)).toBe(true);
  });

  it('counts a member of an approving team, asking GitHub about the team', async () => {
    await save([guarded(1)]);
    review('bob');
    const { set } = await status();
    expect(set.at(-1)).toMatchObject({ state: 'success', description: '1 campaign with guardrails approved by @bob (acme/marketing-leads)' });
    expect(fake.requests.filter((r) => r.path.startsWith('/orgs/')).map((r) => r.path)).toEqual(['/orgs/acme/teams/marketing-leads/memberships/bob']);
  });

  it('does not count an approval of an earlier commit, one given before the plan, one by a non-approver, or the pull request\'s own approvers', async () => {
    await save([guarded(1)]);
    review('alice', 'APPROVED', OLDER);
    review('bob', 'APPROVED', HEAD, '2026-11-23T11:59:00Z');
    review('carol');
    review('mallory');
    const { run, set } = await status();
    expect(set.at(-1)).toMatchObject({ state: 'failure', description: '1 campaign needs approval: a review by one of policy.approvers after the plan of a1a1a1a' });
    expect(run.stderr).toContain('@alice: approved commit b2b2b2b, not a1a1a1a, whose plan is the one to apply');
    expect(run.stderr).toContain('@bob: approved before the plan of a1a1a1a was made (2026-11-23T12:00:00.000Z); approve again after reading it');
    expect(run.stderr).toContain('@carol: approved, but is not one of policy.approvers');
    expect(run.stderr).toContain('@mallory: approved, but is not one of policy.approvers');
    // Only reviewers who approved this plan in time are looked for in the team: not alice nor bob.
    expect(fake.requests.filter((r) => r.path.startsWith('/orgs/')).map((r) => r.path)).toEqual([
      '/orgs/acme/teams/marketing-leads/memberships/carol',
      '/orgs/acme/teams/marketing-leads/memberships/mallory',
    ]);
  });

  it('takes an approval back when the approver later requests changes, or the approval is dismissed', async () => {
    await save([guarded(1)]);
    review('alice');
    review('alice', 'COMMENTED', HEAD, '2026-11-23T12:06:00Z');
    expect((await status()).set.at(-1)!.state).toBe('success');
    review('alice', 'CHANGES_REQUESTED', HEAD, '2026-11-23T12:07:00Z');
    expect((await status()).set.at(-1)!.state).toBe('failure');

    fake.reviews.length = 0;
    review('alice', 'DISMISSED');
    const { run, set } = await status();
    expect(set.at(-1)!.state).toBe('failure');
    expect(run.stderr).toContain('@alice: their approval was dismissed');
  });

  it('says policy.approvers names no one when the base has none', async () => {
    fake.contents.set(`${BASE}:campaignctl.yaml`, 'accounts: {}\n');
    await save([guarded(1)]);
    review('alice');
    const { set } = await status();
    expect(set.at(-1)).toMatchObject({ state: 'failure', description: "1 campaign needs approval, but policy.approvers names no one (base branch's campaignctl.yaml)" });
    expect(fake.requests.some((r) => r.path.endsWith('/reviews'))).toBe(false);
  });

  it('fails, saying which token can, when the token cannot read teams', async () => {
    fake.teamsForbidden = true;
    await save([guarded(1)]);
    review('bob');
    const { run, set } = await status();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('campaignctl github guardrails: GitHub: check whether bob is in the team acme/marketing-leads failed');
    expect(run.stderr).toContain('members: read on the organization');
    expect(run.stderr).not.toContain(TOKEN);
    expect(set).toEqual([]);
  });

  it('on a review, judges again from the plan saved for the head commit, without planning', async () => {
    const saved = plan([guarded(1)]);
    fake.artifacts.push(
      { id: 7, name: `campaignctl-plan-pr-${PR}-${OLDER}`, created_at: '2026-11-23T11:00:00Z', expired: false, zip: makeZip([{ name: 'plan.json', data: JSON.stringify(plan([update(1)])) }]) },
      { id: 8, name: `campaignctl-plan-pr-${PR}-${HEAD}`, created_at: '2026-11-23T12:01:00Z', expired: false, zip: makeZip([{ name: 'plan.json', data: JSON.stringify(saved) }]) },
    );
    review('alice');
    const { run, set } = await status([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Set campaigns/guardrails on a1a1a1a (#21): success: 1 campaign with guardrails approved by @alice');
    expect(set).toHaveLength(1);
    // The storage download carried no token.
    const download = fake.requests.find((r) => r.path === '/_storage/8')!;
    expect(download.headers.authorization).toBeUndefined();
  });

  it('on a review of a commit with no saved plan yet, sets nothing and leaves it to the plan workflow', async () => {
    review('alice');
    const { run, set } = await status([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`No plan of #21 at a1a1a1a is saved yet (artifact campaignctl-plan-pr-21-${HEAD})`);
    expect(set).toEqual([]);
  });

  it('leaves the status to the merged plan when given a shard\'s plan', async () => {
    await writePlanFile(`${project.dir}/plan.json`, { ...plan([guarded(1)]), shard: { index: 1, count: 2, campaigns: 2, selection: `sha256:${'0'.repeat(64)}` } });
    const { run, set } = await status();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The plan of shard 1/2: the merged plan sets the status.');
    expect(set).toEqual([]);
  });
});
