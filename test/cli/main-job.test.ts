/**
 * The README's main job, on the repository's own example set and the embedded sandbox: a first
 * plan shows the seeded differences, applying the saved plan converges, and the next plan is empty.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/engine/plan-model.js';
import { registry } from '../../src/providers/registry.js';
import { runCli } from '../helpers/cli.js';

const repo = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-main-job-'));
cpSync(path.join(repo, 'campaignctl.yaml'), path.join(dir, 'campaignctl.yaml'));
cpSync(path.join(repo, 'campaigns'), path.join(dir, 'campaigns'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan and apply the examples on the embedded sandbox', () => {
  it('shows real drift for every vendor, applies it, and then plans no changes', async () => {
    const now = new Date();
    const first = await runCli(['plan', '--format', 'json', '--out', '.campaignctl/plan.json'], { cwd: dir, now });
    expect(first.status).toBe(0);
    const plan = JSON.parse(first.stdout) as Plan;
    expect(plan.summary.error).toBe(0);
    const drifted = new Set(plan.actions.filter((a) => a.action === 'update').map((a) => a.provider));
    expect([...drifted].sort()).toEqual(registry.map((e) => e.provider.name).sort());

    const applied = await runCli(['apply', '.campaignctl/plan.json'], { cwd: dir, now });
    expect(applied.stdout).toContain(`Apply complete: ${plan.summary.update} applied, 0 failed, 0 refused as stale, ${plan.summary.no_change} unchanged.`);
    expect(applied.status).toBe(0);

    const second = await runCli(['plan', '--detailed-exitcode'], { cwd: dir, now });
    expect(second.stdout).toBe(`No changes: all ${plan.actions.length} campaigns match the YAML.\n`);
    expect(second.status).toBe(0);
  });
});
