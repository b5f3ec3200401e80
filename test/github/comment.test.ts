/**
 * `campaignctl github comment` against a fake GitHub over HTTP: one comment per pull request,
 * created once and edited in place afterwards, found across pages, never a person's, kept under
 * GitHub's limit, and the token never shown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import { PLAN_MARKER } from '../../src/github/pr-comment.js';
import { MARKDOWN_LIMIT } from '../../src/report/markdown.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { failed, plan, runnerEnv, unchanged, update } from './fixtures.js';

const TOKEN = 'ghs_fakeTokenValue0123456789abcdef';
const PR = 17;

let fake: FakeGithub;
let project: Project;
let env: Record<string, string>;

beforeEach(async () => {
  fake = await startFakeGithub({ token: TOKEN });
  project = tempProject({}, null);
  project.write(
    'event.json',
    JSON.stringify({ action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: 'abcdef1234567890abcdef1234567890abcdef12' } } }),
  );
  env = runnerEnv(fake, { GITHUB_EVENT_PATH: `${project.dir}/event.json` });
});

afterEach(async () => {
  await fake.close();
  project.remove();
});

async function savePlan(file: string, p: ReturnType<typeof plan>): Promise<void> {
  await writePlanFile(`${project.dir}/${file}`, p);
}

const writes = () => fake.requests.filter((r) => r.method !== 'GET');

describe('github comment', () => {
  it('creates the comment on the first run and edits that same comment on the second', async () => {
    await savePlan('plan.json', plan([update(1), unchanged(2)]));
    const first = await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Created the plan comment on #17: https:\/\/github\.test\/acme\/campaigns\/pull\/17#issuecomment-\d+\n$/);
    expect(fake.comments).toHaveLength(1);
    const created = fake.comments[0]!;
    expect(created.body.startsWith(`${PLAN_MARKER}\n### campaignctl plan`)).toBe(true);
    expect(created.body).toContain('| `metadata.budget` | `100` | `500` |');
    expect(created.body).toContain('commit abcdef1');
    expect(created.body).toContain('[workflow run](https://github.test/acme/campaigns/actions/runs/4242)');

    await savePlan('plan.json', plan([update(1, [{ path: 'active', before: false, after: true }]), unchanged(2)]));
    const second = await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`Updated the plan comment on #17`);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.id).toBe(created.id);
    expect(fake.comments[0]!.body).toContain('`active`');
    expect(fake.comments[0]!.body).not.toContain('metadata.budget');
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/campaigns/issues/17/comments',
      `PATCH /repos/acme/campaigns/issues/comments/${created.id}`,
    ]);
    // GitHub's media type and API version on every call, the token as a bearer.
    for (const r of fake.requests) {
      expect(r.headers.accept).toBe('application/vnd.github+json');
      expect(r.headers['x-github-api-version']).toBe('2022-11-28');
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('finds its comment on a later page, following the Link header, and leaves people\'s comments alone', async () => {
    for (let i = 0; i < 130; i++) fake.addComment(PR, `comment ${i}`);
    // A person quoting the marker: not ours to edit.
    fake.addComment(PR, `${PLAN_MARKER}\nI pasted this`, { login: 'octocat', type: 'User' });
    const ours = fake.addComment(PR, `${PLAN_MARKER}\nold plan`, { login: 'github-actions[bot]', type: 'Bot' });
    for (let i = 0; i < 100; i++) fake.addComment(PR, `later ${i}`);
    await savePlan('plan.json', plan([update(1)]));

    const run = await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(run.status).toBe(0);
    const lists = fake.requests.filter((r) => r.method === 'GET');
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/campaigns/issues/comments/${ours.id}`]);
    expect(fake.comments.find((c) => c.user.type === 'User' && c.body.startsWith(PLAN_MARKER))!.body).toContain('I pasted this');
    expect(fake.comments).toHaveLength(232);
  });

  it('with a machine user\'s token (comments by a User), still edits its own comment and no one else\'s', async () => {
    fake.viewer = 'campaigns-bot';
    fake.addComment(PR, `${PLAN_MARKER}\nsomeone quoting`, { login: 'octocat', type: 'User' });
    await savePlan('plan.json', plan([update(1)]));
    const first = await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(first.stdout).toContain('Created');
    const second = await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(second.stdout).toContain('Updated');
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments[0]!.body).toContain('someone quoting');
    expect(fake.comments[1]!.user.login).toBe('campaigns-bot');
  });

  it('writes the "skipped" comment for a fork, and replaces it with the plan later', async () => {
    const reason = 'This pull request comes from a fork, which gets no secrets.';
    const run = await project.run(['github', 'comment', '--skipped', reason], { env });
    expect(run.status).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('### campaignctl plan: skipped');
    expect(fake.comments[0]!.body).toContain(reason);
    expect(fake.comments[0]!.body.startsWith(PLAN_MARKER)).toBe(true);

    await savePlan('plan.json', plan([update(1)]));
    await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).not.toContain('skipped');
  });

  it('says the plan failed, replacing an older plan that no longer holds', async () => {
    await savePlan('plan.json', plan([update(1)]));
    await project.run(['github', 'comment', '--plan', 'plan.json'], { env });
    const run = await project.run(['github', 'comment', '--failed', 'campaignctl plan stopped: invalid campaign files.'], { env });
    expect(run.status).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('### campaignctl plan: failed');
    expect(fake.comments[0]!.body).toContain('invalid campaign files');
    expect(fake.comments[0]!.body).not.toContain('metadata.budget');
  });

  it('keeps a huge plan under 60,000 characters, errors first, with a note saying where the whole plan is', async () => {
    const actions = [
      ...Array.from({ length: 3000 }, (_, i) => update(i, [{ path: 'description', before: 'x'.repeat(150), after: 'y'.repeat(150) }])),
      failed(9999, 'masivo.started-locked', 'start_date cannot change once the campaign has started'),
    ];
    await savePlan('plan.json', plan(actions));
    const run = await project.run(
      ['github', 'comment', '--plan', 'plan.json', '--artifact-url', 'https://github.test/acme/campaigns/actions/runs/4242/artifacts/99'],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const body = fake.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(body.length).toBeGreaterThan(MARKDOWN_LIMIT - 2_000);
    expect(body).toContain('masivo.started-locked');
    expect(body).toMatch(/✂️ \d+ campaigns not shown/);
    expect(body).toContain('The whole plan: the [job summary](https://github.test/acme/campaigns/actions/runs/4242), then the [plan artifact](https://github.test/acme/campaigns/actions/runs/4242/artifacts/99).');
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('takes --pr instead of the event', async () => {
    await savePlan('plan.json', plan([update(1)]));
    const { GITHUB_EVENT_PATH: _e, ...noEvent } = env;
    const run = await project.run(['github', 'comment', '--plan', 'plan.json', '--pr', '5'], { env: noEvent });
    expect(run.status).toBe(0);
    expect(fake.comments[0]!.issue).toBe(5);
  });
});
