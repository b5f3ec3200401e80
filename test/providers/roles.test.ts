/**
 * Field roles: the helpers the engine reads them with (role-values.ts), the window status vendors
 * build on (kit/window-status.ts), and, for every provider of the registry, that what it declares
 * names fields its schema has, with values the schema takes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadSchemas } from '../../src/desired/schema-registry.js';
import { parsePath } from '../../src/desired/path.js';
import { isJsonObject, type JsonObject } from '../../src/json/guards.js';
import { readDay, readInstant } from '../../src/providers/kit/instants.js';
import { windowStatus } from '../../src/providers/kit/window-status.js';
import { registry } from '../../src/providers/registry.js';
import {
  isOn,
  pathTouches,
  percentChange,
  readRole,
  spendChangePercent,
  spendValue,
  switchesOn,
} from '../../src/providers/role-values.js';
import { BUDGET_PERIODS, type OnOffRole, type SpendRole } from '../../src/providers/roles.js';
import type { LiveCampaign } from '../../src/providers/runtime.js';
import { exampleFiles, REPO } from '../contract/kit.js';

describe('readRole', () => {
  const spec = { budget: { amount: 7000, type: 'daily' }, rules: [{ effects: [{ amount: 2 }] }], name: 'Winter', off: null };

  it('reads top-level, nested and indexed paths', () => {
    expect(readRole(spec, 'name')).toBe('Winter');
    expect(readRole(spec, 'budget.amount')).toBe(7000);
    expect(readRole(spec, 'rules[0].effects[0].amount')).toBe(2);
    expect(readRole(spec, 'off')).toBeNull();
  });

  it('is undefined for what is not there, through a value of another shape, or for a malformed path', () => {
    expect(readRole(spec, 'budget.currency')).toBeUndefined();
    expect(readRole(spec, 'name.first')).toBeUndefined();
    expect(readRole(spec, 'budget[0]')).toBeUndefined();
    expect(readRole(spec, 'rules.effects')).toBeUndefined();
    expect(readRole(spec, 'budget..amount')).toBeUndefined();
    expect(readRole({}, 'constructor')).toBeUndefined();
  });
});

describe('pathTouches', () => {
  it('matches the role field, a field inside it, and the object that holds it', () => {
    expect(pathTouches('budget.amount', 'budget.amount')).toBe(true);
    expect(pathTouches('budget', 'budget.amount')).toBe(true);
    expect(pathTouches('metadata.a', 'metadata')).toBe(true);
  });

  it('does not match a sibling or a field whose name merely starts the same', () => {
    expect(pathTouches('budget.type', 'budget.amount')).toBe(false);
    expect(pathTouches('budget_type', 'budget')).toBe(false);
    expect(pathTouches('startDate', 'start')).toBe(false);
  });
});

describe('on/off', () => {
  const status: OnOffRole = { path: 'status', on: ['active', 'scheduled'] };
  const flag: OnOffRole = { path: 'isActive', on: [true] };

  it('tells on, off and no value apart', () => {
    expect(isOn(status, 'scheduled')).toBe(true);
    expect(isOn(status, 'inactive')).toBe(false);
    expect(isOn(flag, false)).toBe(false);
    expect(isOn(flag, 'true')).toBe(false);
    expect(isOn(flag, undefined)).toBeUndefined();
    expect(isOn(flag, null)).toBeUndefined();
  });

  it('counts as switching on only a change that ends on and did not start on', () => {
    expect(switchesOn(flag, false, true)).toBe(true);
    expect(switchesOn(flag, undefined, true)).toBe(true);
    expect(switchesOn(status, 'scheduled', 'active')).toBe(false);
    expect(switchesOn(status, 'active', 'inactive')).toBe(false);
    expect(switchesOn(status, 'expired', 'active')).toBe(true);
  });
});

describe('percentChange', () => {
  it('measures the change against the amount before', () => {
    expect(percentChange(7000, 10000)).toBeCloseTo(42.857, 3);
    expect(percentChange(7000, 21000)).toBe(200);
    expect(percentChange(10000, 5000)).toBe(-50);
    expect(percentChange(50, 50)).toBe(0);
  });

  it('has no answer without a positive amount before or a number after', () => {
    expect(percentChange(0, 100)).toBeUndefined();
    expect(percentChange(undefined, 100)).toBeUndefined();
    expect(percentChange(100, undefined)).toBeUndefined();
    expect(percentChange('100', 200)).toBeUndefined();
    expect(percentChange(100, Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe('spendValue', () => {
  const live: LiveCampaign = { id: 'c1', raw: { money: { code: 'MXN' } } };
  const role = (over: Partial<SpendRole>): SpendRole => ({ path: 'budget.amount', unit: 'minor', ...over });

  it('reads the amount with its unit, and the period from a spec path', () => {
    const v = spendValue(role({ period: { path: 'budget.type' } }), { budget: { amount: 5000, type: 'weekly' } }, { options: {} });
    expect(v).toEqual({ path: 'budget.amount', amount: 5000, unit: 'minor', period: 'weekly' });
  });

  it('finds the currency where the role says: spec path, live reader, account option, fixed value', () => {
    const spec = { budget: { amount: 1 }, currency_code: 'EUR' };
    expect(spendValue(role({ currency: { from: 'spec', path: 'currency_code' } }), spec, { options: {} }).currency).toBe('EUR');
    const fromLive = role({ currency: { from: 'live', read: (l) => (isJsonObject(l.raw.money) ? String(l.raw.money.code) : undefined) } });
    expect(spendValue(fromLive, spec, { options: {}, live }).currency).toBe('MXN');
    expect(spendValue(fromLive, spec, { options: {} }).currency).toBeUndefined();
    expect(spendValue(role({ currency: { from: 'account', option: 'currency' } }), spec, { options: { currency: 'USD' } }).currency).toBe('USD');
    expect(spendValue(role({ currency: { from: 'fixed', code: 'BRL', documented: 'test' } }), spec, { options: {} }).currency).toBe('BRL');
  });

  it('leaves out what is not a currency code, a known period or a number', () => {
    const r = role({ currency: { from: 'account', option: 'currency' }, period: { path: 'budget.type' } });
    const v = spendValue(r, { budget: { amount: '5000', type: 'hourly' } }, { options: { currency: 'euro' } });
    expect(v).toEqual({ path: 'budget.amount', amount: undefined, unit: 'minor' });
    expect(spendValue(role({ period: { fixed: 'total' } }), {}, { options: {} }).period).toBe('total');
  });
});

describe('spendChangePercent', () => {
  const v = (amount: number, over: { currency?: string; period?: 'daily' | 'total' } = {}) => ({ path: 'b', amount, unit: 'minor' as const, ...over });

  it('measures amounts of the same currency and period, or where one side does not say', () => {
    expect(spendChangePercent(v(7000, { period: 'daily' }), v(10500, { period: 'daily' }))).toBe(50);
    expect(spendChangePercent(v(7000), v(14000, { currency: 'EUR' }))).toBe(100);
  });

  it('does not compare a daily amount with a total one, nor two currencies', () => {
    expect(spendChangePercent(v(100, { period: 'daily' }), v(1000, { period: 'total' }))).toBeUndefined();
    expect(spendChangePercent(v(100, { currency: 'EUR' }), v(100, { currency: 'USD' }))).toBeUndefined();
  });
});

describe('windowStatus', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const at = (iso: string) => Date.parse(iso);

  it('runs from the start instant until the end instant', () => {
    const w = { on: true, startMs: at('2026-11-23T12:00:00Z'), endMs: at('2026-11-23T12:00:01Z') };
    expect(windowStatus(w, now)).toBe('running');
    expect(windowStatus({ ...w, startMs: at('2026-11-23T12:00:00.001Z') }, now)).toBe('scheduled');
    expect(windowStatus({ ...w, endMs: at('2026-11-23T12:00:00Z') }, now)).toBe('ended');
  });

  it('ends whatever the switch says, and pauses only what has not ended', () => {
    expect(windowStatus({ on: false, startMs: undefined, endMs: at('2026-11-01T00:00:00Z') }, now)).toBe('ended');
    expect(windowStatus({ on: false, startMs: at('2027-01-01T00:00:00Z'), endMs: undefined }, now)).toBe('paused');
    expect(windowStatus({ on: undefined, startMs: undefined, endMs: at('2026-11-01T00:00:00Z') }, now)).toBe('ended');
  });

  it('treats open bounds as never deciding, and an unknown switch as unknown', () => {
    expect(windowStatus({ on: true, startMs: undefined, endMs: undefined }, now)).toBe('running');
    expect(windowStatus({ on: undefined, startMs: undefined, endMs: undefined }, now)).toBe('unknown');
  });
});

// ---------------------------------------------------------------------------------------------
// What each provider declares, against its own schema.

/** The schema of a spec path (local `$ref`s followed); undefined when the schema has no such field. */
function schemaAt(root: JsonObject, path: string): JsonObject | undefined {
  const resolve = (s: JsonObject): JsonObject => {
    const ref = s.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return s;
    let target: unknown = root;
    for (const key of ref.slice(2).split('/')) target = isJsonObject(target) ? target[key] : undefined;
    return isJsonObject(target) ? resolve(target) : s;
  };
  let node: JsonObject | undefined = root;
  for (const seg of parsePath(path) ?? []) {
    if (!node) return undefined;
    const next: unknown = typeof seg === 'number' ? node.items : isJsonObject(node.properties) ? node.properties[seg] : undefined;
    node = isJsonObject(next) ? resolve(next) : undefined;
  }
  return node;
}

