/**
 * What the benchmark knows about each vendor: the registry's providers, each with the bench
 * profile its fake keeps beside it (src/sandbox/<vendor>/harness.ts: how to mint a fresh, valid
 * id; which fields must stay unique when a campaign is cloned; which managed string field drift
 * edits; how a reconciler reads the account at the least). The engine does not use any of it.
 */
import { registry } from '../src/providers/registry.js';
import type { BenchProfile, UniqueField } from '../src/sandbox/fake-harness.js';
import type { VendorObject } from '../src/sandbox/fake.js';

export type { ReadModel } from '../src/sandbox/fake-harness.js';

export interface VendorProfile extends BenchProfile {
  readonly vendor: string;
}

export type Profiles = ReadonlyMap<string, VendorProfile>;

/** Every registered vendor's profile, in registry order; a vendor whose fake keeps none is an error. */
export async function loadProfiles(): Promise<Profiles> {
  const out = new Map<string, VendorProfile>();
  for (const entry of registry) {
    const fake = await entry.fake();
    const harness = await fake.harness?.();
    if (!harness) throw new Error(`the ${entry.provider.name} fake keeps no harness (src/sandbox/${entry.provider.name}/harness.ts): the bench cannot clone its campaigns`);
    out.set(entry.provider.name, { vendor: entry.provider.name, ...harness.bench });
  }
  return out;
}

export function profileOf(profiles: Profiles, vendor: string): VendorProfile {
  const p = profiles.get(vendor);
  if (!p) throw new Error(`no bench profile for vendor ${vendor}`);
  return p;
}

/** A unique variant of a template's value, for clone i. */
export function uniqueValue(unique: UniqueField, value: unknown, i: number): unknown {
  if (typeof value !== 'string') return value;
  return unique.vary ? unique.vary(value, i) : `${value} #${i}`;
}

/** What drift does to a live value: someone edited it in the vendor's dashboard. */
export function driftedValue(value: string): string {
  return `${value} (edited in the dashboard)`;
}

export function liveIdOf(profile: VendorProfile, raw: VendorObject): string {
  return String(raw[profile.idKey]);
}
