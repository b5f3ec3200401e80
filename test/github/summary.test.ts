/** `campaignctl github summary` and `apply --out`: the job summary stays under 1 MiB. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import { SUMMARY_LIMIT_BYTES, fitText } from '../../src/github/text-budget.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { address, failed, plan, unchanged, update } from './fixtures.js';

let project: Project;
let summaryFile: string;
const env = () => ({ GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REPOSITORY: 'acme/campaigns', GITHUB_SERVER_URL: 'https://github.test', GITHUB_RUN_ID: '7' });

beforeEach(() => {
  project = tempProject({}, null);
  summaryFile = `${project.dir}/summary.md`;
});
afterEach(() => project.remove());

describe('github summary', () => {
  it('appends the plan to what the step already wrote', async () => {
    writeFileSync(summaryFile, '# Earlier\n');
    await writePlanFile(`${project.dir}/plan.json`, plan([update(1), unchanged(2)]));
    const run = await project.run(['github', 'summary', '--plan', 'plan.json'], { env: env() });
    expect(run.status).toBe(0);
    const text = readFileSync(summaryFile, 'utf8');
    expect(text.startsWith('# Earlier\n\n### campaignctl plan')).toBe(true);
    expect(text).toContain('| update | 1 |');
    expect(text).toContain('| `metadata.budget` | `100` | `500` |');
  });

  it('keeps a huge plan under 1 MiB, errors kept, with a note pointing at the artifact', async () => {
    const actions = [
      ...Array.from({ length: 9000 }, (_, i) => update(i, [{ path: 'description', before: 'é'.repeat(150), after: 'ü'.repeat(150) }])),
      failed(99999),
    ];
    await writePlanFile(`${project.dir}/plan.json`, plan(actions));
    writeFileSync(summaryFile, 'x'.repeat(10_000));
    const artifact = 'https://github.test/acme/campaigns/actions/runs/7/artifacts/3';
    const run = await project.run(['github', 'summary', '--plan', 'plan.json', '--artifact-url', artifact], { env: env() });
    expect(run.stderr).toBe('Wrote the plan to the job summary.\n');
    expect(run.status).toBe(0);
    const bytes = readFileSync(summaryFile);
    expect(bytes.length).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes.length).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.9);
    const text = bytes.toString('utf8');
    expect(text).toContain(address(99999));
    expect(text).toContain(`The whole plan: the [plan artifact](${artifact}).`);
  }, 60_000);

  it('writes the apply tally from `apply --out`', async () => {
    const result = {
      tally: { applied: 2, failed: 1, stale: 0, unchanged: 3, not_applied: 0 },
      interrupted: false,
      outcomes: [
        { address: 'topsort/m/a', outcome: 'applied' },
        { address: 'topsort/m/b', outcome: 'failed', message: 'PATCH …: 422 | bad' },
        { address: 'topsort/m/c', outcome: 'unchanged' },
      ],
    };
    project.write('result.json', JSON.stringify(result));
    const run = await project.run(['github', 'summary', '--apply-result', 'result.json'], { env: env() });
    expect(run.status).toBe(0);
    const text = readFileSync(summaryFile, 'utf8');
    expect(text).toContain('### campaignctl apply');
    expect(text).toContain('**2 applied, 1 failed, 0 refused as stale, 3 unchanged**');
    expect(text).toContain('| `topsort/m/b` | failed | PATCH …: 422 \\| bad |');
  });

  it('refuses a file that is not an apply result, saying how to make one', async () => {
    project.write('result.json', '{"nope": true}');
    const run = await project.run(['github', 'summary', '--apply-result', 'result.json'], { env: env() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('result.json: not an apply result');
    expect(run.stderr).toContain('campaignctl apply --out result.json');
  });

  it('needs GITHUB_STEP_SUMMARY and exactly one input', async () => {
    await writePlanFile(`${project.dir}/plan.json`, plan([update(1)]));
    const noFile = await project.run(['github', 'summary', '--plan', 'plan.json'], { env: {} });
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toMatch(/^campaignctl github summary: GITHUB_STEP_SUMMARY is not set/);
    const both = await project.run(['github', 'summary', '--plan', 'plan.json', '--apply-result', 'r.json'], { env: env() });
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('give exactly one of --plan, --apply-result');
  });
});

describe('fitText', () => {
  it('cuts at a line, closes open <details>, and ends with the note', () => {
    const text = ['<details><summary>a</summary>', '', ...Array.from({ length: 100 }, (_, i) => `line ${i}`), '</details>'].join('\n');
    const { text: out, cut } = fitText(text, { chars: 300 }, 'NOTE');
    expect(cut).toBe(true);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/line \d+\n\n<\/details>\n\nNOTE\n$/);
  });

  it('counts bytes when asked', () => {
    const text = Array.from({ length: 1000 }, () => '€€€€€€€€€€').join('\n');
    const { text: out } = fitText(text, { bytes: 5_000 }, 'NOTE');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(5_000);
    expect(Buffer.byteLength(out)).toBeGreaterThan(4_000);
    expect(out.endsWith('NOTE\n')).toBe(true);
  });
});

describe('apply --out', () => {
  it('saves the result as JSON while printing text, and the summary reads it', async () => {
    const repo = path.resolve(import.meta.dirname, '../..');
    cpSync(path.join(repo, 'campaignctl.yaml'), path.join(project.dir, 'campaignctl.yaml'));
    cpSync(path.join(repo, 'campaigns'), path.join(project.dir, 'campaigns'), { recursive: true });
    const now = new Date();
    const run = await project.run(['apply', '--auto-approve', '--out', 'out/result.json', '--target', 'topsort'], { env: env(), now });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Apply complete: [1-9]\d* applied, 0 failed/);
    const saved = JSON.parse(readFileSync(path.join(project.dir, 'out/result.json'), 'utf8')) as { tally: Record<string, number>; interrupted: boolean; outcomes: unknown[] };
    expect(Object.keys(saved)).toEqual(['tally', 'interrupted', 'outcomes']);
    expect(saved.tally.applied).toBeGreaterThan(0);
    expect(saved.interrupted).toBe(false);

    const summary = await project.run(['github', 'summary', '--apply-result', 'out/result.json'], { env: env() });
    expect(summary.status).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain(`**${saved.tally.applied} applied, 0 failed`);
  }, 60_000);
});