function types(s: JsonObject): string[] {
  return Array.isArray(s.type) ? s.type.map(String) : typeof s.type === 'string' ? [s.type] : [];
}

/** Whether the field's schema takes this value (by enum, or by type). */
function takes(s: JsonObject, value: string | boolean): boolean {
  if (Array.isArray(s.enum)) return s.enum.includes(value);
  return types(s).includes(typeof value);
}

/** The specs of the vendor's example campaigns under campaigns/, as written. */
function exampleSpecs(provider: string): JsonObject[] {
  return exampleFiles(provider).flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(REPO, file), 'utf8'))
      .map((d) => d.toJS() as unknown)
      .filter((d): d is JsonObject => isJsonObject(d) && d.provider === provider && isJsonObject(d.spec))
      .map((d) => d.spec as JsonObject),
  );
}

describe.each(registry.map((e) => [e.provider.name, e.provider] as const))('%s declares roles its schema backs', (name, provider) => {
  const schema = loadSchemas().schemas.get(provider.schemaFile) as JsonObject;
  const roles = provider.roles;
  const runtime = provider.runtime;
  if (!roles || !runtime) throw new Error(`${name} declares no field roles or no runtime`);
  const specs = exampleSpecs(name).map((spec) => runtime.canonical(spec));

  it('names a text field for the name, read from the examples as text', () => {
    const role = roles.name!;
    expect(types(schemaAt(schema, role.path) ?? {}), `${name}: ${role.path} is no text field of ${provider.schemaFile}`).toContain('string');
    const names = specs.map((spec) => readRole(spec, role.path)).filter((v) => v !== undefined);
    expect(names.length).toBeGreaterThan(0);
    for (const v of names) expect(typeof v).toBe('string');
  });

  it('names schedule fields that hold date-times (or null for an open end) in the examples', () => {
    for (const role of [roles.start!, roles.end!]) {
      expect(types(schemaAt(schema, role.path) ?? {}), `${name}: ${role.path} is no text field of ${provider.schemaFile}`).toContain('string');
      const values = specs.map((spec) => readRole(spec, role.path)).filter((v) => v !== undefined);
      expect(values.length, `${name}: no example sets ${role.path}`).toBeGreaterThan(0);
      // Read at the role's precision: a day-precise field is compared (and shown) as its UTC day.
      const readable = (v: unknown) => (role.precision === 'day' ? readDay(v) : readInstant(v)) !== undefined;
      for (const v of values) expect(v === null || readable(v), `${name}: ${role.path} = ${JSON.stringify(v)}`).toBe(true);
    }
  });

  it('names an on/off field that takes every value it calls on, and the examples set it', () => {
    const onOff = roles.onOff!;
    const field = schemaAt(schema, onOff.path);
    expect(field, `${name}: ${onOff.path} is not in ${provider.schemaFile}`).toBeDefined();
    for (const value of onOff.on) expect(takes(field!, value), `${name}: ${onOff.path} does not take ${String(value)}`).toBe(true);
    const switches = specs.map((spec) => isOn(onOff, readRole(spec, onOff.path))).filter((v) => v !== undefined);
    expect(switches.length).toBeGreaterThan(0);
  });

  it('names number fields for budgets, with periods the schema spells as budget periods', () => {
    for (const spend of roles.spend ?? []) {
      const field = schemaAt(schema, spend.path);
      expect(field, `${name}: ${spend.path} is not in ${provider.schemaFile}`).toBeDefined();
      expect(types(field!).some((t) => t === 'number' || t === 'integer'), `${name}: ${spend.path} is not a number`).toBe(true);
      const amounts = specs.map((spec) => spendValue(spend, spec, { options: {} }).amount).filter((v) => v !== undefined);
      expect(amounts.length, `${name}: no example sets ${spend.path}`).toBeGreaterThan(0);
      const period = spend.period;
      if (period && 'path' in period) {
        const values = schemaAt(schema, period.path)?.enum;
        expect(Array.isArray(values), `${name}: ${period.path} has no enum of periods`).toBe(true);
        for (const v of values as unknown[]) expect(BUDGET_PERIODS).toContain(v);
      }
      if (spend.currency?.from === 'spec') expect(schemaAt(schema, spend.currency.path), `${name}: ${spend.currency.path}`).toBeDefined();
      if (spend.currency?.from === 'account') {
        const account = schemaAt((schema.$defs as JsonObject).account as JsonObject, spend.currency.option);
        expect(account, `${name}: the account schema has no \`${spend.currency.option}\` option`).toBeDefined();
      }
    }
  });
});
