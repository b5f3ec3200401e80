/**
 * `npm run bench [-- OPTIONS]`: how fast campaignctl plans and applies many campaigns against
 * vendors with latency and rate limits, beside the lower bounds those limits set.
 *
 *   --campaigns N      campaigns, spread evenly over the vendors (default 10000)
 *   --drift PCT        share of campaigns edited at the vendor, so plan shows updates (default 10)
 *   --latency MS       sandbox delay before every answer (default 50)
 *   --rate-limit N     requests per second per vendor, 0 for none (default 20)
 *   --docs-per-file N  campaign documents per YAML file (default 1: one file per campaign)
 *   --json             print the result as JSON
 *   --keep             keep the generated project (its path goes to stderr)
 *   --no-build         use dist/ as it is instead of running `npm run build` first
 *   --only validate    only the validate figure (validate.ts): campaignctl validate beside a baseline
 *   --compare FILE     an earlier run's --json output with fewer campaigns: the plan's time is
 *                      judged against it scaled linearly (e.g. 100,000 campaigns against 10,000)
 *
 * Steps: build; converge the example set into templates; generate the project (YAML, sandbox
 * state, last-applied record; the accounts set no rate_limit, so the client must find the pace
 * from the vendors' answers); start the sandbox in its own process; then, each timed as a child
 * process with its peak RSS, and with the sandbox's request log cleared before and counted after:
 *   plan --out plan.json --detailed-exitcode   (as the GitHub Action runs it) must show exactly
 *                            the drifted campaigns as updates
 *   apply plan.json          must write exactly those campaigns, once each
 *   apply --auto-approve     everything converged: a full plan and not a single write
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HTTP_DEFAULTS } from '../src/http/policy.js';
import { applyBound, planBound, type Bound, type Pace } from './bounds.js';
import { generate, writeConfig } from './generate.js';
import { clearRequests, countRequests, requestSpan, runCli, sandboxRequests, startSandboxChild, type SandboxChild, type VendorCounts } from './measure.js';
import { judge, renderText, type BenchOptions, type BenchResult, type PhaseResult, type ReferenceRun } from './report.js';
import { convergedTemplates, REPO, sandboxCredentials } from './template.js';
import { loadProfiles } from './vendors.js';
import { measureValidate, renderValidate } from './validate.js';

/** Topsort documents 45 requests per 2 s (22.5/s); the sandbox counts whole requests per second. */
export const DEFAULT_RATE_LIMIT = 20;

function parseOptions(argv: string[]): BenchOptions & { json: boolean; keep: boolean; build: boolean; onlyValidate: boolean; compare?: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      campaigns: { type: 'string', default: '10000' },
      drift: { type: 'string', default: '10' },
      latency: { type: 'string', default: '50' },
      'rate-limit': { type: 'string', default: String(DEFAULT_RATE_LIMIT) },
      'docs-per-file': { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      compare: { type: 'string' },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max} (got "${raw}")`);
    return n;
  };
  if (values.only !== undefined && values.only !== 'validate') throw new Error(`--only takes \`validate\` (got "${values.only}")`);
  return {
    campaigns: int('campaigns', values.campaigns, 5, 1_000_000),
    driftPercent: int('drift', values.drift, 0, 100),
    latencyMs: int('latency', values.latency, 0, 10_000),
    rateLimit: int('rate-limit', values['rate-limit'], 0, 1_000_000),
    docsPerFile: int('docs-per-file', values['docs-per-file'], 1, 1000),
    concurrency: HTTP_DEFAULTS.concurrency,
    json: values.json,
    keep: values.keep,
    build: !values['no-build'],
    onlyValidate: values.only === 'validate',
    ...(values.compare !== undefined ? { compare: values.compare } : {}),
  };
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Runs of campaignctl validate and of its baseline, each (median taken). */
const VALIDATE_RUNS = { alone: 5, inFullRun: 3 } as const;

function machine(loadBefore: readonly number[]): BenchResult['machine'] {
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
  return { cpus: os.availableParallelism(), memory: gib(os.totalmem()), node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, loadBefore };
}

/** `<account>: read 2000 campaigns in 3.1s` → { account: { read: 3.1 } } */
function stepsOf(stderr: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const m of stderr.matchAll(/^(\S+): (read|wrote|verified) \d+ campaigns? in ([\d.]+)s$/gm)) {
    (out[m[1]!] ??= {})[m[2]!] = Number(m[3]);
  }
  return out;
}

