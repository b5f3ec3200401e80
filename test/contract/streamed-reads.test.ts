/**
 * Plan's reads hand each campaign over as soon as it is read (`ReadContext.deliver`), so that an
 * account's live objects are never all held at once. For every provider, over HTTP against its
 * fake: the campaigns handed over are exactly those a plain read returns, each once, none of them
 * also returned, and each judged by the plan exactly as the plain read's copy is, including the
 * rules that compare a campaign with the account's others (names or external ids unique), which
 * only hold when a campaign is handed over after everything they need was read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRecord } from '../../src/engine/last-applied.js';
import { assess } from '../../src/engine/planner.js';
import type { AccountSession } from '../../src/engine/sessions.js';
import { getProvider, registry } from '../../src/providers/registry.js';
import type { LiveCampaign } from '../../src/providers/runtime.js';
import { runtimeOnSandbox, type RuntimeOnSandbox } from '../helpers/runtime-on-sandbox.js';
import { exampleAccount } from './kit.js';

let t: RuntimeOnSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const NOW = new Date();

describe.each(registry.map((entry) => [entry.provider.name] as const))('%s', (name) => {
  it('hands each campaign over once, as a plain read returns it, and the plan judges both alike', async () => {
    t = await runtimeOnSandbox(name, exampleAccount(name).options);
    const ctx = { http: t.http, account: t.account };
    const all = await t.runtime.readAll(ctx);
    expect(all.length).toBeGreaterThan(1);
    const ids = all.map((c) => c.id);
    const unknown = all.find((c) => /^\d+$/.test(c.id)) ? '999999999' : ids[0]!.replace(/[0-9a-f]$/, (ch) => (ch === '0' ? '1' : '0'));
    const asked = [...ids, ...(ids.includes(unknown) ? [] : [unknown])];

    const plain = await t.runtime.read(asked, ctx);
    const order = [...plain.keys()];
    const specs = new Map(order.map((id) => [id, t!.runtime.toSpec(plain.get(id)!.raw)]));
    // Every campaign asked to take, one field at a time, each other one's value: whatever rule that
    // trips (a name or an external id already taken, a field that cannot change), it trips alike
    // when the campaign is judged the moment it is handed over, as plan judges it.
    const session: AccountSession = { account: t.account, provider: getProvider(name)!, runtime: t.runtime, http: t.http, concurrency: 4 };
    const judge = (live: LiveCampaign) => {
      const own = specs.get(live.id)!;
      return order.flatMap((other) =>
        Object.entries(specs.get(other)!).map(([field, value]) => {
          const a = assess({ address: `${name}/${t!.account.name}/${live.id}`, id: live.id, desired: { ...own, [field]: value } }, live, session, emptyRecord(), NOW);
          return { field, error: a.error?.message, changes: a.changes.map((ch) => ch.path).sort() };
        }),
      );
    };
    const delivered: { id: string; verdicts: ReturnType<typeof judge> }[] = [];
    const returned = await t.runtime.read(asked, { ...ctx, deliver: (live) => delivered.push({ id: live.id, verdicts: judge(live) }) });

    expect(delivered.map((c) => c.id).sort()).toEqual([...order].sort());
    expect(new Set(delivered.map((c) => c.id)).size).toBe(delivered.length);
    for (const c of delivered) {
      expect(returned.has(c.id)).toBe(false);
      expect(c.verdicts).toEqual(judge(plain.get(c.id)!));
    }
    // Some campaign of the account clashes with another's values, or the check above proves little.
    expect(delivered.some((c) => c.verdicts.some((v) => v.error !== undefined))).toBe(true);
  });
});
