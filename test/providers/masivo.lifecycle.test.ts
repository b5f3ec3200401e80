/**
 * Masivo's lifecycle pieces on their own: the creation marker (identity, never a diff, kept by the
 * full-payload PUT), what create sends, the rules for new documents, retire, and how a failed
 * create call is read. Over HTTP against the fake: masivo.lifecycle.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemas, SCHEMA_BASE } from '../../src/desired/schema-registry.js';
import { diffSpec } from '../../src/engine/diff.js';
import type { MasivoSpec } from '../../src/generated/masivo.js';
import { HttpError } from '../../src/http/errors.js';
import { createRules } from '../../src/providers/masivo/create-rules.js';
import { create, createBody, createFailure, createFields } from '../../src/providers/masivo/create.js';
import { importSpec } from '../../src/providers/masivo/import.js';
import { MARKER_KEY } from '../../src/providers/masivo/marker.js';
import { canonical, toSpec } from '../../src/providers/masivo/normalize.js';
import { specRules } from '../../src/providers/masivo/rules.js';
import { runtime } from '../../src/providers/masivo/runtime.js';
import { buildPayload } from '../../src/providers/masivo/write.js';
import { CreateAnswerLost, type LiveCampaign } from '../../src/providers/runtime.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const KEY = 'ck-0f3a9d21c4b7';
const CTX = { creationKey: KEY, now: NOW };
const RULES = [{ conditions: [[{ type: 'Order Value', operator: 'greater than', primitive: 'number', value: 999 }]], effects: [{ reward_id: 'abbcda41-2625-4bdb-a398-70f90234c9fd', amount: 3 }] }];

const fixture = parse(readFileSync(new URL('../../campaigns/masivo/hot-sale-2027.yaml', import.meta.url), 'utf8')) as { spec: MasivoSpec; id?: unknown };

function newSpec(over: Partial<MasivoSpec> = {}): MasivoSpec {
  return {
    type: 'BEHAVIOR',
    name: 'Hot Sale',
    status: 'ACTIVE',
    start_date: '2027-05-24T00:00:00-06:00',
    end_date: '2027-06-02T05:59:59.500Z',
    rules: RULES as MasivoSpec['rules'],
    ...over,
  };
}

/** A campaign as GET returns it after the create. */
function live(metadata: Record<string, unknown> | null, over: Record<string, unknown> = {}): LiveCampaign {
  return {
    id: 'c1',
    raw: {
      id: 'c1',
      type: 'BEHAVIOR',
      brand_id: null,
      name: 'Hot Sale',
      description: null,
      rules: JSON.stringify(RULES),
      attributes: {},
      status: 'SCHEDULED',
      start_date: '2027-05-24T06:00:00Z',
      end_date: '2027-06-02T05:59:59Z',
      funded_by: null,
      budget: null,
      metadata: metadata === null ? null : JSON.stringify(metadata),
      ...over,
    },
  };
}

/** What plan would show for `desired` against `c` (readable fields; nothing recorded). */
function changes(desired: MasivoSpec, c: LiveCampaign) {
  return diffSpec({
    desired,
    canonical: canonical(desired),
    live: toSpec(c.raw),
    writeOnly: new Set(),
    lossy: new Set(),
    lastApplied: {},
    fieldEquals: (field, want, have) => runtime.fieldEquals?.(field, want, have, { now: NOW, live: c }),
  });
}

describe('identity: a marker in metadata', () => {
  it('is the creation key, and identityOf reads it back from the live metadata', () => {
    expect(create.identity(newSpec(), CTX)).toEqual({ kind: 'marker', key: KEY, label: `metadata.${MARKER_KEY} "${KEY}"` });
    expect(create.identityOf(live({ owner: 'crm', [MARKER_KEY]: KEY }))).toBe(KEY);
  });

  it('a campaign made by hand has none', () => {
    expect(create.identityOf(live(null))).toBeUndefined();
    expect(create.identityOf(live({ owner: 'crm' }))).toBeUndefined();
    expect(create.identityOf(live(null, { metadata: 'not json' }))).toBeUndefined();
  });

  it('never shows as a change, whether or not the YAML manages metadata', () => {
    const created = live({ owner: 'crm', [MARKER_KEY]: KEY });
    expect(changes(newSpec({ metadata: { owner: 'crm' } }), created)).toEqual([]);
    expect(changes(newSpec(), created)).toEqual([]);
    expect(toSpec(created.raw).metadata).toEqual({ owner: 'crm' });
  });

  it('shows a real metadata change beside it, and the full-payload PUT keeps the marker', () => {
    const created = live({ owner: 'crm', [MARKER_KEY]: KEY });
    const desired = newSpec({ metadata: { owner: 'crm-app' } });
    const found = changes(desired, created);
    expect(found.map((c) => c.path)).toEqual(['metadata.owner']);
    const body = buildPayload(desired, found, created.raw);
    expect(JSON.parse(body.metadata as string)).toEqual({ owner: 'crm-app', [MARKER_KEY]: KEY });
    // a change elsewhere resends the live metadata, marker included
    const renamed = buildPayload(newSpec({ name: 'Hot Sale 2027' }), [{ path: 'name', before: 'Hot Sale', after: 'Hot Sale 2027' }], created.raw);
    expect(JSON.parse(renamed.metadata as string)).toEqual({ owner: 'crm', [MARKER_KEY]: KEY });
  });

  it('import writes no marker, and no metadata when the marker was all it held', () => {
    expect(importSpec(live({ owner: 'crm', [MARKER_KEY]: KEY })).spec.metadata).toEqual({ owner: 'crm' });
    expect(importSpec(live({ [MARKER_KEY]: KEY })).spec).not.toHaveProperty('metadata');
    // an empty metadata someone wrote by hand is still imported as it is
    expect(importSpec(live({})).spec.metadata).toEqual({});
  });

  it('is reserved: a spec that names the marker key is refused by validate', () => {
    const found = specRules.flatMap((rule) => rule(newSpec({ metadata: { [MARKER_KEY]: 'mine' } }), { now: NOW, id: 'c1' }));
    expect(found).toEqual([expect.objectContaining({ rule: 'masivo.metadata-marker-reserved', path: ['metadata', MARKER_KEY] })]);
  });
});

