/**
 * This vendor's slice of the state file:
 * - `campaigns`: live campaigns exactly in the read shape;
 * - `writeOnly`: per campaign id, the write-only fields last accepted (`productIds`,
 *   `bannerAdRejectionReason`), never part of an answer;
 * - `deleted`: soft-deleted campaigns (DELETE keeps them, reads answer 404).
 */
import type { VendorObject, VendorState } from '../fake.js';
import { idIndex } from '../kit/id-index.js';
import type { RejectionReason } from './models.js';
import { toRead, type CampaignRead } from './read-shape.js';
import { isRecord } from './validation.js';

export interface WriteOnlyFields {
  productIds?: string[];
  bannerAdRejectionReason?: RejectionReason;
}

export interface Found {
  readonly index: number;
  readonly campaign: CampaignRead;
}

const byId = idIndex<VendorObject>((c) => (typeof c.campaignId === 'string' ? c.campaignId.toLowerCase() : undefined));

/** A live campaign by its id in lower case (ids match in any letter case). */
export function findCampaign(state: VendorState, id: string): Found | undefined {
  const index = byId.find(state.campaigns, id);
  const stored = state.campaigns[index];
  return stored ? { index, campaign: toRead(stored) } : undefined;
}

export function storeCampaign(state: VendorState, campaign: CampaignRead, index?: number): void {
  const stored = structuredClone(campaign) as unknown as VendorObject;
  if (index === undefined) state.campaigns.push(stored);
  else state.campaigns[index] = stored;
}

function writeOnlyMap(state: VendorState): Record<string, WriteOnlyFields> {
  if (!isRecord(state.writeOnly)) state.writeOnly = {};
  return state.writeOnly as Record<string, WriteOnlyFields>;
}

export function rememberWriteOnly(state: VendorState, id: string, fields: WriteOnlyFields): void {
  if (fields.productIds === undefined && fields.bannerAdRejectionReason === undefined) return;
  const map = writeOnlyMap(state);
  map[id] = { ...map[id], ...structuredClone(fields) };
}

export function writeOnlyOf(state: VendorState, id: string): WriteOnlyFields | undefined {
  return isRecord(state.writeOnly) ? (state.writeOnly as Record<string, WriteOnlyFields>)[id] : undefined;
}

export function softDelete(state: VendorState, index: number): void {
  const [removed] = state.campaigns.splice(index, 1);
  if (!removed) return;
  if (!Array.isArray(state.deleted)) state.deleted = [];
  (state.deleted as VendorObject[]).push(removed);
}
