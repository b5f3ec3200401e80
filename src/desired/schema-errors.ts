/**
 * Turns Ajv's errors into Diagnostics a person can act on: positioned at the field that breaks
 * the rule (never its parent), saying what is wrong and what would be right.
 */
import type { ErrorObject } from 'ajv';
import { isJsonObject } from '../json/guards.js';
import type { Diagnostic } from './diagnostic.js';
import { formatPath, type Path, type PathSegment } from './path.js';
import { listSome, nearest } from './suggest.js';
import type { Locator } from './yaml-source.js';

type Schema = Record<string, unknown>;

/** For a subschema under an if/then's `then`: the fields the `if` tests, and how deep below the tested object it sits. */
interface Condition {
  readonly fields: readonly string[];
  readonly depth: number;
}

const conditions = new WeakMap<object, Condition>();
const indexed = new WeakSet<object>();

/** Records, for every `then` subschema of every if/then, which fields its `if` looks at. */
export function indexConditions(schema: unknown): void {
  if (!isJsonObject(schema) || indexed.has(schema)) return;
  indexed.add(schema);
  const ifs = schema.if;
  const then = schema.then;
  if (isJsonObject(ifs) && isJsonObject(then)) {
    const fields = [
      ...(Array.isArray(ifs.required) ? (ifs.required as string[]) : []),
      ...(isJsonObject(ifs.properties) ? Object.keys(ifs.properties) : []),
    ];
    markThen(then, [...new Set(fields)], 0);
  }
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.forEach(indexConditions);
    else indexConditions(value);
  }
}

function markThen(schema: unknown, fields: readonly string[], depth: number): void {
  if (!isJsonObject(schema)) return;
  if (!conditions.has(schema)) conditions.set(schema, { fields, depth });
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isJsonObject(value)) {
      for (const sub of Object.values(value)) markThen(sub, fields, depth + 1);
    } else if ((key === 'items' || key === 'additionalProperties') && isJsonObject(value)) {
      markThen(value, fields, depth + 1);
    } else if (['not', 'anyOf', 'allOf', 'oneOf'].includes(key)) {
      const subs = Array.isArray(value) ? value : [value];
      for (const sub of subs) markThen(sub, fields, depth);
    }
  }
}

export interface SchemaErrorContext {
  readonly file: string;
  readonly locator: Locator;
  /** Path of the validated value inside the YAML document (e.g. [] or ['accounts', 'x']). */
  readonly base?: Path;
  /** How a path is named in messages (e.g. without the leading `spec`). */
  readonly name?: (path: Path) => string;
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/**
 * Drops errors that only repeat another: branch failures of an anyOf/oneOf once the anyOf itself
 * is reported, and "missing `segmentId`" beside "unknown `segmentID`, did you mean `segmentId`?".
 */
function dropNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const typos = errors.filter((e) => e.keyword === 'additionalProperties');
  const isTypoOf = (e: ErrorObject) => {
    const missing = String((e.params as { missingProperty?: unknown }).missingProperty);
    return typos.some(
      (t) =>
        t.instancePath === e.instancePath &&
        nearest(String((t.params as { additionalProperty?: unknown }).additionalProperty), [missing]) === missing,
    );
  };
  // A base property and a conditional refinement of it may both demand a type at one place: keep the
  // one that has its own message (it may be there not to repeat the value, e.g. a pasted secret).
  const ownMessage = (e: ErrorObject) => typeof e.parentSchema?.['x-message'] === 'string';
  const ownTypeMessage = new Set(errors.filter((e) => e.keyword === 'type' && ownMessage(e)).map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (e.keyword === 'propertyNames') return false; // reported through its inner error
    if (e.keyword === 'type' && ownTypeMessage.has(e.instancePath) && !ownMessage(e)) return false;
    if (e.keyword === 'required' && isTypoOf(e)) return false;
    return !unions.some((u) => e.schemaPath.startsWith(`${u}/`));
  });
}

