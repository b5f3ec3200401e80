import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlanFile } from '../../src/engine/plan-file.js';
import type { Plan, PlanAction } from '../../src/engine/plan-model.js';

const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-plan-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any shape the writer may meet, the odd ones included: it writes what it is given. */
const action = (i: number, extra: Record<string, unknown> = {}): PlanAction => ({
  address: `topsort/marketplace-eu/id-${i}`,
  provider: 'topsort',
  account: 'marketplace-eu',
  id: `id-${i}`,
  file: `campaigns/topsort/c-${i}.yaml`,
  line: 1,
  action: 'update',
  changes: [{ path: 'budget.amount', before: 100, after: 500 }, { path: 'name', before: 'a\nb "q"', after: 'Café — “x”' }],
  live_fingerprint: `sha256:${'0'.repeat(64)}`,
  desired: { name: 'Café — “x”', budget: { amount: 500, type: 'daily' }, tags: [], empty: {}, list: [1, [2, { z: null }]] },
  ...extra,
});

const plans: Record<string, Plan> = {
  'no actions': { format_version: 2, created_at: '2026-11-23T12:00:00.000Z', summary: { create: 0, retire: 0, delete: 0, forget: 0, update: 0, no_change: 0, error: 0, needs_approval: 0 }, actions: [] },
  'one action': { format_version: 2, created_at: '2026-11-23T12:00:00.000Z', summary: { create: 0, retire: 0, delete: 0, forget: 0, update: 1, no_change: 0, error: 0, needs_approval: 0 }, actions: [action(1)] },
  'many actions and a shard': {
    format_version: 2,
    created_at: '2026-11-23T12:00:00.000Z',
    shard: { index: 1, count: 2 } as unknown as Plan['shard'],
    summary: { create: 0, retire: 0, delete: 0, forget: 0, update: 2, no_change: 1, error: 1, needs_approval: 0 },
    actions: [
      action(1),
      action(2, { action: 'no_change', changes: undefined }),
      action(3, { action: 'error', error: { code: 'x', message: 'y', path: 'a.b' } }),
      // Enough of them to cross a write chunk.
      ...Array.from({ length: 3000 }, (_, i) => action(10 + i)),
    ],
  },
};

describe('writePlanFile', () => {
  for (const [name, plan] of Object.entries(plans)) {
    it(`writes exactly JSON.stringify(plan, null, 2) and a newline: ${name}`, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
      await writePlanFile(file, plan);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    });
  }
});
