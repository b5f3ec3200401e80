/**
 * A vendor listing a campaign row campaignctl cannot read (its id of the wrong type) is never
 * taken for "no such campaign" in silence: import says how many rows it could not read, writes the
 * readable ones and exits 1; plan's not_found for that campaign says it may be among them. For
 * every provider, over HTTP against its fake, with the seed's known campaign's id made unreadable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/providers/registry.js';
import type { VendorState } from '../../src/sandbox/fake.js';
import { exampleAccount } from '../contract/kit.js';
import { e2e, type E2E } from '../helpers/e2e.js';

interface Case {
  readonly provider: string;
  readonly state: VendorState;
  readonly knownId: string;
  readonly readable: number;
}

/** The seed with the known campaign's id (whichever field holds it) turned into `true`. */
async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  for (const entry of registry) {
    if (!entry.provider.runtime) continue;
    const fake = await entry.fake();
    const harness = await fake.harness?.();
    if (!harness) continue;
    const knownId = harness.contract.knownId;
    const state = structuredClone(fake.seed(new Date()));
    const row = state.campaigns.find((c) => Object.values(c).some((v) => String(v) === knownId));
    const key = row && Object.keys(row).find((k) => String(row[k]) === knownId);
    if (!row || !key) throw new Error(`${entry.provider.name}: the seed holds no campaign with id ${knownId}`);
    row[key] = true;
    out.push({ provider: entry.provider.name, state, knownId, readable: state.campaigns.length - 1 });
  }
  return out;
}

const all = await cases();

let t: E2E | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.each(all.map((c) => [c.provider, c] as const))('a listed row without a usable id: %s', (provider, c) => {
  const account = exampleAccount(provider);

  it('import --all warns how many rows it could not read, writes the readable ones, and exits 1', async () => {
    t = await e2e({ vendor: provider, account: account.name, accountOptions: account.options, files: {}, state: c.state });
    const r = await t.run(['import', '--account', account.name, '--all']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/warning: .*listed 1 campaign (entry without a usable `\w+`; it was skipped|whose id is not a .+ campaign id: .+; skipped)/);
    expect(r.stderr).toMatch(/was not read whole \(see the warnings above\)/);
    const written = readdirSync(path.join(t.project.dir, 'campaigns', provider));
    expect(written.length).toBeGreaterThan(0);
  });

  it('plan explains a not_found campaign by the rows its listing could not read', async () => {
    // The campaign's document as import writes it from the intact seed.
    const clean = await e2e({ vendor: provider, account: account.name, accountOptions: account.options, files: {} });
    let file: string;
    try {
      const imported = await clean.run(['import', '--account', account.name, '--id', c.knownId]);
      expect(imported.status, imported.stderr).toBe(0);
      const name = readdirSync(path.join(clean.project.dir, 'campaigns', provider))[0]!;
      file = readFileSync(path.join(clean.project.dir, 'campaigns', provider, name), 'utf8');
    } finally {
      await clean.close();
    }
    t = await e2e({ vendor: provider, account: account.name, accountOptions: account.options, files: { 'campaigns/known.yaml': file }, state: c.state });
    const r = await t.plan();
    const [action] = r.plan.actions;
    expect(action).toMatchObject({ action: 'error', error: { code: 'not_found' } });
    // A vendor asked for the campaign by its id answered for it itself; one whose campaigns are
    // found in a listing had a row it could not read, and the error says the campaign may be it.
    const askedById = t.sb.requests().some((q) => q.method === 'GET' && q.path.toLowerCase().includes(c.knownId.toLowerCase()));
    if (askedById) expect(action!.error!.message).not.toMatch(/could not be read/);
    else expect(action!.error!.message).toMatch(/, or it is among what could not be read: .*(without a usable|not a .* campaign id)/);
  });
});
