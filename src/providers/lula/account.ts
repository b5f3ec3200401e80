/** The Lula account options the runtime needs, and the paths built from them. */
import type { AccountConfig } from '../../config/load.js';

/** `company_id` from campaignctl.yaml (DESIGN: a string, required; a number is accepted too). */
export function companyId(account: AccountConfig): string {
  const value = account.options['company_id'];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new Error(`Lula account \`${account.name}\` has no \`company_id\` in campaignctl.yaml; every Lula campaign path is scoped by it`);
}

export function campaignsPath(company: string): string {
  return `/stores/company/${encodeURIComponent(company)}/campaigns`;
}

export function campaignPath(company: string, id: string): string {
  return `${campaignsPath(company)}/${encodeURIComponent(id)}`;
}

/** The documented update: yes, its path ends in `/stores`. */
export function updatePath(company: string, id: string): string {
  return `${campaignPath(company, id)}/stores`;
}
