/** What every vendor's `glance` does last: keep the values that say something, as text. */
import type { CampaignGlance } from '../runtime.js';
import { nonBlank } from './lenient.js';

export function glanceOf(values: { readonly name?: unknown; readonly status?: unknown; readonly start?: unknown; readonly end?: unknown }): CampaignGlance {
  const out: { -readonly [K in keyof CampaignGlance]: string } = {};
  for (const key of ['name', 'status', 'start', 'end'] as const) {
    const v = values[key];
    const shown = typeof v === 'boolean' ? undefined : nonBlank(v);
    if (shown !== undefined) out[key] = shown;
  }
  return out;
}

/** A vendor's on/off switch in words. */
export function switchWord(on: unknown): string | undefined {
  return on === true ? 'active' : on === false ? 'inactive' : undefined;
}
