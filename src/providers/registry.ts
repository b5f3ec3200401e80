/**
 * The one list of providers. Adding a vendor: a folder under src/providers/, a schema under
 * schemas/, one line here, and its sandbox fake. Nothing else names a vendor.
 */
import type { ProviderDefinition } from './types.js';
import { provider as masivo } from './masivo/index.js';
import { provider as voucherify } from './voucherify/index.js';
import { provider as lula } from './lula/index.js';
import { provider as spaaza } from './spaaza/index.js';
import { provider as topsort } from './topsort/index.js';

export const providers: ReadonlyMap<string, ProviderDefinition> = new Map(
  [masivo, voucherify, lula, spaaza, topsort].map((p) => [p.name, p]),
);

export function getProvider(name: string): ProviderDefinition | undefined {
  return providers.get(name);
}