describe('what create sends', () => {
  it('every field of the spec as written, type first, and the marker merged into metadata', () => {
    const desired = newSpec({ description: 'D', metadata: { owner: 'crm' }, labels: [{ label: 'Hot Sale', value: 'hot-sale' }], withoutEndDate: undefined });
    expect(createFields(desired, CTX)).toEqual({
      type: 'BEHAVIOR',
      name: 'Hot Sale',
      description: 'D',
      rules: RULES,
      status: 'ACTIVE',
      start_date: '2027-05-24T00:00:00-06:00',
      end_date: '2027-06-02T05:59:59.500Z',
      labels: [{ label: 'Hot Sale', value: 'hot-sale' }],
      metadata: { owner: 'crm', [MARKER_KEY]: KEY },
    });
    expect(Object.keys(createFields(desired, CTX))[0]).toBe('type');
  });

  it('a spec without metadata still gets the marker', () => {
    expect(createFields(newSpec(), CTX).metadata).toEqual({ [MARKER_KEY]: KEY });
  });

  it('the body is in the write vocabulary: JSON text, UTC instants to the second, no type', () => {
    const body = createBody(createFields(newSpec({ type: 'REFERRALS', referee_rules_json: RULES as MasivoSpec['referee_rules_json'] }), CTX));
    expect(body).not.toHaveProperty('type');
    expect(body.start_date).toBe('2027-05-24T06:00:00Z');
    expect(body.end_date).toBe('2027-06-02T05:59:59Z');
    expect(JSON.parse(body.rules as string)).toEqual(RULES);
    expect(JSON.parse(body.referee_rules_json as string)).toEqual(RULES);
    expect(JSON.parse(body.metadata as string)).toEqual({ [MARKER_KEY]: KEY });
  });

  it('leaves out an end date when there is none (withoutEndDate) and the COUPONS codes go as written', () => {
    const coupons = newSpec({ type: 'COUPONS', end_date: undefined, withoutEndDate: true, quantity: 5000, useCustomCodes: false });
    const body = createBody(createFields(coupons, CTX));
    expect(body).toMatchObject({ withoutEndDate: true, quantity: 5000, useCustomCodes: false });
    expect(body).not.toHaveProperty('end_date');
  });
});

