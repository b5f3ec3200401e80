/**
 * Shards: `plan --shard I/N` plans the campaigns whose address falls in shard I of N, so that a
 * repository too large for one runner can be planned by N jobs and merged (`campaignctl merge`).
 *
 * A campaign's shard depends on its address alone: the SHA-256 digest of the address (UTF-8),
 * read as a 256-bit big-endian unsigned integer, modulo N, plus one. It is the same on every
 * machine and run, whatever the order or folder of the files, and a campaign changes shard only
 * when N changes (or its address does). Every campaign falls in exactly one shard of N.
 */
import { createHash } from 'node:crypto';
import type { PlanShard } from './plan-model.js';

/** Beyond Actions' 256 jobs per matrix, with room; a bound that only stops a typo. */
export const MAX_SHARD_COUNT = 1024;

export interface ShardSpec {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export class ShardSpecError extends Error {}

/** Parses `I/N` (1 ≤ I ≤ N ≤ 1024); a ShardSpecError says what is wrong and what would be right. */
export function parseShardSpec(value: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) throw new ShardSpecError('--shard takes I/N, shard I of N: two whole numbers with 1 ≤ I ≤ N, such as 2/3');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARD_COUNT) {
    throw new ShardSpecError(`the number of shards N must be from 1 to ${MAX_SHARD_COUNT}`);
  }
  if (index < 1 || index > count) {
    throw new ShardSpecError(`shards are numbered from 1 to N, so I must be from 1 to ${count}`);
  }
  return { index, count };
}

/** The shard (1 to `count`) an address belongs to. */
export function shardOf(address: string, count: number): number {
  const digest = createHash('sha256').update(address, 'utf8').digest('hex');
  return Number(BigInt(`0x${digest}`) % BigInt(count)) + 1;
}

export function inShard(address: string, shard: ShardSpec): boolean {
  return shardOf(address, shard.count) === shard.index;
}

/**
 * A digest of the addresses the shards were cut from (sorted, so file order does not matter):
 * every shard of one run carries the same one, and merge checks that the shards' actions cover
 * exactly those addresses, so that shards planned from different commits or targets never merge.
 */
export function selectionDigest(addresses: Iterable<string>): string {
  const sorted = [...new Set(addresses)].sort();
  return `sha256:${createHash('sha256').update(sorted.join('\n'), 'utf8').digest('hex')}`;
}

/** What a shard plan records about its shard (the `shard` field of the plan JSON). */
export function planShard(shard: ShardSpec, selected: readonly string[]): PlanShard {
  return { index: shard.index, count: shard.count, campaigns: new Set(selected).size, selection: selectionDigest(selected) };
}

/** Reads a saved plan's `shard` field; each problem names the field at fault (plan-file.ts places it). */
export function readPlanShard(value: unknown): { shard?: PlanShard; problems: { path: string[]; message: string }[] } {
  const shape = '{index, count, campaigns, selection}, as `plan --shard I/N` writes it';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ path: ['shard'], message: `\`shard\` must be ${shape}` }] };
  }
  const s = value as Record<string, unknown>;
  const whole = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  const problems: { path: string[]; message: string }[] = [];
  if (!whole(s.count, 1, MAX_SHARD_COUNT)) problems.push({ path: ['shard', 'count'], message: `\`shard.count\` must be the number of shards, a whole number from 1 to ${MAX_SHARD_COUNT}` });
  else if (!whole(s.index, 1, s.count)) problems.push({ path: ['shard', 'index'], message: `\`shard.index\` must be a whole number from 1 to ${s.count}` });
  if (!whole(s.campaigns, 0)) problems.push({ path: ['shard', 'campaigns'], message: '`shard.campaigns` must be the number of campaigns selected before sharding' });
  if (typeof s.selection !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(s.selection)) {
    problems.push({ path: ['shard', 'selection'], message: '`shard.selection` must be the sha256:… digest of the selected addresses' });
  }
  if (problems.length > 0) return { problems };
  return { shard: { index: s.index as number, count: s.count as number, campaigns: s.campaigns as number, selection: s.selection as string }, problems };
}
