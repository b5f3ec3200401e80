/**
 * Lower bounds: the fewest requests a reconciler must send each vendor, and the time the vendor's
 * rate limit allows for them. Accounts are read in parallel, so the slowest vendor decides.
 *
 * - plan: the token exchange where there is one, then the reads: list pages where the list carries
 *   every managed field (ceil(account / page size); Voucherify lists at most 100 pages, the rest
 *   one GET each), one GET per managed campaign where it does not (Lula), one call for Spaaza.
 * - apply of a saved plan: the token, the changed campaigns read before writing (the cheaper of
 *   their pages and one GET each), one write each, and the same reads again to verify.
 * - time: requests / rate when a rate limit applies; without one, round trips at the client's
 *   concurrency (ceil(requests / concurrency) × latency), which is 0 with no latency.
 */
import type { VendorGenerated } from './generate.js';
import { profileOf, type Profiles, type ReadModel } from './vendors.js';

export interface VendorBound {
  readonly vendor: string;
  readonly requests: number;
  readonly seconds: number;
}

export interface Bound {
  readonly vendors: readonly VendorBound[];
  /** The slowest vendor's seconds. */
  readonly seconds: number;
  readonly decidedBy: string;
}

export interface Pace {
  /** Requests per second per vendor; 0: none. */
  readonly rateLimit: number;
  readonly latencyMs: number;
  /** Requests in flight per account (campaignctl's default, 8). */
  readonly concurrency: number;
}

/** The fewest reads that see every managed campaign of an account. */
export function accountReads(model: ReadModel, accountSize: number, managed: number): number {
  if (managed === 0) return 0;
  switch (model.kind) {
    case 'one-call':
      return 1;
    case 'gets':
      return managed;
    case 'pages': {
      const pages = Math.ceil(accountSize / model.pageSize);
      if (model.maxPages === undefined || pages <= model.maxPages) return pages;
      return model.maxPages + (accountSize - model.maxPages * model.pageSize);
    }
  }
}

/** The fewest reads that see `wanted` campaigns of an account (pages, or one GET each, whichever is less). */
export function someReads(model: ReadModel, accountSize: number, wanted: number): number {
  if (wanted === 0) return 0;
  if (model.kind === 'one-call') return 1;
  if (model.kind === 'gets') return wanted;
  return Math.min(wanted, accountReads(model, accountSize, wanted));
}

function seconds(requests: number, pace: Pace): number {
  if (pace.rateLimit > 0) return requests / pace.rateLimit;
  return (Math.ceil(requests / pace.concurrency) * pace.latencyMs) / 1000;
}

function combine(vendors: VendorBound[]): Bound {
  const slowest = vendors.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { vendors, seconds: slowest.seconds, decidedBy: slowest.vendor };
}

export function planBound(generated: readonly VendorGenerated[], profiles: Profiles, pace: Pace): Bound {
  return combine(
    generated.map((v) => {
      const p = profileOf(profiles, v.vendor);
      const requests = p.authRequests + accountReads(p.read, v.accountSize, v.managed);
      return { vendor: v.vendor, requests, seconds: seconds(requests, pace) };
    }),
  );
}

export function applyBound(generated: readonly VendorGenerated[], profiles: Profiles, pace: Pace): Bound {
  return combine(
    generated.map((v) => {
      const p = profileOf(profiles, v.vendor);
      const reads = someReads(p.read, v.accountSize, v.drifted);
      const requests = v.drifted === 0 ? 0 : p.authRequests + reads + v.drifted + reads;
      return { vendor: v.vendor, requests, seconds: seconds(requests, pace) };
    }),
  );
}
