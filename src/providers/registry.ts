/**
 * The one list of providers: one line per vendor. Everything else that lists vendors (the envelope
 * and config schemas, credential keys, the sandbox's routes, the bench's generators, the docs
 * table) is derived from this list, and tests fail when a derived file is stale or a vendor is
 * half-added (its folder, schema, fake or example missing).
 *
 * Adding a vendor: a folder under src/providers/<vendor>/, its schema under schemas/, its fake
 * under src/sandbox/<vendor>/, an example under campaigns/, and one line here.
 */
import type { VendorFake } from '../sandbox/fake.js';
import type { ProviderDefinition } from './types.js';
import { provider as masivo } from './masivo/index.js';
import { provider as voucherify } from './voucherify/index.js';
import { provider as lula } from './lula/index.js';
import { provider as spaaza } from './spaaza/index.js';
import { provider as topsort } from './topsort/index.js';

export interface RegistryEntry {
  readonly provider: ProviderDefinition;
  /**
   * Loads the vendor's sandbox fake. Loaded only when a command needs the sandbox (an account on
   * `endpoint: sandbox`, `campaignctl sandbox`, a test), never by a plan against real vendors.
   */
  readonly fake: () => Promise<VendorFake>;
}

export const registry: readonly RegistryEntry[] = [
  { provider: masivo, fake: async () => (await import('../sandbox/masivo/index.js')).fake },
  { provider: voucherify, fake: async () => (await import('../sandbox/voucherify/index.js')).fake },
  { provider: lula, fake: async () => (await import('../sandbox/lula/index.js')).fake },
  { provider: spaaza, fake: async () => (await import('../sandbox/spaaza/index.js')).fake },
  { provider: topsort, fake: async () => (await import('../sandbox/topsort/index.js')).fake },
];

export const providers: ReadonlyMap<string, ProviderDefinition> = new Map(registry.map((e) => [e.provider.name, e.provider]));

export function getProvider(name: string): ProviderDefinition | undefined {
  return providers.get(name);
}
