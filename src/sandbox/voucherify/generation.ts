/**
 * Voucher generation in the background. "This is an asynchronous action; you can't read or modify a
 * newly created campaign until the code generation is completed. See the `creation_status` field."
 *
 * A created campaign with codes and `vouchers_count` > 1 is stored reading `creation_status` and
 * `vouchers_generation_status` IN_PROGRESS with `vouchers_count` 0 (as the docs' create answers read),
 * and a job is kept beside the campaigns (`generation` in the vendor state) until the sandbox clock
 * passes its end; the first request after that finds the campaign DONE with its count. Meanwhile:
 * - reads and lists return it as it stands (assumed: the status field is there to be read, and the
 *   list filters on it);
 * - PUT, enable and disable are refused (assumed: 400 `campaign_in_progress`; the docs name no error);
 * - DELETE is taken (it is itself a queued job).
 * Assumed: generation runs at 1,000 codes a second. With a pinned clock (tests) the job never ends
 * until the clock is moved.
 */
import type { VendorState } from '../fake.js';
import { fail } from './errors.js';
import type { FakeResponse } from '../fake.js';
import { isObject, type JsonObject } from './json.js';
import { findById } from './project.js';

export const MS_PER_CODE = 1;

interface Job {
  campaign_id: string;
  vouchers_count: number;
  done_at: string;
}

function jobs(state: VendorState): Job[] {
  if (!Array.isArray(state.generation)) state.generation = [];
  return state.generation as Job[];
}

/** Marks a new campaign as generating its `count` codes from `now` on. */
export function startGeneration(state: VendorState, campaign: JsonObject, count: number, now: Date): void {
  campaign.vouchers_count = 0;
  campaign.creation_status = 'IN_PROGRESS';
  campaign.vouchers_generation_status = 'IN_PROGRESS';
  jobs(state).push({ campaign_id: String(campaign.id), vouchers_count: count, done_at: new Date(now.getTime() + count * MS_PER_CODE).toISOString() });
}

/** Completes the jobs whose end has passed; true when the state changed. */
export function finishGeneration(state: VendorState, now: Date): boolean {
  if (!Array.isArray(state.generation) || state.generation.length === 0) return false;
  const pending: Job[] = [];
  let changed = false;
  for (const job of state.generation as unknown[]) {
    if (!isObject(job) || typeof job.campaign_id !== 'string' || typeof job.done_at !== 'string') {
      changed = true;
      continue;
    }
    const campaign = findById(state, job.campaign_id);
    if (!campaign) {
      changed = true; // deleted meanwhile
      continue;
    }
    if (Date.parse(job.done_at) > now.getTime()) {
      pending.push(job as unknown as Job);
      continue;
    }
    campaign.vouchers_count = job.vouchers_count;
    campaign.creation_status = 'DONE';
    campaign.vouchers_generation_status = 'DONE';
    changed = true;
  }
  state.generation = pending;
  return changed;
}

/** The assumed refusal of a change to a campaign whose codes are still being generated. */
export function stillGenerating(campaign: JsonObject): FakeResponse | undefined {
  if (campaign.creation_status !== 'IN_PROGRESS' && campaign.vouchers_generation_status !== 'IN_PROGRESS') return undefined;
  return fail(
    400,
    'campaign_in_progress',
    'Campaign In Progress',
    `Campaign ${String(campaign.id)} is still being generated (creation_status IN_PROGRESS); it cannot be modified until generation completes`,
    { id: String(campaign.id), type: 'campaign' },
  );
}
