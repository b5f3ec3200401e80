/**
 * The benchmark's result as data, the targets it is judged by, and the text report: each figure
 * beside its lower bound, the ratio measured / bound being the headline.
 */
import type { Bound } from './bounds.js';
import type { VendorGenerated } from './generate.js';
import type { VendorCounts } from './measure.js';

export interface PhaseResult {
  readonly command: string;
  readonly status: number;
  readonly wallSeconds: number;
  readonly peakRssMB: number;
  /** CPU seconds of the campaignctl process. */
  readonly cpuSeconds?: number;
  /** CPU seconds the sandbox spent answering during the phase (it shares the machine's cores). */
  readonly sandboxCpuSeconds: number;
  readonly requests: Readonly<Record<string, VendorCounts>>;
  /** Seconds from the start of the process to the first request any vendor received (when the sandbox says). */
  readonly firstRequestSeconds?: number;
  /** Seconds each account spent per step, from campaignctl's progress lines (`<account>: read N campaigns in Ss`). */
  readonly steps: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly bound?: Bound;
}

/** The longest an account spent talking to its vendor (its steps run one after the other). */
export function networkSeconds(p: PhaseResult): number {
  return Math.max(0, ...Object.values(p.steps).map((s) => Object.values(s).reduce((a, b) => a + b, 0)));
}

export interface BenchOptions {
  readonly campaigns: number;
  readonly driftPercent: number;
  readonly latencyMs: number;
  readonly rateLimit: number;
  readonly docsPerFile: number;
  readonly concurrency: number;
}

export interface Target {
  readonly figure: string;
  readonly measured: number;
  readonly bound?: number;
  readonly ratio?: number;
  readonly target: string;
  readonly met: boolean;
  /** A correctness target (counts that must match exactly), not a time or memory one. */
  readonly exact?: boolean;
}

export interface BenchResult {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly memory: string;
    readonly node: string;
    readonly os: string;
    /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
    readonly loadBefore: readonly number[];
  };
  readonly options: BenchOptions;
  readonly generated: { readonly seconds: number; readonly files: number; readonly vendors: readonly VendorGenerated[] };
  readonly plan: PhaseResult & { readonly summary: Readonly<Record<string, number>> };
  readonly apply: PhaseResult & { readonly tally: Readonly<Record<string, number>> };
  /** apply --auto-approve once everything converged: a full plan, then nothing to write. */
  readonly noop: PhaseResult & { readonly tally: Readonly<Record<string, number>> };
  readonly targets: readonly Target[];
}

const sum = (r: Readonly<Record<string, VendorCounts>>, key: keyof VendorCounts) => Object.values(r).reduce((n, c) => n + c[key], 0);

/** The targets of issue "Scale and resilience, measured", those that apply to this run. */
export function judge(r: Omit<BenchResult, 'targets'>, reference?: ReferenceRun): Target[] {
  const o = r.options;
  const changed = r.generated.vendors.reduce((n, v) => n + v.drifted, 0);
  const targets: Target[] = [];
  if (o.rateLimit > 0 && r.plan.bound) {
    const ratio = r.plan.wallSeconds / r.plan.bound.seconds;
    targets.push({ figure: 'plan wall time (s)', measured: r.plan.wallSeconds, bound: r.plan.bound.seconds, ratio, target: '≤ 1.15 × bound', met: ratio <= 1.15 });
  }
  targets.push({ figure: 'planned updates', measured: r.plan.summary.update ?? 0, bound: changed, ratio: ratio(r.plan.summary.update ?? 0, changed), target: '= drifted campaigns', exact: true, met: (r.plan.summary.update ?? 0) === changed && (r.plan.summary.error ?? 0) === 0 });
  const writes = sum(r.apply.requests, 'writes');
  targets.push({ figure: 'apply writes', measured: writes, bound: changed, ratio: ratio(writes, changed), target: '= changed campaigns', exact: true, met: writes === changed && (r.apply.tally.applied ?? 0) === changed });
  const noopWrites = sum(r.noop.requests, 'writes');
  targets.push({ figure: 'writes when nothing changed', measured: noopWrites, bound: 0, target: '= 0', exact: true, met: noopWrites === 0 && (r.noop.tally.unchanged ?? 0) === o.campaigns });
  if (o.latencyMs === 0 && o.rateLimit === 0 && o.campaigns === 10_000) {
    const first = r.plan.firstRequestSeconds;
    if (first !== undefined) targets.push({ figure: 'plan first request, no latency (s)', measured: first, target: '≤ 1.0 s', met: first <= 1 });
    targets.push({ figure: 'plan wall time, no latency (s)', measured: r.plan.wallSeconds, target: '< 2 s', met: r.plan.wallSeconds < 2 });
    targets.push({ figure: 'plan peak RSS (MB)', measured: r.plan.peakRssMB, target: '< 200 MB', met: r.plan.peakRssMB < 200 });
  }
  if (o.campaigns >= 100_000) {
    targets.push({ figure: 'plan peak RSS (MB)', measured: r.plan.peakRssMB, target: '< 600 MB', met: r.plan.peakRssMB < 600 });
    targets.push({ figure: 'apply of the saved plan, peak RSS (MB)', measured: r.apply.peakRssMB, target: '< 600 MB', met: r.apply.peakRssMB < 600 });
  }
  const ref = reference;
  if (ref && ref.options.campaigns < o.campaigns && ref.options.latencyMs === o.latencyMs && ref.options.rateLimit === o.rateLimit) {
    // Linear: the plan takes the reference's time scaled by the campaigns, within a tenth either way.
    const scale = o.campaigns / ref.options.campaigns;
    const expected = ref.plan.wallSeconds * scale;
    const ratio = r.plan.wallSeconds / expected;
    targets.push({ figure: `plan wall time against ${ref.options.campaigns} campaigns × ${scale} (s)`, measured: r.plan.wallSeconds, bound: expected, ratio, target: 'linear (ratio ≤ 1.1)', met: ratio <= 1.1 });
  }
  return targets;
}

