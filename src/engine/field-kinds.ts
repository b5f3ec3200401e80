/**
 * Which spec fields are checked only (`readOnly`: identify the campaign, never sent) and which
 * are never returned by the vendor (`writeOnly`: judged against the last-applied record), as the
 * provider's schema marks them; and which only the vendor's create call takes (`x-create-only`).
 *
 * Once a campaign exists (its document has an id), a create-only field is sent no more: one that
 * is also write-only is never compared either (nothing reads it back), any other is compared like
 * a readOnly one, a difference being an error.
 */
import { loadSchemas } from '../desired/schema-registry.js';
import type { ProviderDefinition } from '../providers/types.js';

export interface FieldKinds {
  /** readOnly fields, and create-only fields the vendor reads back. */
  readonly readOnly: ReadonlySet<string>;
  /** writeOnly fields (create-only ones included: plan never sees those once the campaign exists). */
  readonly writeOnly: ReadonlySet<string>;
  /** Fields only the vendor's create call takes. */
  readonly createOnly: ReadonlySet<string>;
  /** Create-only fields the vendor never returns: neither compared nor sent once the campaign exists. */
  readonly createOnlyUnread: ReadonlySet<string>;
}

const cache = new Map<string, FieldKinds>();

interface FieldSchema {
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  readonly 'x-create-only'?: boolean;
}

export function fieldKinds(provider: ProviderDefinition): FieldKinds {
  const hit = cache.get(provider.name);
  if (hit) return hit;
  const schema = loadSchemas().schemas.get(provider.schemaFile);
  const props = Object.entries((schema?.properties ?? {}) as Record<string, FieldSchema>);
  const createOnly = (p: FieldSchema) => p['x-create-only'] === true;
  const kinds: FieldKinds = {
    readOnly: new Set(props.filter(([, p]) => p.readOnly === true || (createOnly(p) && p.writeOnly !== true)).map(([k]) => k)),
    writeOnly: new Set(props.filter(([, p]) => p.writeOnly === true).map(([k]) => k)),
    createOnly: new Set(props.filter(([, p]) => createOnly(p)).map(([k]) => k)),
    createOnlyUnread: new Set(props.filter(([, p]) => createOnly(p) && p.writeOnly === true).map(([k]) => k)),
  };
  cache.set(provider.name, kinds);
  return kinds;
}

/** The desired spec as compared with a campaign that exists: without the create-only fields nothing reads back. */
export function comparedSpec(desired: Record<string, unknown>, kinds: FieldKinds): Record<string, unknown> {
  return Object.keys(desired).some((f) => kinds.createOnlyUnread.has(f))
    ? Object.fromEntries(Object.entries(desired).filter(([f]) => !kinds.createOnlyUnread.has(f)))
    : desired;
}
