/**
 * Type guards for parsed JSON and YAML values: the one place that says what a plain object is, so
 * that readers of vendor answers, plan files and records all agree.
 */

export type JsonObject = Record<string, unknown>;

/** A plain object (not null, not an array). */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property lookup that never reaches the prototype (`constructor`, `__proto__`). */
export function ownValue(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
