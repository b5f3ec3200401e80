/**
 * Each change's origin from the three values the rule names: REF's desired value, this branch's,
 * and live state, on a seeded Topsort campaign read as the sandbox holds it. The cases the
 * end-to-end contract test (test/contract/origins.test.ts) does not reach: objects compared leaf
 * by leaf, write-only fields (judged by the record), a campaign REF does not declare.
 */
import { describe, expect, it } from 'vitest';
import { diffSpec } from '../../src/engine/diff.js';
import { fieldKinds } from '../../src/engine/field-kinds.js';
import type { LastAppliedRecord } from '../../src/engine/last-applied.js';
import { changeOrigins } from '../../src/engine/origins.js';
import type { AccountSession } from '../../src/engine/sessions.js';
import { getProvider, registry } from '../../src/providers/registry.js';
import type { FieldChange, LiveCampaign } from '../../src/providers/runtime.js';
import { SANDBOX_NOW } from '../helpers/sandbox.js';

const provider = getProvider('topsort')!;
const runtime = provider.runtime!;
const session = { provider, runtime } as unknown as AccountSession;
const ID = '7f3b2c1e-4a5d-4e8f-9b6a-1c2d3e4f5a6b';
const ADDRESS = `topsort/marketplace-eu/${ID}`;

const fake = await registry.find((e) => e.provider.name === 'topsort')!.fake();
const seeded = fake.seed(SANDBOX_NOW).campaigns.find((c) => (c as { campaignId?: unknown }).campaignId === ID)!;
const EMPTY_RECORD: LastAppliedRecord = { format_version: 2, campaigns: {}, managed: [], creates: {} };

/** The seeded campaign with these raw fields replaced: what the vendor holds now. */
function live(raw: Record<string, unknown> = {}): LiveCampaign {
  return { id: ID, raw: { ...structuredClone(seeded), ...raw } };
}

/** The planner's changes of `head` against `at`, with their origins against `base`. */
function origins(head: Record<string, unknown>, base: Record<string, unknown> | undefined, at: LiveCampaign, record = EMPTY_RECORD, implicit: FieldChange[] = []): Record<string, string> {
  const kinds = fieldKinds(provider);
  const changes: FieldChange[] = diffSpec({
    desired: head,
    canonical: runtime.canonical(head),
    live: runtime.toSpec(at.raw),
    writeOnly: kinds.writeOnly,
    lossy: new Set(runtime.lossyFields ?? []),
    lastApplied: record.campaigns[ADDRESS] ?? {},
    fieldEquals: (field, want, have) => runtime.fieldEquals?.(field, want, have, { now: SANDBOX_NOW, live: at }),
  }).concat(implicit);
  const list = changeOrigins({ changes, head, base, live: at, session, lastApplied: record, address: ADDRESS, now: SANDBOX_NOW });
  return Object.fromEntries(changes.map((c, i) => [c.path, list[i]!]));
}

const BUDGET = { amount: 18000, type: 'daily' };

describe('the origin of a change', () => {
  it('judges an object leaf by leaf: the branch\'s amount, the vendor\'s type, and an amount both moved', () => {
    const base = { budget: BUDGET, name: 'Winter' };
    // Live: the seed's budget (18000 daily) with the type changed at the vendor.
    expect(origins({ budget: { amount: 25000, type: 'daily' } }, { budget: BUDGET }, live({ budget: { amount: 18000, type: 'weekly' } }))).toEqual({
      'budget.amount': 'change',
      'budget.type': 'drift',
    });
    expect(origins({ budget: { amount: 25000, type: 'daily' } }, base, live({ budget: { amount: 20000, type: 'daily' } }))).toEqual({
      'budget.amount': 'change_and_drift',
    });
  });

  it('counts every change as the branch\'s when REF does not declare the campaign, or did not manage the field', () => {
    const at = live({ budget: { amount: 20000, type: 'weekly' } });
    expect(origins({ budget: { amount: 25000, type: 'daily' } }, undefined, at)).toEqual({ 'budget.amount': 'change', 'budget.type': 'change' });
    // REF managed only the name: the budget is new to git, whatever the vendor did with it.
    expect(origins({ budget: { amount: 25000, type: 'daily' } }, { name: 'x' }, at)).toEqual({ 'budget.amount': 'change', 'budget.type': 'change' });
  });

  it('judges a write-only field by the branch alone: resent unchanged is drift, changed is the branch\'s', () => {
    const productIds = ['SKU-1', 'SKU-2'];
    // The record has no fingerprint of productIds: plan sends it, and cannot compare it with live state.
    expect(origins({ productIds }, { productIds }, live())).toEqual({ productIds: 'drift' });
    expect(origins({ productIds: ['SKU-3'] }, { productIds }, live())).toEqual({ productIds: 'change' });
  });

  it('gives what the write clears beyond the file\'s fields the origin of the write: the branch\'s when any change is, else drift', () => {
    // As a full-payload update's implicitChanges lists it: a field the file does not manage, cleared.
    const cleared: FieldChange[] = [{ path: 'productIds', before: undefined, after: undefined, clears: true }];
    const renamed = live({ name: 'Renamed at the vendor' });
    const base = { name: String(runtime.toSpec(seeded).name), budget: BUDGET };
    expect(origins({ ...base, budget: { amount: 25000, type: 'daily' } }, base, renamed, EMPTY_RECORD, cleared)).toEqual({
      name: 'drift',
      'budget.amount': 'change',
      productIds: 'change',
    });
    expect(origins(base, base, renamed, EMPTY_RECORD, cleared)).toEqual({ name: 'drift', productIds: 'drift' });
  });

  it('compares in the provider\'s canonical form: an instant written in another zone is no change of the branch', () => {
    const end = runtime.toSpec(seeded).endDate as string;
    const sameInstant = new Date(end).toISOString().replace('.000Z', '+00:00');
    expect(sameInstant).not.toBe(end);
    // The vendor moved the end; the branch wrote REF's end in another notation.
    const moved = live({ endDate: '2027-03-01T00:00:00Z' });
    expect(origins({ endDate: sameInstant }, { endDate: end }, moved)).toEqual({ endDate: 'drift' });
  });
});
