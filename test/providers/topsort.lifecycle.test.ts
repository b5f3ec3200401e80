/**
 * Topsort's create side without a network: how plan recognises a new document's campaign
 * (identity, identityOf, the marker), what the plan shows as sent (fields) and what the create
 * call carries, the create page's rules (createRules), the create schema (`$defs.create`) on the
 * example new document, and what import writes for a campaign campaignctl created.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemas, SCHEMA_BASE } from '../../src/desired/schema-registry.js';
import type { TopsortSpec } from '../../src/generated/topsort.js';
import type { AccountCampaign } from '../../src/providers/types.js';
import { createFields, createRequest, followUpChanges } from '../../src/providers/topsort/create.js';
import { createRules } from '../../src/providers/topsort/create-rules.js';
import { uniqueExternalCampaignId } from '../../src/providers/topsort/external-campaign-id.js';
import { creationMarker, identity, identityOf, isCreationMarker } from '../../src/providers/topsort/identity.js';
import { importSpec } from '../../src/providers/topsort/import.js';
import { harness } from '../../src/sandbox/topsort/harness.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const CTX = { creationKey: 'marketplace-eu\u0000campaigns/topsort/new.yaml\u00000', now: NOW };
const FIXTURE = new URL('../../campaigns/topsort/espresso-accessories-listings.yaml', import.meta.url);

/** The example new document's spec. */
function fixtureSpec(): TopsortSpec {
  return (parse(readFileSync(FIXTURE, 'utf8')) as { spec: TopsortSpec }).spec;
}

const BANNER_BID = {
  target: { id: 'SKU-4011532', type: 'product' },
  formatProperties: {
    adFormat: 'banner',
    bannerAssets: [{ url: 'https://cdn.example.com/hero.png', contentType: 'image/png', dimensions: { width: 1200, height: 300 }, size: 184320 }],
  },
};

function live(raw: Record<string, unknown>) {
  return { id: typeof raw.campaignId === 'string' ? raw.campaignId : 'x', raw };
}

describe('identity: the live campaign a new document stands for', () => {
  it('is the externalCampaignId within its ad format when the document sets one', () => {
    const listing = identity({ adFormat: 'listing', externalCampaignId: 'MKT-EU-2026-EA-0201' }, CTX);
    expect(listing).toMatchObject({ kind: 'unique', label: 'externalCampaignId "MKT-EU-2026-EA-0201" (listing)' });
    expect(listing?.key).toBe(identityOf(live({ campaignId: 'a', adFormat: 'listing', externalCampaignId: 'MKT-EU-2026-EA-0201' })));
    // Unique per ad format: a banner campaign with the same external id is another campaign.
    expect(listing?.key).not.toBe(identityOf(live({ campaignId: 'b', adFormat: 'banner', externalCampaignId: 'MKT-EU-2026-EA-0201' })));
    // Compared as written.
    expect(listing?.key).not.toBe(identityOf(live({ campaignId: 'c', adFormat: 'listing', externalCampaignId: 'mkt-eu-2026-ea-0201' })));
  });

  it('is a marker derived from the creation key when the document sets none: stable, and different per document', () => {
    const first = identity({ adFormat: 'listing' }, CTX);
    expect(first?.kind).toBe('marker');
    expect(first?.label).toContain(creationMarker(CTX.creationKey));
    expect(identity({ adFormat: 'listing' }, { ...CTX, now: new Date('2027-01-01T00:00:00Z') })).toEqual(first);
    expect(identity({ adFormat: 'listing' }, { ...CTX, creationKey: `${CTX.creationKey}1` })?.key).not.toBe(first?.key);
    expect(first?.key).toBe(identityOf(live({ campaignId: 'a', adFormat: 'listing', externalCampaignId: creationMarker(CTX.creationKey) })));
    expect(creationMarker(CTX.creationKey)).toMatch(/^campaignctl-[0-9a-f]{24}$/);
    expect(isCreationMarker(creationMarker(CTX.creationKey))).toBe(true);
    expect(isCreationMarker('MKT-EU-2026-EA-0201')).toBe(false);
  });

  it('is none for a document that manages "no external id", and a live campaign without one has none', () => {
    expect(identity({ adFormat: 'listing', externalCampaignId: null }, CTX)).toBeUndefined();
    expect(identityOf(live({ campaignId: 'a', adFormat: 'listing', externalCampaignId: null }))).toBeUndefined();
  });
});

