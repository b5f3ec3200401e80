/**
 * What every vendor's `importSpec` does last: put the spec in its schema's shape. Keys follow the
 * schema's property order (so imported files read like the examples and diff stably), fields the
 * schema does not have or marks writeOnly are left out (the vendor never returns those, so a value
 * here would be invented), and a null stays only where the schema takes null.
 */
import { loadSchemas } from '../desired/schema-registry.js';

interface PropertySchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly writeOnly?: boolean;
}

function propertiesOf(schemaFile: string): ReadonlyMap<string, PropertySchema> {
  const schema = loadSchemas().schemas.get(schemaFile);
  if (!schema) throw new Error(`schema ${schemaFile} is not in the package`);
  const props = (schema.properties ?? {}) as Record<string, PropertySchema>;
  return new Map(Object.entries(props));
}

function takesNull(p: PropertySchema): boolean {
  if (Array.isArray(p.type)) return p.type.includes('null');
  if (p.type === 'null') return true;
  return Array.isArray(p.enum) && p.enum.includes(null);
}

/** The spec's fields in schema order, without unknown or writeOnly fields or nulls the schema refuses. */
export function shapeForSchema(schemaFile: string, spec: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, p] of propertiesOf(schemaFile)) {
    const value = spec[field];
    if (value === undefined || p.writeOnly === true) continue;
    if (value === null && !takesNull(p)) continue;
    out[field] = value;
  }
  return out;
}
