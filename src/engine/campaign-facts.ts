/**
 * The campaign behind a plan action as people know it: its name and where it stands (running,
 * scheduled, ended, paused), read through its provider's field roles so that the engine names no
 * vendor's field. A reviewer reads "Winter Sale (running)" beside an address that holds a UUID.
 */
import type { FieldRoles } from '../providers/roles.js';
import { readRole } from '../providers/role-values.js';
import type { LiveCampaign } from '../providers/runtime.js';
import type { PlanCampaign } from './plan-model.js';

/** The name and status of a live campaign at `now`; undefined when the provider declares no roles. */
export function liveCampaignFacts(roles: FieldRoles | undefined, live: LiveCampaign, now: Date): PlanCampaign | undefined {
  if (!roles) return undefined;
  const name = nameText(roles.name?.read(live));
  return { ...(name !== undefined ? { name } : {}), status: roles.status(live, now) };
}

/**
 * A campaign the plan creates: the name its document gives it (from the provider's canonical form
 * first, where a name may be implied, then as written), and `new`.
 */
export function newCampaignFacts(
  roles: FieldRoles | undefined,
  specs: readonly Readonly<Record<string, unknown>>[],
): PlanCampaign {
  const path = roles?.name?.path;
  const name = path === undefined ? undefined : specs.map((s) => nameText(readRole(s, path))).find((n) => n !== undefined);
  return { ...(name !== undefined ? { name } : {}), status: 'new' };
}

/** A name worth showing: text with something in it. */
function nameText(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
