/**
 * `github comment --plan FILE --other-prs` against a fake GitHub: the plan comment names the other
 * open pull requests (into the same base) that change a campaign file this one changes, with the
 * campaigns of this plan in it; none, no note; a failure to look is a warning, and the comment is
 * still posted.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub, type FakePullRequest } from './fake-github.js';
import { address, plan, runnerEnv, unchanged, update } from './fixtures.js';

const TOKEN = 'ghs_otherPullsToken_0123456789abcdef';
const PR = 17;

let fake: FakeGithub;
let project: Project;
let env: Record<string, string>;

const pull = (number: number, files: string[], extra: Partial<FakePullRequest> = {}): FakePullRequest => ({
  number,
  title: `Change ${number}`,
  state: 'open',
  user: `user${number}`,
  head_sha: String(number).repeat(40).slice(0, 40),
  base_ref: 'main',
  files: files.map((filename) => ({ filename })),
  ...extra,
});

beforeEach(async () => {
  fake = await startFakeGithub({ token: TOKEN });
  project = tempProject({}, null);
  project.write('event.json', JSON.stringify({ pull_request: { number: PR, head: { sha: 'ab'.repeat(20) }, base: { ref: 'main', sha: 'cd'.repeat(20) } } }));
  env = runnerEnv(fake, { GITHUB_EVENT_PATH: `${project.dir}/event.json`, GITHUB_WORKSPACE: project.dir });
  await writePlanFile(`${project.dir}/plan.json`, plan([update(1), update(2), unchanged(3)]));
});

afterEach(async () => {
  await fake.close();
  project.remove();
});

const comment = () => project.run(['github', 'comment', '--plan', 'plan.json', '--other-prs'], { env });

describe('github comment --other-prs', () => {
  it('names the open pull requests into the same base that change the same campaign files', async () => {
    fake.pullRequests.push(
      pull(PR, ['campaigns/voucherify/c1.yaml', 'campaigns/voucherify/c2.yaml', 'README.md']),
      pull(30, ['campaigns/voucherify/c1.yaml']),
      pull(31, ['README.md', 'campaigns/voucherify/c3.yaml']),
      pull(32, ['campaigns/voucherify/c2.yaml'], { base_ref: 'develop' }),
      pull(33, ['campaigns/voucherify/c2.yaml'], { state: 'closed' }),
      pull(34, []),
    );
    // A rename away from a file this one changes is a change of it too.
    fake.pullRequests.at(-1)!.files = [{ filename: 'campaigns/voucherify/renamed.yaml', status: 'renamed', previous_filename: 'campaigns/voucherify/c2.yaml' }];
    const run = await comment();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Other open pull requests change the same campaigns: #34, #30');
    const body = fake.comments[0]!.body;
    expect(body).toContain('#### Other open pull requests change the same campaigns');
    expect(body).toContain(`- [#30](https://github.test/acme/campaigns/pull/30) Change 30 by @user30: \`campaigns/voucherify/c1.yaml\` (\`${address(1)}\`)`);
    expect(body).toContain(`- [#34](https://github.test/acme/campaigns/pull/34) Change 34 by @user34: \`campaigns/voucherify/c2.yaml\` (\`${address(2)}\`)`);
    expect(body).not.toMatch(/#3[123]\b/);
    expect(body).toContain("the other's plan then no longer holds for these campaigns");
    // The note sits after the plan, before the footer.
    expect(body.indexOf('#### Other open')).toBeGreaterThan(body.indexOf('metadata.budget'));
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
    const listed = fake.requests.find((r) => r.path === '/repos/acme/campaigns/pulls')!;
    expect(listed.query).toMatchObject({ state: 'open', base: 'main', sort: 'updated', direction: 'desc' });
  });

  it('matches files from the repository\'s root when campaignctl runs in a subfolder', async () => {
    const sub = path.basename(project.dir);
    fake.pullRequests.push(pull(PR, [`${sub}/campaigns/voucherify/c1.yaml`]), pull(30, [`${sub}/campaigns/voucherify/c1.yaml`]), pull(31, ['campaigns/voucherify/c1.yaml']));
    const run = await project.run(['github', 'comment', '--plan', 'plan.json', '--other-prs'], { env: { ...env, GITHUB_WORKSPACE: path.dirname(project.dir) } });
    expect(run.status, run.stderr).toBe(0);
    const body = fake.comments[0]!.body;
    expect(body).toContain(`\`${sub}/campaigns/voucherify/c1.yaml\``);
    expect(body).toContain('[#30]');
    expect(body).not.toContain('[#31]');
  });

  it('adds no note when no other pull request changes these files, and only reads this one\'s files when it changes none', async () => {
    fake.pullRequests.push(pull(PR, ['campaigns/voucherify/c1.yaml']), pull(30, ['campaigns/voucherify/c9.yaml']));
    expect((await comment()).status).toBe(0);
    expect(fake.comments[0]!.body).not.toContain('Other open pull requests');

    fake.pullRequests[0]!.files = [{ filename: 'README.md' }];
    fake.requests.length = 0;
    expect((await comment()).status).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      `/repos/acme/campaigns/pulls/${PR}/files`,
      '/repos/acme/campaigns/issues/17/comments',
    ]);
  });

  it('still posts the plan when the other pull requests cannot be read, with a warning', async () => {
    // No pull request #17 in the fake: its files answer 404.
    const run = await comment();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning: the other open pull requests could not be checked for the same campaigns: GitHub: list the files of #17 failed');
    expect(fake.comments[0]!.body).toContain('### campaignctl plan');
  });
});
