/**
 * What goes wrong: missing runner variables (exit 1, naming the variable), a refused token (exit 1,
 * the token masked even where the server echoes it), a bad plan file, a run that is not about a
 * pull request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { plan, runnerEnv, update } from './fixtures.js';

const GOOD = 'ghs_theRealToken_abcdef0123456789';
const WRONG = 'ghp_aWrongTokenThatLeaks_9876543210';

let fake: FakeGithub;
let project: Project;

beforeEach(async () => {
  fake = await startFakeGithub({ token: GOOD });
  project = tempProject({}, null);
  project.write('event.json', JSON.stringify({ pull_request: { number: 3 } }));
  await writePlanFile(`${project.dir}/plan.json`, plan([update(1)]));
});
afterEach(async () => {
  await fake.close();
  project.remove();
});

const env = (extra: Record<string, string> = {}) => runnerEnv(fake, { GITHUB_EVENT_PATH: `${project.dir}/event.json`, ...extra });

describe('github commands: errors', () => {
  it.each([
    ['comment', ['--plan', 'plan.json']],
    ['drift', ['--plan', 'plan.json']],
  ])('%s without GITHUB_TOKEN or GITHUB_REPOSITORY exits 1 naming the variable', async (sub, args) => {
    const { GITHUB_TOKEN: _t, ...noToken } = env();
    const a = await project.run(['github', sub, ...args], { env: noToken });
    expect(a.status).toBe(1);
    expect(a.stderr).toMatch(new RegExp(`^campaignctl github ${sub}: GITHUB_TOKEN is not set: the REST API needs a token`));
    const { GITHUB_REPOSITORY: _r, ...noRepo } = env();
    const b = await project.run(['github', sub, ...args], { env: noRepo });
    expect(b.status).toBe(1);
    expect(b.stderr).toContain('GITHUB_REPOSITORY is not set');
    expect(fake.requests).toHaveLength(0);
  });

  it('never shows the token, even when GitHub echoes it back in an error', async () => {
    const run = await project.run(['github', 'comment', '--plan', 'plan.json'], { env: env({ GITHUB_TOKEN: WRONG }) });
    expect(run.status).toBe(1);
    // The fake did echo it: the redaction is what keeps it out.
    expect(fake.requests[0]!.status).toBe(401);
    expect(run.stderr).toContain('401');
    expect(run.stderr).toContain('Bad credentials: got ***');
    expect(run.stderr).toContain('hint: the token was refused');
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(WRONG);
      expect(text).not.toContain(WRONG.slice(4, 20));
    }
    const drift = await project.run(['github', 'drift', '--plan', 'plan.json'], { env: env({ GITHUB_TOKEN: WRONG }) });
    expect(drift.status).toBe(1);
    expect(drift.stderr + drift.stdout).not.toContain(WRONG);
  });

  it('needs a pull request: from the event, or --pr', async () => {
    project.write('push-event.json', JSON.stringify({ ref: 'refs/heads/main' }));
    const run = await project.run(['github', 'comment', '--plan', 'plan.json'], { env: env({ GITHUB_EVENT_PATH: `${project.dir}/push-event.json` }) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the event that started this run is not about a pull request; pass --pr N');
    const { GITHUB_EVENT_PATH: _e, ...noEvent } = env();
    const none = await project.run(['github', 'comment', '--plan', 'plan.json'], { env: noEvent });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('GITHUB_EVENT_PATH is not set; pass --pr N');
  });

  it('refuses plain http for the API except on loopback, so the token never travels in clear', async () => {
    const run = await project.run(['github', 'comment', '--plan', 'plan.json'], { env: env({ GITHUB_API_URL: 'http://github.example.com/api/v3' }) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('GITHUB_API_URL must be an https URL');
  });

  it('reports a missing plan file at its path', async () => {
    const run = await project.run(['github', 'comment', '--plan', 'missing.json'], { env: env() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing.json:1:1: error: plan file not found');
    expect(fake.requests).toHaveLength(0);
  });

  it('takes exactly one of --plan, --skipped, --failed', async () => {
    const none = await project.run(['github', 'comment'], { env: env() });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('give exactly one of --plan, --skipped, --failed');
    const two = await project.run(['github', 'comment', '--plan', 'plan.json', '--skipped', 'fork'], { env: env() });
    expect(two.status).toBe(1);
    expect(two.stderr).toContain('(got --plan and --skipped)');
  });

  it('explains a refused write with the permission the job needs', async () => {
    // The fake knows no repository "other": GitHub answers 404 for what a token cannot see.
    const run = await project.run(['github', 'comment', '--plan', 'plan.json'], { env: env({ GITHUB_REPOSITORY: 'acme/other' }) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('GitHub: list the comments of #3 failed: GET');
    expect(run.stderr).toContain('hint: not found, or the token cannot see it');
  });
});
