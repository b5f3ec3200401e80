/**
 * The vendor fakes the sandbox serves: one per registry entry, each loaded by its entry's `fake()`
 * when a sandbox starts, so nothing here lists a vendor and nothing loads a fake before it is needed.
 */
import { registry } from '../providers/registry.js';
import type { VendorFake } from './fake.js';

/** Path prefixes the sandbox serves, in registry order: `masivo`, `voucherify`, … (no fake loaded). */
export function fakeNames(): string[] {
  return registry.map((e) => e.provider.name);
}

/**
 * Loads the fakes of `names` (every registered vendor when absent), in registry order. A name that
 * is not registered, or an entry whose fake is named otherwise than its provider, is an error.
 */
export async function loadFakes(names?: readonly string[]): Promise<VendorFake[]> {
  const known = new Set(fakeNames());
  const unknown = (names ?? []).filter((n) => !known.has(n));
  if (unknown.length > 0) throw new Error(`no sandbox fake for ${unknown.join(', ')} (registered: ${[...known].join(', ')})`);
  const wanted = registry.filter((e) => names === undefined || names.includes(e.provider.name));
  return Promise.all(
    wanted.map(async (entry) => {
      const fake = await entry.fake();
      if (fake.name !== entry.provider.name) {
        throw new Error(`the registry entry for ${entry.provider.name} loads a sandbox fake named ${fake.name}`);
      }
      return fake;
    }),
  );
}