export function schemaDiagnostics(errors: readonly ErrorObject[] | null | undefined, ctx: SchemaErrorContext): Diagnostic[] {
  if (!errors) return [];
  const base = ctx.base ?? [];
  const name = ctx.name ?? ((p: Path) => formatPath(p));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of dropNoise(errors)) {
    const d = describe(e, base, name, ctx.locator);
    const where = d.prefer ? ctx.locator.at(d.path, d.prefer) : ctx.locator.at(d.path);
    const diag: Diagnostic = {
      file: ctx.file,
      line: where.line,
      col: where.col,
      code: d.code,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
    };
    const key = `${diag.line}:${diag.col}:${diag.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(diag);
    }
  }
  return out;
}

interface Described {
  path: Path;
  prefer?: 'key' | 'value';
  code: string;
  message: string;
  hint?: string;
}

function describe(e: ErrorObject, base: Path, name: (p: Path) => string, locator: Locator): Described {
  const at = [...base, ...pointerToPath(e.instancePath)];
  const parent = (e.parentSchema ?? {}) as Schema;
  const xMessage = typeof parent['x-message'] === 'string' ? parent['x-message'] : undefined;
  const xHint = typeof parent['x-hint'] === 'string' ? parent['x-hint'] : undefined;
  const field = (p: Path) => `\`${name(p) || '(document)'}\``;
  const got = (v: unknown) => describeValue(v);
  const params = e.params as Record<string, unknown>;

  // Keys rejected by propertyNames carry the key in `propertyName`.
  if (e.propertyName !== undefined) {
    const keyPath = [...at, e.propertyName];
    const allowed = Array.isArray(params.allowedValues) ? (params.allowedValues as string[]) : [];
    const guess = nearest(e.propertyName, allowed);
    return {
      path: keyPath,
      prefer: 'key',
      code: 'unknown-field',
      message: `${xMessage ?? 'unknown key'}: \`${e.propertyName}\``,
      ...(guess
        ? { hint: `did you mean \`${guess}\`?` }
        : allowed.length
          ? { hint: `allowed: ${listSome(allowed)}` }
          : xHint
            ? { hint: xHint }
            : {}),
    };
  }

  const withCondition = (d: Described): Described => {
    const cond = conditions.get(parent);
    if (!cond) return d;
    const object = at.slice(0, Math.max(0, at.length - cond.depth));
    const candidates: Path[] = [d.path, ...cond.fields.map((f) => [...object, f])].filter((p) => locator.has(p));
    if (candidates.length === 0) return d;
    const later = candidates.reduce((a, b) => (locator.offset(b) > locator.offset(a) ? b : a));
    return later === d.path ? d : { ...d, path: later, prefer: 'key' };
  };

  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = isJsonObject(parent.properties) ? (parent.properties as Record<string, Schema>) : {};
      const about = props[missing]?.description;
      const desc = typeof about === 'string' ? `: ${about.replace(/\.$/, '')}` : '';
      return withCondition({
        path: at,
        prefer: 'key',
        code: 'schema',
        message: xMessage ?? `missing required field \`${missing}\`${at.length > base.length ? ` in ${field(at)}` : ''}`,
        hint: xHint ?? `add \`${missing}:\`${desc}`,
      });
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = isJsonObject(parent.properties) ? Object.keys(parent.properties) : [];
      const guess = nearest(extra, allowed);
      const inside = at.length > base.length ? ` in ${field(at)}` : '';
      return {
        path: [...at, extra],
        prefer: 'key',
        code: 'unknown-field',
        message: `unknown field \`${extra}\`${inside}`,
        hint: guess
          ? `did you mean \`${guess}\`?`
          : allowed.length
            ? `allowed fields: ${listSome(allowed, 20)}`
            : 'remove it: nothing may be added here',
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const guess = typeof e.data === 'string' ? nearest(e.data, (params.allowedValues as unknown[]).map(String)) : undefined;
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} must be one of ${listSome(allowed, 30)} (got ${got(e.data)})`,
        hint: xHint ?? (guess ? `did you mean ${JSON.stringify(guess)}?` : `use one of ${listSome(allowed, 30)}`),
      });
    }
    case 'const':
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} must be ${JSON.stringify(params.allowedValue)} (got ${got(e.data)})`,
        ...(xHint ? { hint: xHint } : {}),
      });
    case 'type': {
      const want = String(params.type).split(',').map(article).join(' or ');
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} must be ${want} (got ${got(e.data)})`,
        hint: xHint ?? typeHint(String(params.type), e.data, parent),
      });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} must be ${op} ${String(params.limit)} (got ${got(e.data)})`,
        ...(xHint ? { hint: xHint } : { hint: rangeHint(parent) }),
      });
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(params.limit);
      const len = typeof e.data === 'string' ? [...e.data].length : 0;
      const message =
        e.keyword === 'minLength' && limit === 1
          ? `${field(at)} must not be empty`
          : `${field(at)} must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${limit} characters long (got ${len})`;
      return withCondition({ path: at, code: 'schema', message: xMessage ?? message, ...(xHint ? { hint: xHint } : {}) });
    }
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params.limit);
      const len = Array.isArray(e.data) ? e.data.length : 0;
      return withCondition({
        path: at,
        prefer: 'key',
        code: 'schema',
        message:
          xMessage ??
          `${field(at)} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'} (got ${len})`,
        ...(xHint ? { hint: xHint } : {}),
      });
    }
    case 'minProperties':
    case 'maxProperties':
      return withCondition({
        path: at,
        prefer: 'key',
        code: 'schema',
        message:
          xMessage ??
          `${field(at)} must have ${e.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`,
        hint: xHint ?? (e.keyword === 'minProperties' ? 'add the entries it needs' : 'remove the entries it does not need'),
      });
    case 'uniqueItems':
      return withCondition({
        // Ajv's i is the earlier of the two equal items; point at the repeat, the later one.
        path: [...at, Math.max(Number(params.i), Number(params.j))],
        code: 'schema',
        message: xMessage ?? `${field(at)} lists the same item twice (items ${String(params.j)} and ${String(params.i)})`,
        hint: xHint ?? 'remove the repeated item',
      });
    case 'pattern':
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} has the wrong form (got ${got(e.data)}; must match ${String(params.pattern)})`,
        ...(xHint ? { hint: xHint } : {}),
      });
    case 'format':
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} must be ${formatName(String(params.format))} (got ${got(e.data)})`,
        hint: xHint ?? formatHint(String(params.format)),
      });
    case 'not':
    case 'false schema':
      return withCondition({
        path: at,
        prefer: 'key',
        code: 'schema',
        message: xMessage ?? `${field(at)} is not allowed here`,
        hint: xHint ?? 'remove it',
      });
    case 'anyOf':
    case 'oneOf':
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} matches none of the allowed forms (got ${got(e.data)})`,
        ...(xHint ? { hint: xHint } : {}),
      });
    case 'dependentRequired': {
      const missing = String(params.missingProperty);
      const property = String(params.property);
      return {
        path: [...at, property],
        prefer: 'key',
        code: 'schema',
        message: xMessage ?? `\`${property}\` needs \`${missing}\` beside it`,
        hint: xHint ?? `add \`${missing}:\``,
      };
    }
    default:
      return withCondition({
        path: at,
        code: 'schema',
        message: xMessage ?? `${field(at)} ${e.message ?? 'is invalid'}`,
        ...(xHint ? { hint: xHint } : {}),
      });
  }
}

