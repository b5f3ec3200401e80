/**
 * Which spec fields are checked only (`readOnly`: identify the campaign, never sent) and which
 * are never returned by the vendor (`writeOnly`: judged against the last-applied record), as the
 * provider's schema marks them.
 */
import { loadSchemas } from '../desired/schema-registry.js';
import type { ProviderDefinition } from '../providers/types.js';

export interface FieldKinds {
  readonly readOnly: ReadonlySet<string>;
  readonly writeOnly: ReadonlySet<string>;
}

const cache = new Map<string, FieldKinds>();

export function fieldKinds(provider: ProviderDefinition): FieldKinds {
  const hit = cache.get(provider.name);
  if (hit) return hit;
  const schema = loadSchemas().schemas.get(provider.schemaFile);
  const props = (schema?.properties ?? {}) as Record<string, { readOnly?: boolean; writeOnly?: boolean }>;
  const kinds: FieldKinds = {
    readOnly: new Set(Object.entries(props).filter(([, p]) => p.readOnly === true).map(([k]) => k)),
    writeOnly: new Set(Object.entries(props).filter(([, p]) => p.writeOnly === true).map(([k]) => k)),
  };
  cache.set(provider.name, kinds);
  return kinds;
}
