/**
 * Reading Spaaza campaigns: ONE `GET /get-campaigns?chain_id=&exclude_inactive=false` per account.
 *
 * get-campaigns returns the whole chain (no pagination is documented) with the same objects as
 * get-campaign, so one call replaces a GET per campaign whatever the number of campaigns.
 * `exclude_inactive=false` is always sent: since API 1.4.11 the list hides inactive campaigns by
 * default, and an inactive managed campaign would look missing.
 *
 * Exceptions to "the list has everything":
 * - Spaaza leaves a campaign's `assigned_*` lists out of the list when it has more than 500
 *   assignments (warning `objects_exceed_maximum_quantity`): those campaigns are read again with
 *   `GET /get-campaign`, concurrently.
 *
 * The whole chain is also what the plan-time rules need (one active default loyalty campaign per
 * chain, campaigns a reward refers to), including campaigns no YAML manages. Each campaign object
 * returned is linked (in a WeakMap, so nothing leaks into the object or outlives it) to a summary
 * of the chain as that same list showed it: `chainOf(raw)`.
 */
import type { HttpClient, HttpResponse } from '../../http/types.js';
import type { LiveCampaign, ReadContext, VendorObject } from '../runtime.js';
import { FoundCampaigns } from '../kit/found-campaigns.js';
import { rowsOf, unreadableNote } from '../kit/lenient.js';
import {
  ASSIGNED_FIELDS,
  ASSIGNMENTS_OMITTED,
  MAX_LISTED_ASSIGNMENTS,
  campaignIdOf,
  isCampaign,
  readEnvelope,
} from './wire-types.js';

/**
 * get-campaigns answers with the whole chain in one body, a few kilobytes per campaign: the HTTP
 * client's 10 MiB cap (meant for list pages) would refuse a chain of a few thousand campaigns.
 * 256 MiB holds some 80,000 of them.
 */
export const CHAIN_LIST_MAX_BYTES = 256 * 1024 * 1024;

/** Statuses whose body is Spaaza's error envelope, read for its message (401 stays a failure). */
export const ENVELOPE_ERRORS = [400, 403, 404, 405, 409, 422] as const;

/** What the rules need to know about the other campaigns of the chain. */
export interface ChainMember {
  readonly id: string;
  readonly type?: string;
  readonly title?: string;
  readonly active?: boolean;
  readonly is_default?: boolean;
}

export interface ChainSnapshot {
  readonly chainId: number;
  readonly campaigns: readonly ChainMember[];
}

const snapshots = new WeakMap<VendorObject, ChainSnapshot>();

/** The chain as the read that produced `raw` saw it; undefined for an object campaignctl did not read. */
export function chainOf(raw: VendorObject): ChainSnapshot | undefined {
  return snapshots.get(raw);
}

/** The account's `chain_id` option (required by the config schema). */
export function chainIdOf(options: Readonly<Record<string, unknown>>): number {
  const v = options['chain_id'];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error('the account has no valid `chain_id` (a positive integer) in campaignctl.yaml');
  }
  return n;
}

/** Unwraps a Spaaza answer or throws an error saying what Spaaza said. */
export function unwrap(res: HttpResponse, what: string): { results: Record<string, unknown>; warnings: readonly { name?: string }[] } {
  const env = readEnvelope(res.body);
  if (!env.ok) throw new Error(`Spaaza refused ${what} (HTTP ${res.status}): ${env.text}`);
  return env;
}

export async function readCampaigns(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  return readChain(new Set(ids), ctx);
}

/**
 * Every campaign of the chain (for `import`): the same one get-campaigns call, inactive campaigns
 * included (`exclude_inactive=false`), deleted ones left out.
 */
export async function readAllCampaigns(ctx: ReadContext): Promise<LiveCampaign[]> {
  const { deliver: _returnedNotDelivered, ...listing } = ctx;
  return [...(await readChain(undefined, listing)).values()];
}

