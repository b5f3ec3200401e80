/**
 * The README's main job, on the repository's own example set and the embedded sandbox: a first
 * plan shows the seeded differences and one new campaign per vendor, applying the saved plan
 * converges and writes the new campaigns' ids into their files, and the next plan is empty.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Plan } from '../../src/engine/plan-model.js';
import { registry } from '../../src/providers/registry.js';
import { runCli } from '../helpers/cli.js';

const repo = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-main-job-'));
cpSync(path.join(repo, 'campaignctl.yaml'), path.join(dir, 'campaignctl.yaml'));
cpSync(path.join(repo, 'campaigns'), path.join(dir, 'campaigns'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const vendors = registry.map((e) => e.provider.name).sort();

describe('plan and apply the examples on the embedded sandbox', () => {
  it('shows real drift and a new campaign for every vendor, applies them, writes the ids, and then plans no changes', async () => {
    const now = new Date();
    const first = await runCli(['plan', '--format', 'json', '--out', '.campaignctl/plan.json'], { cwd: dir, now });
    expect(first.status).toBe(0);
    const plan = JSON.parse(first.stdout) as Plan;
    expect(plan.summary.error).toBe(0);
    const kinds = (kind: string) => [...new Set(plan.actions.filter((a) => a.action === kind).map((a) => a.provider))].sort();
    expect(kinds('update')).toEqual(vendors);
    expect(kinds('create')).toEqual(vendors);
    expect(plan.summary.create).toBe(vendors.length);

    const applied = await runCli(['apply', '.campaignctl/plan.json'], { cwd: dir, now });
    expect(applied.stdout).toContain(
      `Apply complete: ${plan.summary.update} applied, 0 failed, 0 refused as stale, ${plan.summary.no_change} unchanged, ${plan.summary.create} created.`,
    );
    expect(applied.status).toBe(0);
    for (const a of plan.actions.filter((x) => x.action === 'create')) {
      const doc = parseAllDocuments(readFileSync(path.join(dir, a.file), 'utf8'))[0]!.toJS() as { id?: string | number };
      expect(doc.id, a.file).toBeDefined();
      expect(applied.stdout).toContain(`${a.address}: created: created as ${String(doc.id)};`);
    }

    const second = await runCli(['plan', '--detailed-exitcode'], { cwd: dir, now });
    expect(second.stdout).toBe(`No changes: all ${plan.actions.length} campaigns match the YAML.\n`);
    expect(second.status).toBe(0);
  });
});
