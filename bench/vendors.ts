/**
 * What the benchmark needs to know about each vendor, in one table: how to mint a fresh, valid
 * id; which fields must stay unique when a campaign is cloned; which managed string field drift
 * edits; and how a reconciler reads the account at the least (for the lower bound). This is the
 * bench's own knowledge, written down from the vendors' docs (DESIGN.md, providers/*.md); the
 * engine does not use it.
 */
import type { VendorObject } from '../src/sandbox/fake.js';

/** How the fewest reads of a whole account look for this vendor. */
export type ReadModel =
  /** List pages carry every managed field: ceil(account / pageSize) pages (beyond maxPages, one GET per campaign). */
  | { readonly kind: 'pages'; readonly pageSize: number; readonly maxPages?: number }
  /** The list is partial: one GET per managed campaign. */
  | { readonly kind: 'gets' }
  /** One call returns the whole account. */
  | { readonly kind: 'one-call' };

export interface VendorProfile {
  readonly vendor: string;
  /** The key of the id in the vendor's own objects. */
  readonly idKey: string;
  /** The i-th generated id (i from 0), valid for the vendor and the campaign-file schema. */
  id(i: number): string | number;
  /** The id as the vendor stores it in the object. */
  liveId(id: string | number): string | number;
  /**
   * Fields made unique per clone, in the spec and in the live object alike (names where the
   * vendor or campaignctl checks uniqueness, external ids, identifiers).
   */
  readonly unique: readonly string[];
  /** Field values every clone gets, in the spec (when it names the field) and in the live object. */
  readonly fixed?: Readonly<Record<string, unknown>>;
  /** Candidates for drift, first one the template's spec manages as a string wins. */
  readonly driftFields: readonly string[];
  /** Requests before any read that the account cannot do without (a token exchange). */
  readonly authRequests: number;
  readonly read: ReadModel;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** A version-4-shaped UUID, unique per (salt, i). */
const uuid = (salt: number, i: number) => `${hex(i, 8)}-${hex(salt, 4)}-4000-8000-${hex(0xbe4c, 12)}`;

export const PROFILES: readonly VendorProfile[] = [
  {
    vendor: 'masivo',
    idKey: 'id',
    id: (i) => uuid(1, i),
    liveId: (id) => String(id),
    unique: ['name'],
    driftFields: ['description', 'name'],
    // GET /auth/authorize exchanges the API key for a bearer token once per run.
    authRequests: 1,
    read: { kind: 'pages', pageSize: 100 },
  },
  {
    vendor: 'voucherify',
    idKey: 'id',
    id: (i) => `camp_benchmark${String(i).padStart(15, '0')}`,
    liveId: (id) => String(id),
    // Names are unique per project (and `name` is readOnly: checked, never sent).
    unique: ['name'],
    driftFields: ['description'],
    authRequests: 0,
    // page ≤ 100 × limit ≤ 100: 10,000 campaigns by list, the rest one GET each.
    read: { kind: 'pages', pageSize: 100, maxPages: 100 },
  },
  {
    vendor: 'lula',
    idKey: 'id',
    id: (i) => String(2_000_000 + i),
    liveId: (id) => String(id),
    // `name` unique per company, `campaign_identifier` across all campaigns.
    unique: ['name', 'campaign_identifier'],
    driftFields: ['description', 'name'],
    authRequests: 0,
    // The list returns summaries without `description`: one GET per campaign.
    read: { kind: 'gets' },
  },
  {
    vendor: 'spaaza',
    idKey: 'id',
    id: (i) => 100_000 + i,
    liveId: (id) => Number(id),
    unique: ['title'],
    // One active default loyalty campaign per chain: the clones are not defaults.
    fixed: { is_default: false },
    driftFields: ['description', 'title'],
    authRequests: 0,
    // get-campaigns returns the whole chain (no pagination documented).
    read: { kind: 'one-call' },
  },
  {
    vendor: 'topsort',
    idKey: 'campaignId',
    id: (i) => uuid(5, i),
    liveId: (id) => String(id),
    // externalCampaignId is unique per marketplace and ad format.
    unique: ['name', 'externalCampaignId'],
    driftFields: ['name'],
    authRequests: 0,
    read: { kind: 'pages', pageSize: 100 },
  },
];

export function profileOf(vendor: string): VendorProfile {
  const p = PROFILES.find((x) => x.vendor === vendor);
  if (!p) throw new Error(`no bench profile for vendor ${vendor}`);
  return p;
}

/** A unique variant of a template's value, for clone i. */
export function uniqueValue(field: string, value: unknown, i: number): unknown {
  if (typeof value !== 'string') return value;
  // Identifiers allow letters, digits and underscores only (Lula campaign_identifier).
  if (/^[A-Za-z0-9_]+$/.test(value) && field.toLowerCase().includes('identifier')) return `${value}_${i}`;
  if (field === 'externalCampaignId') return `${value}-${i}`;
  return `${value} #${i}`;
}

/** What drift does to a live value: someone edited it in the vendor's dashboard. */
export function driftedValue(value: string): string {
  return `${value} (edited in the dashboard)`;
}

export function liveIdOf(profile: VendorProfile, raw: VendorObject): string {
  return String(raw[profile.idKey]);
}