/** An earlier run's `--json` result, for `--compare`: its options and plan figures are what this run is judged against. */
export type ReferenceRun = Pick<BenchResult, 'options' | 'plan' | 'machine'>;

function ratio(measured: number, bound: number): number | undefined {
  return bound > 0 ? measured / bound : undefined;
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(digits));

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function phaseRows(name: string, p: PhaseResult): string[][] {
  return Object.entries(p.requests)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([vendor, c]) => {
      const b = p.bound?.vendors.find((v) => v.vendor === vendor);
      const sent = c.reads + c.writes + c.auth;
      return [name, vendor, String(c.reads), String(c.writes), String(c.auth), String(c.rejected), String(sent), b ? String(b.requests) : '—', b ? fmt(sent / Math.max(1, b.requests)) : '—', b ? fmt(b.seconds, 1) : '—'];
    });
}

export function renderText(r: BenchResult): string {
  const o = r.options;
  const out: string[] = [];
  out.push(
    `campaignctl bench — ${r.date}`,
    `machine: ${r.machine.cpus} CPUs, ${r.machine.memory}, node ${r.machine.node}, ${r.machine.os}; load average before the run ${r.machine.loadBefore.map((n) => n.toFixed(2)).join(' ')}`,
    `campaigns ${o.campaigns} (${r.generated.files} files, ${o.docsPerFile} per file), drift ${o.driftPercent}%, latency ${o.latencyMs} ms, ` +
      `rate limit ${o.rateLimit > 0 ? `${o.rateLimit}/s per vendor` : 'none'}, concurrency ${o.concurrency} per account (default); generated in ${fmt(r.generated.seconds, 1)} s`,
    '',
  );
  const phase = (name: string, p: PhaseResult) =>
    `${name.padEnd(6)} ${fmt(p.wallSeconds, 2).padStart(8)} s   bound ${p.bound ? `${fmt(p.bound.seconds, 2)} s (${p.bound.decidedBy})` : '—'}` +
    `   ratio ${p.bound && p.bound.seconds > 0 ? fmt(p.wallSeconds / p.bound.seconds, 3) : '—'}` +
    `\n         first request after ${fmt(p.firstRequestSeconds, 1)} s; slowest account's vendor I/O ${fmt(networkSeconds(p), 1)} s; ` +
    `CPU: campaignctl ${fmt(p.cpuSeconds, 1)} s, sandbox ${fmt(p.sandboxCpuSeconds, 1)} s; peak RSS ${fmt(p.peakRssMB, 0)} MB; exit ${p.status}; ${p.command}`;
  out.push(phase('plan', r.plan), phase('apply', r.apply), phase('noop', r.noop), '');
  out.push(
    `plan summary: ${Object.entries(r.plan.summary).map(([k, v]) => `${k} ${v}`).join(', ')}; apply: ${Object.entries(r.apply.tally).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
      `noop apply: ${Object.entries(r.noop.tally).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
  );
  out.push(
    table(
      ['phase', 'vendor', 'reads', 'writes', 'auth', '429s', 'sent', 'bound', 'sent/bound', 'bound s'],
      [...phaseRows('plan', r.plan), ...phaseRows('apply', r.apply), ...phaseRows('noop', r.noop)],
    ),
    '',
  );
  out.push(
    table(
      ['figure', 'measured', 'bound', 'ratio', 'target', 'met?'],
      r.targets.map((t) => [t.figure, fmt(t.measured), fmt(t.bound), fmt(t.ratio, 3), t.target, t.met ? 'yes' : 'NO']),
    ),
  );
  return `${out.join('\n')}\n`;
}