describe('fields: what the plan shows as sent', () => {
  it('lists the document as written, vendorId and bids included, and nothing Topsort fills in itself', () => {
    const spec = fixtureSpec();
    const fields = createFields(spec, CTX);
    expect(fields).toEqual(spec);
    expect(Object.keys(fields)).toEqual(Object.keys(spec));
    // No endDate in the document: Topsort stores a far-future end, which is not sent, so not shown.
    expect(fields).not.toHaveProperty('endDate');
  });

  it('adds the marker when the document sets no externalCampaignId, and leaves nulls out', () => {
    const fields = createFields({ name: 'New', adFormat: 'listing', targetRoas: null, statusUpdatedBy: null, isSmart: true }, CTX);
    expect(fields).toEqual({ name: 'New', adFormat: 'listing', isSmart: true, externalCampaignId: creationMarker(CTX.creationKey) });
  });
});

describe('the create call', () => {
  it('sends vendorId as the query, dates in UTC, the marker, and neither vendorId nor the update-only fields in the body', () => {
    const { vendorId, body } = createRequest(
      { ...fixtureSpec(), endDate: '2027-03-31T23:59:59+02:00', isSmart: true, statusUpdatedBy: '5d7e9a2b-1c4f-4b8e-a3d6-0f2e4c6b8a91', externalCampaignId: undefined },
      CTX,
    );
    expect(vendorId).toBe('vnd-brewmaster-home');
    expect(body).toMatchObject({ startDate: '2026-11-30T23:00:00Z', endDate: '2027-03-31T21:59:59Z', externalCampaignId: creationMarker(CTX.creationKey) });
    expect(Object.keys(body)).not.toContain('vendorId');
    expect(Object.keys(body)).not.toContain('isSmart');
    expect(Object.keys(body)).not.toContain('statusUpdatedBy');
  });

  it('refuses to send a document without vendorId', () => {
    expect(() => createRequest({ name: 'New' }, CTX)).toThrow(/vendorId/);
  });

  it('follows up only on update-only fields the created campaign does not already have', () => {
    const created = { isSmart: false, statusUpdatedBy: null };
    expect(followUpChanges({ isSmart: false }, created)).toEqual([]);
    expect(followUpChanges({ isSmart: true, statusUpdatedBy: null }, created).map((c) => c.path)).toEqual(['isSmart']);
    // Write-only: never shows on the created campaign, so always sent when the document has it.
    expect(followUpChanges({ bannerAdRejectionReason: { declineReason: 'blurry' } }, created).map((c) => c.path)).toEqual(['bannerAdRejectionReason']);
  });
});

describe('createRules: the create page beyond the schema', () => {
  const judge = (spec: TopsortSpec, now = NOW) => createRules.flatMap((rule) => rule(spec, { now, id: '' }));

  it('accept the example new document, today and a year from now (it has no end)', () => {
    expect(judge(fixtureSpec())).toEqual([]);
    expect(judge(fixtureSpec(), new Date('2027-11-23T12:00:00Z'))).toEqual([]);
  });

  it('refuse an end that is not after now: Topsort starts a new campaign no earlier than its creation', () => {
    for (const spec of [{ endDate: '2026-11-20T00:00:00Z' }, { startDate: '2026-11-01T00:00:00Z', endDate: '2026-11-23T12:00:00Z' }]) {
      const [v, ...rest] = judge(spec);
      expect(rest).toEqual([]);
      expect(v).toMatchObject({ rule: 'topsort.create-end-after-now', path: ['endDate'] });
      expect(v?.message).toContain('2026-11-23T12:00:00Z');
    }
  });

  it('leave a future start against an earlier end to the spec rule, and a past start with a future end alone', () => {
    expect(judge({ startDate: '2027-02-01T00:00:00Z', endDate: '2027-01-01T00:00:00Z' })).toEqual([]);
    expect(judge({ startDate: '2026-01-01T00:00:00Z', endDate: '2027-01-01T00:00:00Z' })).toEqual([]);
  });

  it('refuse an autobidding objective on a campaign that would be created manual', () => {
    expect(judge({ autobiddingObjective: 'clicks' })).toEqual([expect.objectContaining({ rule: 'topsort.objective-needs-autobidding', path: ['autobiddingObjective'] })]);
    expect(judge({ autobiddingObjective: 'clicks', campaignType: 'autobidding' })).toEqual([]);
    expect(judge({ autobiddingObjective: null })).toEqual([]);
  });
});