/** An earlier `--json` result (`--compare`). */
function readReference(file: string): ReferenceRun {
  const run = JSON.parse(readFileSync(file, 'utf8')) as Partial<ReferenceRun>;
  if (!run.options || !run.plan || typeof run.plan.wallSeconds !== 'number') throw new Error(`--compare ${file}: not the --json output of npm run bench`);
  return run as ReferenceRun;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const reference = opts.compare === undefined ? undefined : readReference(opts.compare);
  const loadBefore = os.loadavg();
  const entry = path.join(REPO, 'dist', 'cli', 'run.js');
  if (opts.build) {
    log('npm run build');
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) log(`npm run build exited ${b.status}; using what it emitted`);
  }
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);

  log('converging the example set into templates');
  const profiles = await loadProfiles();
  const templates = await convergedTemplates(profiles);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'campaignctl-bench-'));
  let sandbox: SandboxChild | undefined;
  try {
    log(`generating ${opts.campaigns} campaigns (${opts.driftPercent}% drift) in ${dir}`);
    const t0 = performance.now();
    const generated = generate(templates, profiles, { dir, campaigns: opts.campaigns, driftPercent: opts.driftPercent, docsPerFile: opts.docsPerFile });
    const generateSeconds = (performance.now() - t0) / 1000;

    if (opts.onlyValidate) {
      // validate reads no vendor: the endpoints only need to be well-formed.
      writeConfig(generated, (vendor) => `http://127.0.0.1:9/${vendor}`, (vendor) => sandboxCredentials(vendor).yaml);
      log(`validate: campaignctl validate beside the baseline, ${VALIDATE_RUNS.alone} runs each`);
      const figure = await measureValidate(dir, generated.files, entry, VALIDATE_RUNS.alone);
      process.stdout.write(opts.json ? `${JSON.stringify(figure, null, 2)}\n` : renderValidate(figure));
      return;
    }

    sandbox = await startSandboxChild(generated.stateFile, opts.latencyMs, opts.rateLimit);
    const url = sandbox.url;
    const env: Record<string, string> = {};
    for (const v of generated.vendors) Object.assign(env, sandboxCredentials(v.vendor).env);
    writeConfig(generated, (vendor) => `${url}/${vendor}`, (vendor) => sandboxCredentials(vendor).yaml);
    log(`validate: campaignctl validate beside the baseline, ${VALIDATE_RUNS.inFullRun} runs each`);
    const validate = await measureValidate(dir, generated.files, entry, VALIDATE_RUNS.inFullRun);

    const pace: Pace = { rateLimit: opts.rateLimit, latencyMs: opts.latencyMs, concurrency: opts.concurrency };
    const phase = async (args: string[], name: string, bound: Bound | undefined): Promise<PhaseResult & { stdout: string }> => {
      await clearRequests(url);
      log(`${name}: campaignctl ${args.join(' ')}${bound ? ` (bound ${bound.seconds.toFixed(1)} s, ${bound.decidedBy})` : ''}`);
      const sandboxCpu = sandbox!.cpuSeconds();
      const run = await runCli(args, { cwd: dir, env, entry, stdoutFile: path.join(dir, `${name}.out`) });
      const sandboxCpuSeconds = sandbox!.cpuSeconds() - sandboxCpu;
      const served = await sandboxRequests(url);
      const counts = countRequests(served);
      const span = requestSpan(served);
      const requests: Record<string, VendorCounts> = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
      log(`${name}: exit ${run.status} in ${(run.wallMs / 1000).toFixed(2)} s, peak RSS ${run.peakRssMB.toFixed(0)} MB`);
      const stdout = readFileSync(run.stdoutFile, 'utf8');
      if (run.status !== 0 && run.status !== 2) log(`${name} failed; its stderr ends:\n${run.stderr.slice(-4000)}`);
      return {
        command: `campaignctl ${args.join(' ')}`,
        status: run.status,
        wallSeconds: run.wallMs / 1000,
        peakRssMB: run.peakRssMB,
        ...(run.cpuSeconds !== undefined ? { cpuSeconds: run.cpuSeconds } : {}),
        sandboxCpuSeconds,
        requests,
        steps: stepsOf(run.stderr),
        ...(span ? { firstRequestSeconds: (span.first - run.startedAt) / 1000 } : {}),
        ...(bound ? { bound } : {}),
        stdout,
      };
    };
    const parse = (text: string): Record<string, unknown> => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return {};
      }
    };

    // As the GitHub Action runs it: the text plan on stdout, the JSON plan saved for apply.
    const { stdout: _planText, ...plan } = await phase(['plan', '--out', 'plan.json', '--detailed-exitcode'], 'plan', planBound(generated.vendors, profiles, pace));
    const planDoc = parse(existsSync(path.join(dir, 'plan.json')) ? readFileSync(path.join(dir, 'plan.json'), 'utf8') : '');
    const { stdout: applyOut, ...apply } = await phase(['apply', 'plan.json', '--format', 'json'], 'apply', applyBound(generated.vendors, profiles, pace));
    const { stdout: noopOut, ...noop } = await phase(['apply', '--auto-approve', '--format', 'json'], 'noop', planBound(generated.vendors, profiles, pace));

    const partial: Omit<BenchResult, 'targets'> = {
      date: new Date().toISOString(),
      machine: machine(loadBefore),
      options: { campaigns: opts.campaigns, driftPercent: opts.driftPercent, latencyMs: opts.latencyMs, rateLimit: opts.rateLimit, docsPerFile: opts.docsPerFile, concurrency: opts.concurrency },
      generated: { seconds: generateSeconds, files: generated.files, vendors: generated.vendors },
      plan: { ...plan, summary: (planDoc.summary ?? {}) as Record<string, number> },
      apply: { ...apply, tally: (parse(applyOut).tally ?? {}) as Record<string, number> },
      noop: { ...noop, tally: (parse(noopOut).tally ?? {}) as Record<string, number> },
    };
    const result: BenchResult = { ...partial, targets: judge(partial, reference) };
    process.stdout.write(opts.json ? `${JSON.stringify({ ...result, validate }, null, 2)}\n` : renderText(result) + renderValidate(validate));
    // Exit 1 when campaignctl got something wrong (an update missed or doubled, a write when
    // nothing changed); a time or memory target missed is reported, not failed.
    if (result.targets.some((t) => t.exact && !t.met)) process.exitCode = 1;
  } finally {
    await sandbox?.stop();
    if (opts.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