describe('a new document: $defs.create and createRules', () => {
  const schemas = loadSchemas();
  const validateNew = schemas.ajv.compile({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    allOf: [{ $ref: `${SCHEMA_BASE}masivo.schema.json` }, { $ref: `${SCHEMA_BASE}masivo.schema.json#/$defs/create` }],
  });
  const problems = (spec: Record<string, unknown>): string[] => {
    if (validateNew(spec)) return [];
    return (validateNew.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath || '/'} ${String(e.parentSchema?.['x-hint'] ?? e.message)}`);
  };
  const judgeNew = (spec: MasivoSpec, now = NOW) => [...specRules, ...createRules].flatMap((rule) => rule(spec, { now, id: '' }));

  it('the example new campaign has no id and passes, rules included', () => {
    expect(fixture.id).toBeUndefined();
    expect(problems(fixture.spec as unknown as Record<string, unknown>)).toEqual([]);
    expect(judgeNew(fixture.spec)).toEqual([]);
  });

  it('asks for the fields every full-payload update needs, each with its own hint', () => {
    expect(problems({ type: 'BEHAVIOR' })).toEqual([
      expect.stringContaining('add `name:`'),
      expect.stringContaining('add `status: ACTIVE`'),
      expect.stringContaining('add `start_date:`'),
      expect.stringContaining('add `rules:` with at least one rule'),
    ]);
  });

  it('a COUPONS campaign with generated codes needs quantity; custom codes do not', () => {
    const base = { ...newSpec({ type: 'COUPONS' }) } as Record<string, unknown>;
    expect(problems(base)).toEqual([expect.stringContaining('add `quantity:`')]);
    expect(problems({ ...base, useCustomCodes: false })).toEqual([expect.stringContaining('add `quantity:`')]);
    expect(problems({ ...base, quantity: 5000 })).toEqual([]);
    expect(problems({ ...base, useCustomCodes: true, customCodes: 'HOT-1, HOT-2' })).toEqual([]);
    // BEHAVIOR has no codes at all
    expect(problems({ ...newSpec() })).toEqual([]);
  });

  it('refuses confirm_changes on a new campaign (update only)', () => {
    expect(problems({ ...newSpec({ type: 'COUPONS', quantity: 10 }), confirm_changes: true })).toEqual([expect.stringContaining('remove `confirm_changes`')]);
  });

  it('refuses a start before today (UTC), accepts today and later', () => {
    expect(judgeNew(newSpec({ start_date: '2026-11-22T23:59:59Z' }))).toEqual([
      expect.objectContaining({ rule: 'masivo.create-start-not-in-past', path: ['start_date'] }),
    ]);
    expect(judgeNew(newSpec({ start_date: '2026-11-23T00:00:00Z', end_date: '2027-01-01T00:00:00Z' }))).toEqual([]);
  });
});

describe('retire', () => {
  const stopped = runtime.retire!.stopped(live(null));

  it('stops the campaign the Masivo way: status INACTIVE', () => {
    expect(stopped).toEqual({ status: 'INACTIVE' });
  });

  it('a running campaign differs in status; a paused one and an ended one need nothing sent', () => {
    const running = live(null, { status: 'RUNNING', start_date: '2026-11-01T06:00:00Z' });
    expect(changes(stopped as unknown as MasivoSpec, running)).toEqual([{ path: 'status', before: 'ACTIVE', after: 'INACTIVE' }]);
    expect(changes(stopped as unknown as MasivoSpec, live(null, { status: 'PAUSED' }))).toEqual([]);
    const ended = live(null, { status: 'FINISHED', start_date: '2026-07-04T06:00:00Z', end_date: '2026-09-28T05:59:59Z' });
    expect(changes(stopped as unknown as MasivoSpec, ended)).toEqual([]);
  });

  it('no plan rule stands in the way of stopping a running campaign', () => {
    const running = live(null, { status: 'RUNNING', start_date: '2026-11-01T06:00:00Z' });
    const desired = stopped as unknown as MasivoSpec;
    const found = changes(desired, running);
    const input = { id: 'c1', desired, live: running, liveSpec: toSpec(running.raw), changes: found, now: NOW };
    expect(runtime.planRules.flatMap((rule) => rule(input))).toEqual([]);
  });

  it('documents no delete: no remove', () => {
    expect(runtime.remove).toBeUndefined();
  });
});

describe('a failed create call', () => {
  const failure = (over: Partial<ConstructorParameters<typeof HttpError>[0]>) =>
    new HttpError({ kind: 'status', method: 'POST', url: 'https://app.masivo.ai/api/storefront/v1/campaigns?type=BEHAVIOR', attempts: 1, ...over });

  it('a 4xx is a refusal: nothing was created, the vendor message stays in the error', () => {
    const refused = failure({ status: 400, body: '{"error":{"code":"INVALID_DATE_RANGE","message":"start_date must be today or later"}}' });
    expect(createFailure(refused)).toBe(refused);
    expect(createFailure(refused).message).toContain('start_date must be today or later');
  });

  it('a 5xx, a timeout, a dropped connection or an unreadable answer may hide a campaign', () => {
    for (const err of [failure({ status: 502 }), failure({ kind: 'timeout' }), failure({ kind: 'network', reason: 'other side closed' }), failure({ kind: 'invalid-response' }), new Error('socket hang up')]) {
      expect(createFailure(err)).toBeInstanceOf(CreateAnswerLost);
    }
  });

  it('failures before the POST left: the token exchange, a spent 429 budget, an interrupt', () => {
    const exchange = new HttpError({ kind: 'timeout', method: 'GET', url: 'https://app.masivo.ai/api/storefront/v1/auth/authorize', attempts: 3 });
    expect(createFailure(exchange)).toBe(exchange);
    expect(createFailure(failure({ kind: 'rate-limit-budget', status: 429 }))).not.toBeInstanceOf(CreateAnswerLost);
    expect(createFailure(failure({ kind: 'aborted' }))).not.toBeInstanceOf(CreateAnswerLost);
  });
});