describe('$defs.create: what a new document must also satisfy', () => {
  const schemas = loadSchemas();
  const base = schemas.validator('topsort.schema.json');
  const create = schemas.ajv.getSchema(`${SCHEMA_BASE}topsort.schema.json#/$defs/create`);
  if (!create) throw new Error('test bug: topsort.schema.json has no $defs.create');

  /** The errors of a new document's spec, as (path, message) with the schema's own wording. */
  function errors(spec: unknown): { path: string; message: string }[] {
    const all: ErrorObject[] = [];
    if (!base(spec)) all.push(...(base.errors ?? []));
    if (!create!(spec)) all.push(...(create!.errors ?? []));
    return all
      .filter((e) => e.keyword !== 'if')
      .map((e) => {
        const own = e.parentSchema?.['x-message'];
        return { path: e.instancePath, message: typeof own === 'string' ? own : (e.message ?? '') };
      });
  }
  const withSpec = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...fixtureSpec(), ...patch });
  const without = (field: string): Record<string, unknown> => {
    const spec: Record<string, unknown> = { ...fixtureSpec() };
    delete spec[field];
    return spec;
  };

  it('accepts the example new document and the harness new spec', () => {
    expect(errors(fixtureSpec())).toEqual([]);
    expect(errors(harness.lifecycle?.newSpec)).toEqual([]);
  });

  it.each([
    ['name', 'needs a `name`'],
    ['vendorId', '`?vendor_id=`'],
    ['adFormat', 'fixed at creation'],
    ['bids', 'only with its first bids'],
    ['budget', 'needs a `budget`'],
    ['isActive', 'starts spending'],
  ])('requires %s, saying why', (field, why) => {
    const found = errors(without(field));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(why);
  });

  it('takes only the two formats the create call takes', () => {
    expect(errors(withSpec({ adFormat: 'sponsored_brand' }))).toEqual([{ path: '/adFormat', message: expect.stringContaining('`listing` or `banner`') }]);
  });

  it('wants the budget whole and an external id that is a string', () => {
    expect(errors(withSpec({ budget: { amount: 8000 } }))).toEqual([{ path: '/budget', message: expect.stringContaining('both `amount` and `type`') }]);
    expect(errors(withSpec({ externalCampaignId: null }))).toEqual([{ path: '/externalCampaignId', message: expect.stringContaining('marker') }]);
  });

  it('wants banner properties on every bid of a banner campaign, and none on a listing campaign', () => {
    const listingBid = { target: { id: 'SKU-1', type: 'product' }, amount: 40 };
    expect(errors(withSpec({ adFormat: 'banner', bids: [BANNER_BID, listingBid] }))).toEqual([
      { path: '/bids/1', message: expect.stringContaining('needs `formatProperties`') },
    ]);
    expect(errors(withSpec({ bids: [BANNER_BID] }))).toEqual([{ path: '/bids/0/formatProperties', message: expect.stringContaining('takes no `formatProperties`') }]);
    expect(errors(withSpec({ adFormat: 'banner', bids: [BANNER_BID] }))).toEqual([]);
  });
});

describe('what import writes for a campaign campaignctl created', () => {
  it('leaves out the marker, and keeps an external id the marketplace chose', () => {
    const raw = {
      campaignId: '6a1f0c3e-2b4d-4e8f-9a6b-1c2d3e4f5a6b',
      name: 'New',
      adFormat: 'listing',
      vendorId: 'vnd-nordic-roasters',
      walletId: 'D0F4B6C8-5E7A-4F9B-9D3E-2A4C6B8D0F23',
      externalCampaignId: creationMarker(CTX.creationKey),
      isActive: true,
    };
    const marked = importSpec(live(raw)).spec;
    expect(marked).not.toHaveProperty('externalCampaignId');
    expect(importSpec(live({ ...raw, externalCampaignId: 'MKT-EU-2026-EA-0201' })).spec.externalCampaignId).toBe('MKT-EU-2026-EA-0201');
  });
});

describe('two new documents with one external id', () => {
  it('are reported at the second, naming the first as a new campaign document', () => {
    const doc = (key: number): AccountCampaign<TopsortSpec> => ({ ref: { key }, id: '', spec: { adFormat: 'listing', externalCampaignId: 'MKT-EU-2026-EA-0201' } });
    const [v, ...rest] = uniqueExternalCampaignId([doc(1), doc(2)], { account: 'marketplace-eu', options: {}, now: NOW });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ campaign: { key: 2 }, related: [{ campaign: { key: 1 } }] });
    expect(v?.message).toContain('already used by a new campaign document in this account');
  });
});
