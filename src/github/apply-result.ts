/**
 * The apply result as `campaignctl apply --out FILE` (and `--format json`) writes it:
 * `{tally, interrupted, outcomes}`. Read back for the job summary; a file that is not one is an
 * error that says how to make one.
 */
import { readFile } from 'node:fs/promises';
import { OUTCOMES, type ApplyOutcome, type ApplyResult, type Outcome } from '../engine/apply.js';

export type ApplyResultFile = Pick<ApplyResult, 'tally' | 'interrupted' | 'outcomes'>;

export class ApplyResultError extends Error {
  override readonly name = 'ApplyResultError';
}

export async function readApplyResult(file: string, shown: string = file): Promise<ApplyResultFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApplyResultError(
      `${shown}: ${code === 'ENOENT' ? 'not found' : code ? `cannot read it (${code})` : 'not JSON'}; save one with \`campaignctl apply --out ${shown}\``,
    );
  }
  const bad = (what: string) => new ApplyResultError(`${shown}: not an apply result (${what}); save one with \`campaignctl apply --out ${shown}\``);
  if (typeof raw !== 'object' || raw === null) throw bad('expected a JSON object');
  const r = raw as { tally?: unknown; interrupted?: unknown; outcomes?: unknown };
  if (typeof r.tally !== 'object' || r.tally === null) throw bad('`tally` is missing');
  const tallyIn = r.tally as Record<string, unknown>;
  const tally = Object.fromEntries(OUTCOMES.map((o) => [o, typeof tallyIn[o] === 'number' ? tallyIn[o] : 0])) as Record<Outcome, number>;
  if (!Array.isArray(r.outcomes)) throw bad('`outcomes` must be a list');
  const outcomes: ApplyOutcome[] = [];
  for (const o of r.outcomes as unknown[]) {
    const item = o as { address?: unknown; outcome?: unknown; message?: unknown };
    if (typeof o !== 'object' || o === null || typeof item.address !== 'string' || !OUTCOMES.includes(item.outcome as Outcome)) {
      throw bad('each outcome needs an `address` and an `outcome`');
    }
    outcomes.push({ address: item.address, outcome: item.outcome as Outcome, ...(typeof item.message === 'string' ? { message: item.message } : {}) });
  }
  return { tally, interrupted: r.interrupted === true, outcomes };
}
