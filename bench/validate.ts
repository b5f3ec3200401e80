/**
 * The validate figure of `npm run bench`: `campaignctl validate` on the generated project beside
 * a baseline the bench runs in the same run (validate-baseline.js: read every file, `yaml` parse,
 * Ajv validate, one thread), each a child process timed the same way, in alternating order, the
 * median of several runs each, so that the machine's noise falls on both. Also both on a
 * repository of one file, where campaignctl must not be slower for its threads and fast paths.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './measure.js';
import { REPO } from './template.js';

/** The targets of issue 14 for validate. */
export const VALIDATE_TARGETS = { ratio: 0.5, seconds: 1.0 } as const;

export interface Timed {
  /** Median wall time of the runs, seconds. */
  readonly seconds: number;
  readonly runs: readonly number[];
  /** Of the median run. */
  readonly peakRssMB: number;
  readonly cpuSeconds?: number;
}

export interface ValidateFigure {
  readonly files: number;
  readonly baseline: Timed;
  readonly validate: Timed;
  /** validate / baseline, medians. */
  readonly ratio: number;
  readonly oneFile: { readonly baseline: Timed; readonly validate: Timed };
  /** 1, 5 and 15 minute load averages before and after the runs. */
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  readonly cpus: number;
}

const BASELINE = path.join(REPO, 'bench', 'validate-baseline.js');

function firstYaml(dir: string): string {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return firstYaml(full);
    if (e.name.endsWith('.yaml')) return full;
  }
  throw new Error(`no YAML file in ${dir}`);
}

/** Runs the pair `runs` times (after one untimed run each, to warm the file cache), alternating which goes first. */
async function pair(dir: string, folder: string, files: number, entry: string, runs: number): Promise<{ baseline: Timed; validate: Timed }> {
  const out = path.join(dir, 'validate-bench.out');
  const baseline = async () => {
    const r = await runCli([folder, path.join(REPO, 'schemas')], { cwd: dir, env: {}, entry: BASELINE, stdoutFile: out });
    if (r.status !== 0) throw new Error(`the validate baseline failed (exit ${r.status}):\n${r.stderr}`);
    return r;
  };
  const validate = async () => {
    const r = await runCli(['validate', folder], { cwd: dir, env: {}, entry, stdoutFile: out });
    if (r.status !== 0) throw new Error(`campaignctl validate failed (exit ${r.status}) on the ${files} generated files:\n${r.stderr}`);
    return r;
  };
  await baseline();
  await validate();
  const b: Awaited<ReturnType<typeof baseline>>[] = [];
  const v: Awaited<ReturnType<typeof validate>>[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      b.push(await baseline());
      v.push(await validate());
    } else {
      v.push(await validate());
      b.push(await baseline());
    }
  }
  return { baseline: median(b), validate: median(v) };
}

function median(runs: readonly { wallMs: number; peakRssMB: number; cpuSeconds?: number }[]): Timed {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return {
    seconds: mid.wallMs / 1000,
    runs: runs.map((r) => r.wallMs / 1000),
    peakRssMB: mid.peakRssMB,
    ...(mid.cpuSeconds !== undefined ? { cpuSeconds: mid.cpuSeconds } : {}),
  };
}

/** Measures validate in the generated project `dir` (campaigns/ and campaignctl.yaml written). */
export async function measureValidate(dir: string, files: number, entry: string, runs: number): Promise<ValidateFigure> {
  const loadBefore = os.loadavg();
  const all = await pair(dir, 'campaigns', files, entry, runs);
  const one = path.join(dir, 'one-file');
  mkdirSync(one, { recursive: true });
  const sample = firstYaml(path.join(dir, 'campaigns'));
  copyFileSync(sample, path.join(one, path.basename(sample)));
  const oneFile = await pair(dir, 'one-file', 1, entry, runs);
  return {
    files,
    ...all,
    ratio: all.validate.seconds / all.baseline.seconds,
    oneFile,
    loadBefore,
    loadAfter: os.loadavg(),
    cpus: os.availableParallelism(),
  };
}

export function renderValidate(f: ValidateFigure): string {
  const s = (t: Timed) =>
    `${t.seconds.toFixed(2)} s (median of ${t.runs.map((r) => r.toFixed(2)).join(', ')}; peak RSS ${t.peakRssMB.toFixed(0)} MB${t.cpuSeconds !== undefined ? `, CPU ${t.cpuSeconds.toFixed(2)} s` : ''})`;
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    '',
    `validate, ${f.files.toLocaleString('en-US')} files, ${f.cpus} cores (load average ${load(f.loadBefore)} before, ${load(f.loadAfter)} after)`,
    `  baseline (read, yaml parse, Ajv validate, 1 thread)  ${s(f.baseline)}`,
    `  campaignctl validate                                 ${s(f.validate)}`,
    `  ratio ${f.ratio.toFixed(2)}: target ≤ ${VALIDATE_TARGETS.ratio} ${met(f.ratio <= VALIDATE_TARGETS.ratio)}; ` +
      `under ${VALIDATE_TARGETS.seconds.toFixed(1)} s ${met(f.validate.seconds < VALIDATE_TARGETS.seconds)}`,
    `  one file: baseline ${s(f.oneFile.baseline)}`,
    `            campaignctl validate ${s(f.oneFile.validate)}`,
    '',
  ].join('\n');
}
