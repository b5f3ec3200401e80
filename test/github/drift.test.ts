/**
 * `campaignctl github drift` against a fake GitHub: one issue opened, then updated (the same
 * issue; a comment when what drifted changed), then closed by a clean plan.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import type { PlanAction } from '../../src/engine/plan-model.js';
import { DRIFT_LABEL, DRIFT_MARKER } from '../../src/github/drift-issue.js';
import { MARKDOWN_LIMIT } from '../../src/report/markdown.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { address, failed, plan, runnerEnv, unchanged, update } from './fixtures.js';

const TOKEN = 'ghs_driftToken_0123456789';

let fake: FakeGithub;
let project: Project;
let env: Record<string, string>;

beforeEach(async () => {
  fake = await startFakeGithub({ token: TOKEN });
  project = tempProject({}, null);
  env = runnerEnv(fake);
});
afterEach(async () => {
  await fake.close();
  project.remove();
});

const drift = async (p: ReturnType<typeof plan>) => {
  await writePlanFile(`${project.dir}/plan.json`, p);
  return project.run(['github', 'drift', '--plan', 'plan.json'], { env });
};

describe('github drift', () => {
  it('opens one issue, updates the same issue, and closes it when a later run is clean', async () => {
    const first = await drift(plan([update(1, [{ path: 'metadata.budget', before: 1, after: 2 }, { path: 'active', before: false, after: true }]), unchanged(2)]));
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Opened the drift issue #\d+: https:\/\/github\.test\/acme\/campaigns\/issues\/\d+\n$/);
    expect(fake.issues).toHaveLength(1);
    const issue = fake.issues[0]!;
    expect(issue.labels).toEqual([DRIFT_LABEL]);
    expect(fake.labels.has(DRIFT_LABEL)).toBe(true);
    expect(issue.title).toBe('campaignctl drift: 1 campaign changed outside git');
    expect(issue.body.startsWith(DRIFT_MARKER)).toBe(true);
    expect(issue.body).toContain(`| \`${address(1)}\` | \`campaigns/voucherify/c1.yaml:2\` | \`metadata.budget\`, \`active\` |`);
    expect(issue.body).toContain('[workflow run](https://github.test/acme/campaigns/actions/runs/4242)');

    // Same drift again: the body is refreshed, nobody is pinged.
    const same = await drift(plan([update(1, [{ path: 'metadata.budget', before: 1, after: 3 }, { path: 'active', before: false, after: true }]), unchanged(2)]));
    expect(same.stdout).toMatch(/^Updated the drift issue #\d+/);
    expect(same.stdout).not.toContain('changed');
    expect(fake.issues).toHaveLength(1);
    expect(fake.comments).toHaveLength(0);

    // Different drift, and an error: same issue, new title and body, one comment.
    const more = await drift(plan([update(1), update(3), failed(4), unchanged(2)]));
    expect(more.stdout).toMatch(/^Updated the drift issue #\d+: .* \(what drifted changed\)\n$/);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.title).toBe('campaignctl drift: 2 campaigns changed outside git, 1 campaign error');
    expect(fake.issues[0]!.body).toContain('### 1 campaign could not be planned');
    expect(fake.issues[0]!.body).toContain('`not_found`: the campaign no longer exists at the vendor');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('The drift changed: 2 campaigns changed outside git, 1 campaign error');

    const clean = await drift(plan([unchanged(1), unchanged(2), unchanged(3), unchanged(4)]));
    expect(clean.stdout).toMatch(/^No drift; closed the drift issue #\d+/);
    expect(fake.issues[0]!.state).toBe('closed');
    expect(fake.issues[0]!.state_reason).toBe('completed');
    expect(fake.comments.at(-1)!.body).toContain('No drift any more: all 4 campaigns match the YAML');

    // Clean again, nothing open: nothing to do, nothing written.
    const before = fake.requests.length;
    const quiet = await drift(plan([unchanged(1)]));
    expect(quiet.stdout).toBe('No drift, and no drift issue open.\n');
    expect(fake.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);

    // New drift after closing: a new issue (the closed one stays closed).
    await drift(plan([update(5)]));
    expect(fake.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(fake.issues).toHaveLength(2);
  });

  it('ignores issues and pull requests that carry the label but not the marker', async () => {
    fake.labels.set(DRIFT_LABEL, { name: DRIFT_LABEL, color: 'd93f0b', description: '' });
    fake.issues.push({ number: 1, title: 'someone else', body: 'talking about drift', state: 'open', labels: [DRIFT_LABEL] });
    fake.issues.push({ number: 2, title: 'a PR', body: DRIFT_MARKER, state: 'open', labels: [DRIFT_LABEL], pull_request: { url: 'x' } });
    const run = await drift(plan([update(1)]));
    expect(run.status).toBe(0);
    expect(fake.issues).toHaveLength(3);
    expect(fake.issues[0]!.body).toBe('talking about drift');
    expect(fake.requests.some((r) => r.method === 'POST' && r.path.endsWith('/labels'))).toBe(false);
  });

  it('reports a run that could not plan, and does not close the issue for it', async () => {
    const run = await project.run(['github', 'drift', '--failed', 'environment variable TOPSORT_API_KEY is not set'], { env });
    expect(run.status).toBe(0);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.title).toBe('campaignctl drift check could not run');
    expect(fake.issues[0]!.body).toContain('TOPSORT_API_KEY is not set');
    const again = await project.run(['github', 'drift', '--failed', 'still failing'], { env });
    expect(again.status).toBe(0);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.state).toBe('open');
  });

  it('caps the issue body for a plan with thousands of drifted campaigns', async () => {
    const many = Array.from({ length: 1500 }, (_, i) =>
      update(i, Array.from({ length: 15 }, (_, j) => ({ path: `metadata.field_${j}`, before: j, after: j + 1 }))),
    );
    const run = await drift(plan(many));
    expect(run.status).toBe(0);
    const body = fake.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(body).toContain(', and 5 more |');
    expect(body).toContain("✂️ Cut to stay under GitHub's issue limit.");
  }, 60_000);

  it('lists the campaigns only in a dashboard (import --list --out), which keep the issue open until adopted', async () => {
    const listing = (ids: string[]) => ({
      format_version: 1,
      created_at: '2026-11-23T12:00:00.000Z',
      accounts: [
        {
          account: 'shop-eu',
          provider: 'voucherify',
          live: 7,
          unmanaged: ids.map((id) => ({ id, address: `voucherify/shop-eu/${id}`, name: `Made in the dashboard | ${id} <b>`, status: 'active', start: '2026-11-01T00:00:00Z' })),
        },
      ],
    });
    const run = async (ids: string[], actions: PlanAction[] = [unchanged(1)]) => {
      await writePlanFile(`${project.dir}/plan.json`, plan(actions));
      project.write('unmanaged.json', JSON.stringify(listing(ids)));
      return project.run(['github', 'drift', '--plan', 'plan.json', '--unmanaged', 'unmanaged.json'], { env });
    };

    const first = await run(['camp_dash1']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Opened the drift issue #\d+/);
    const issue = fake.issues[0]!;
    expect(issue.title).toBe('campaignctl drift: 1 campaign only in the dashboard');
    expect(issue.body).toContain('Every managed campaign matches the YAML');
    expect(issue.body).toContain('### Only in the dashboard: 1 campaign no document manages');
    expect(issue.body).toContain('**voucherify/shop-eu**: 1 of 7 live campaigns');
    expect(issue.body).toContain('| Made in the dashboard \\| camp_dash1 &lt;b> | `camp_dash1` | active | 2026-11-01T00:00:00Z | — |');
    expect(issue.body).toContain('`campaignctl import --account ACCOUNT --all`');

    // Another campaign made in a dashboard is news: a comment says so.
    const second = await run(['camp_dash1', 'camp_dash2'], [update(1), unchanged(2)]);
    expect(second.stdout).toMatch(/what drifted changed/);
    expect(fake.issues[0]!.title).toBe('campaignctl drift: 1 campaign changed outside git, 2 campaigns only in the dashboard');
    expect(fake.issues[0]!.body).toContain('The scheduled plan found live campaigns that differ from the YAML');
    expect(fake.comments.at(-1)!.body).toContain('2 campaigns only in the dashboard');

    // Adopted (imported into git): nothing left, the issue closes.
    const adopted = await run([]);
    expect(adopted.stdout).toMatch(/^No drift; closed the drift issue/);
    expect(fake.issues[0]!.state).toBe('closed');
  });

  it('refuses a file that is not a listing, and --unmanaged without --plan', async () => {
    await writePlanFile(`${project.dir}/plan.json`, plan([unchanged(1)]));
    project.write('nope.json', '{"format_version": 7}');
    const bad = await project.run(['github', 'drift', '--plan', 'plan.json', '--unmanaged', 'nope.json'], { env });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('nope.json is not a listing of `campaignctl import --list --out`');
    const failedToo = await project.run(['github', 'drift', '--failed', 'x', '--unmanaged', 'nope.json'], { env });
    expect(failedToo.status).toBe(1);
    expect(failedToo.stderr).toContain('--unmanaged goes with --plan');
    expect(fake.requests).toEqual([]);
  });
});