/** The chain's campaigns with these ids (all of them when `wanted` is undefined). */
async function readChain(wanted: ReadonlySet<string> | undefined, ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const chainId = chainIdOf(ctx.account.options);
  const res = await ctx.http.request(
    {
      method: 'GET',
      path: '/get-campaigns',
      query: { chain_id: chainId, exclude_inactive: 'false' },
      accept: [...ENVELOPE_ERRORS],
      maxResponseBytes: CHAIN_LIST_MAX_BYTES,
      purpose: `list campaigns of chain ${chainId}`,
    },
    ctx.signal,
  );
  const { results, warnings } = unwrap(res, `get-campaigns for chain ${chainId}`);
  if (!Array.isArray(results.campaigns)) {
    throw new Error(`Spaaza's get-campaigns answer for chain ${chainId} has no \`campaigns\` list`);
  }
  const { rows, unreadable } = rowsOf(results.campaigns, campaignIdOf);
  if (unreadable.length > 0) ctx.warn?.(unreadableNote('Spaaza', unreadable.length, 'id'));
  // A campaign flagged deleted cannot be altered: it is neither read nor counted.
  const listed = rows.map((r) => r.raw).filter((c) => c.is_deleted !== true);
  const snapshot: ChainSnapshot = { chainId, campaigns: listed.map(memberOf) };
  const omitted = warnings.some((w) => w.name === ASSIGNMENTS_OMITTED);

  const out = new FoundCampaigns(ctx);
  const refetch: string[] = [];
  for (const raw of listed) {
    const id = campaignIdOf(raw)!;
    if ((wanted && !wanted.has(id)) || out.has(id) || refetch.includes(id)) continue;
    if (assignmentsLeftOut(raw, omitted)) refetch.push(id);
    else out.add(link(id, raw, snapshot));
  }
  if (refetch.length > 0) {
    const fetched = await Promise.all(refetch.map((id) => getCampaign(ctx.http, id, chainId, ctx.signal)));
    for (const raw of fetched) {
      const id = campaignIdOf(raw);
      if (id !== undefined) out.add(link(id, raw, snapshot));
    }
  }
  return out.result();
}

function link(id: string, raw: VendorObject, snapshot: ChainSnapshot): LiveCampaign {
  snapshots.set(raw, snapshot);
  return { id, raw };
}

/** Whether the list left this campaign's assignments out (over 500 of them). */
function assignmentsLeftOut(raw: VendorObject, warned: boolean): boolean {
  if (ASSIGNED_FIELDS.some((f) => Array.isArray(raw[f]))) return false;
  const count = typeof raw.assignment_count === 'number' ? raw.assignment_count : 0;
  return warned || count > MAX_LISTED_ASSIGNMENTS;
}

async function getCampaign(http: HttpClient, id: string, chainId: number, signal?: AbortSignal): Promise<VendorObject> {
  const res = await http.request(
    {
      method: 'GET',
      path: '/get-campaign',
      query: { campaign_id: id, chain_id: chainId },
      accept: [...ENVELOPE_ERRORS],
      purpose: `read campaign ${id}`,
    },
    signal,
  );
  const { results } = unwrap(res, `get-campaign for campaign ${id}`);
  if (!isCampaign(results.campaign)) throw new Error(`Spaaza's get-campaign answer for campaign ${id} has no campaign object`);
  if (campaignIdOf(results.campaign) !== id) throw new Error(`Spaaza's get-campaign answer for campaign ${id} holds campaign ${String(results.campaign.id)}`);
  return results.campaign;
}

function memberOf(raw: VendorObject): ChainMember {
  const active = typeof raw.active === 'boolean' ? raw.active : typeof raw.is_active === 'boolean' ? raw.is_active : undefined;
  return {
    id: campaignIdOf(raw)!,
    ...(typeof raw.type === 'string' ? { type: raw.type } : {}),
    ...(typeof raw.title === 'string' ? { title: raw.title } : {}),
    ...(active !== undefined ? { active } : {}),
    ...(typeof raw.is_default === 'boolean' ? { is_default: raw.is_default } : {}),
  };
}