function article(type: string): string {
  const t = type.trim();
  if (t === 'null') return 'null';
  if (t === 'integer') return 'an integer';
  if (t === 'array') return 'a list';
  if (t === 'object') return 'a mapping';
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') {
    const shown = v.length > 60 ? `${v.slice(0, 57)}...` : v;
    return `string ${JSON.stringify(shown)}`;
  }
  return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${v}` : typeof v;
}

function typeHint(type: string, data: unknown, schema: Schema): string {
  const example = Array.isArray(schema.examples) && schema.examples.length > 0 ? JSON.stringify(schema.examples[0]) : undefined;
  if ((type.includes('number') || type.includes('integer')) && typeof data === 'string' && data.trim() !== '' && !Number.isNaN(Number(data))) {
    return `remove the quotes: ${data.trim()}`;
  }
  if (type.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) {
    return `quote it: "${String(data)}"`;
  }
  if (type.includes('boolean') && typeof data === 'string' && /^(yes|no|on|off|y|n)$/i.test(data)) {
    return 'write true or false';
  }
  if (type.includes('integer') && typeof data === 'number') return 'use a whole number';
  if (type === 'object' && data === null) return 'write its fields on the lines below it, indented';
  const want = type.split(',').map(article).join(' or ');
  return example ? `write ${want}, for example ${example}` : `write ${want}`;
}

function rangeHint(schema: Schema): string | undefined {
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const [min, max, xmin, xmax] = [num(schema.minimum), num(schema.maximum), num(schema.exclusiveMinimum), num(schema.exclusiveMaximum)];
  const lo = min !== undefined ? `≥ ${min}` : xmin !== undefined ? `> ${xmin}` : undefined;
  const hi = max !== undefined ? `≤ ${max}` : xmax !== undefined ? `< ${xmax}` : undefined;
  if (min !== undefined && max !== undefined) return `use a value from ${min} to ${max}`;
  if (lo && hi) return `use a value ${lo} and ${hi}`;
  return lo || hi ? `use a value ${lo ?? hi!}` : undefined;
}

function formatName(format: string): string {
  return (
    {
      'date-time': 'a date-time with a time zone',
      date: 'a date (YYYY-MM-DD)',
      time: 'a time (HH:MM:SS)',
      uuid: 'a UUID',
      uri: 'a URL',
      email: 'an e-mail address',
      duration: 'an ISO 8601 duration',
    }[format] ?? `a valid ${format}`
  );
}

function formatHint(format: string): string | undefined {
  return {
    'date-time': 'for example: 2026-12-01T09:00:00Z',
    date: 'for example: 2026-12-01',
    time: 'for example: 09:30:00',
    uuid: 'for example: 3c90c3cc-0d44-4b50-8888-8dd25736052a',
    uri: 'for example: https://example.com/path',
    duration: 'for example: P30D or PT12H',
  }[format];
}
