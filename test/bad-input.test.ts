/**
 * The bad-input corpus (test/corpus/cases.yaml): every malformed campaign file, configuration,
 * saved plan and environment is run through the CLI in-process against a sandbox on a free port
 * to which the project's accounts point. Each must end in exit 1 with `path:line:col:`, a message
 * and a hint, no stack trace, and not one request at the sandbox.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { credentialEnvName } from '../src/config/credential-env.js';
import { parsePlanText } from '../src/engine/plan-file.js';
import { registry } from '../src/providers/registry.js';
import type { Sandbox } from '../src/sandbox/server.js';
import { tempProject, type CliRun, type Project } from './helpers/cli.js';
import { startTestSandbox } from './helpers/sandbox.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.join(import.meta.dirname, 'corpus');

interface Case {
  readonly name: string;
  readonly file?: string;
  readonly as?: string;
  readonly remove?: readonly string[];
  readonly env?: Readonly<Record<string, string | null>>;
  readonly at: string;
  readonly message: string;
  readonly hint: string;
  readonly absent?: readonly string[];
}

const cases = (parse(readFileSync(path.join(corpus, 'cases.yaml'), 'utf8')) as { cases: Case[] }).cases;
const category = (c: Case) => c.name.split('/')[0]!;

/** The corpus's accounts (base/campaignctl.yaml): account name → its settings. */
const baseAccounts = (parse(readFileSync(path.join(corpus, 'base/campaignctl.yaml'), 'utf8').replaceAll('{{SANDBOX}}', 'http://127.0.0.1')) as {
  accounts: Record<string, { provider: string }>;
}).accounts;

/** Recognisable credential values for the real-style accounts of base/campaignctl.yaml, one per registered provider. */
const ENV: Readonly<Record<string, string>> = Object.fromEntries(
  registry.flatMap(({ provider }) => provider.credentialKeys.map((key) => [credentialEnvName(provider.name, key), `corpus-${provider.name}-${key}-7f3a`])),
);

let sb: Sandbox;

beforeAll(async () => {
  sb = await startTestSandbox();
});

afterAll(async () => {
  await sb.stop();
});

/** The starting project: base/campaignctl.yaml pointing at the sandbox, and the example campaigns. */
function baseProject(): Project {
  const config = readFileSync(path.join(corpus, 'base/campaignctl.yaml'), 'utf8').replaceAll('{{SANDBOX}}', sb.url);
  const project = tempProject({}, config);
  cpSync(path.join(root, 'campaigns'), path.join(project.dir, 'campaigns'), { recursive: true });
  return project;
}

function defaultTarget(c: Case): string {
  switch (category(c)) {
    case 'campaign':
      return `campaigns/corpus/${path.basename(c.file!)}`;
    case 'config':
      return 'campaignctl.yaml';
    default:
      return 'plan.json';
  }
}

function caseProject(c: Case): Project {
  const project = baseProject();
  for (const f of c.remove ?? []) rmSync(path.join(project.dir, f), { force: true });
  if (c.file) {
    const bytes = readFileSync(path.join(corpus, c.file));
    // Text inputs may name the sandbox; binary ones (not UTF-8) are written as they are.
    const text = bytes.toString('utf8');
    project.write(c.as ?? defaultTarget(c), Buffer.from(text, 'utf8').equals(bytes) ? text.replaceAll('{{SANDBOX}}', sb.url) : bytes);
  }
  return project;
}

function caseEnv(c: Case): Record<string, string> {
  const env: Record<string, string> = { ...ENV };
  for (const [k, v] of Object.entries(c.env ?? {})) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** The commands a case runs: everything that reads the input it breaks. */
function commandsFor(c: Case): string[][] {
  switch (category(c)) {
    case 'plan':
      return [['apply', 'plan.json'], ['apply', 'plan.json', '--format', 'json']];
    case 'env':
      return [['plan'], ['plan', '--format', 'json', '--out', 'out.json'], ['apply', '--auto-approve']];
    default:
      return [['validate'], ['plan'], ['plan', '--format', 'json', '--out', 'out.json'], ['apply', '--auto-approve']];
  }
}

function expectRefused(c: Case, args: readonly string[], r: CliRun): void {
  const what = `${c.name}: campaignctl ${args.join(' ')} (exit ${r.status})\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
  const output = `${r.stdout}\n${r.stderr}`;
  expect(r.status, what).toBe(1);
  expect(output, what).not.toMatch(/\n\s+at /);
  expect(output, what).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/);
  const lines = output.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${c.at}: `));
  expect(i, `${what}\nexpected an error at ${c.at}`).toBeGreaterThanOrEqual(0);
  expect(lines[i], what).toMatch(new RegExp(`^${escapeRegExp(c.at)}: error: .*${c.message}`));
  expect(lines[i + 1] ?? '', `${what}\nexpected a hint under the error`).toMatch(new RegExp(`^  hint: .*${c.hint}`));
  for (const secret of c.absent ?? []) expect(output, `${what}\nshows ${secret}`).not.toContain(secret);
  // With --format json stdout holds the JSON document alone: on refusal, nothing.
  if (args.includes('json') && !args.includes('validate')) expect(r.stdout, what).toBe('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the bad-input corpus', () => {
  it('holds at least 40 cases, each with a position, a message and a hint', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const names = new Set<string>();
    for (const c of cases) {
      expect(names.has(c.name), `${c.name} appears twice`).toBe(false);
      names.add(c.name);
      expect(['campaign', 'config', 'plan', 'env']).toContain(category(c));
      expect(c.at, c.name).toMatch(/^[^:]+:\d+:\d+$/);
      expect(c.message, c.name).toBeTruthy();
      expect(c.hint, c.name).toBeTruthy();
    }
    for (const cat of ['campaign', 'config', 'plan', 'env']) expect(cases.filter((c) => category(c) === cat).length).toBeGreaterThanOrEqual(4);
    // Every data file is a case, and every case's file exists.
    const files = ['campaign', 'config', 'plan'].flatMap((dir) => readdirSync(path.join(corpus, dir)).map((f) => `${dir}/${f}`));
    expect(files.sort()).toEqual(cases.flatMap((c) => (c.file ? [c.file] : [])).sort());
  });

  it('starts from a project that plans and applies: the harness sees requests when there are any', async () => {
    const project = baseProject();
    try {
      sb.clearRequests();
      const planned = await project.run(['plan', '--out', 'plan.json'], { env: ENV });
      expect(planned.status, planned.stderr).toBe(0);
      expect(sb.requests().length).toBeGreaterThan(0);
      const validated = await project.run(['validate'], { env: ENV });
      expect(validated.status, validated.stdout).toBe(0);
    } finally {
      project.remove();
    }
  });

  for (const c of cases) {
    it(c.name, async () => {
      const project = caseProject(c);
      try {
        for (const args of commandsFor(c)) {
          sb.clearRequests();
          const r = await project.run(args, { env: caseEnv(c) });
          expectRefused(c, args, r);
          expect(sb.requests(), `${c.name}: campaignctl ${args.join(' ')} reached the sandbox`).toEqual([]);
        }
        if (category(c) === 'env') {
          // validate needs no credentials: the same project is valid.
          const r = await project.run(['validate'], { env: caseEnv(c) });
          expect(r.status, r.stdout).toBe(0);
        }
      } finally {
        project.remove();
      }
    });
  }
});

describe('faults together', () => {
  it('validate reports every broken campaign file of the corpus in one run: one fault never hides another', async () => {
    const project = baseProject();
    try {
      const broken = cases.filter((c) => category(c) === 'campaign');
      for (const c of broken) project.write(c.as ?? defaultTarget(c), readFileSync(path.join(corpus, c.file!)));
      const r = await project.run(['validate'], { env: ENV });
      expect(r.status).toBe(1);
      const lines = r.stdout.split('\n');
      for (const c of broken) {
        expect(lines.some((l) => l.startsWith(`${c.at}: `) && new RegExp(c.message).test(l)), `${c.name} at ${c.at}\n${r.stdout}`).toBe(true);
      }
      // The example campaigns themselves stay clean.
      expect(r.stdout).not.toMatch(/^campaigns\/(?!corpus\/|topsort\/(zz-duplicate-address|coffee-autobidding-roas)\.yaml)/m);
    } finally {
      project.remove();
    }
  });

  it('a saved plan edited by hand: what breaks the schema is refused before any request; the plan as saved applies', async () => {
    const project = baseProject();
    try {
      const saved = await project.run(['plan', '--out', 'plan.json', '--target', 'topsort/marketplace-eu'], { env: ENV });
      expect(saved.status, saved.stderr).toBe(0);
      const text = readFileSync(path.join(project.dir, 'plan.json'), 'utf8');
      const plan = JSON.parse(text) as { actions: { action: string; desired: Record<string, unknown>; changes: { path: string }[] }[] };
      const update = plan.actions.find((a) => a.action === 'update' && 'budget' in a.desired)!;
      // Out of range, an unknown field, and a change to send that `desired` does not hold.
      for (const edit of [
        (a: typeof update) => (a.desired.budget = { amount: 0, type: 'daily' }),
        (a: typeof update) => (a.desired.walletId = 'w-1'),
        (a: typeof update) => a.changes.push({ path: 'vendorId', before: null, after: 'v-1' } as never),
      ]) {
        const edited = structuredClone(plan);
        edit(edited.actions[plan.actions.indexOf(update)]!);
        project.write('edited.json', `${JSON.stringify(edited, null, 2)}\n`);
        sb.clearRequests();
        const r = await project.run(['apply', 'edited.json'], { env: ENV });
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toMatch(/^edited\.json:\d+:\d+: error: topsort\/marketplace-eu\/[0-9a-f-]+: .*\n {2}hint: /m);
        expect(sb.requests()).toEqual([]);
      }
      sb.clearRequests();
      const applied = await project.run(['apply', 'plan.json'], { env: ENV });
      expect(applied.status, `${applied.stdout}${applied.stderr}`).toBe(0);
      expect(sb.requests().some((q) => q.method === 'PATCH')).toBe(true);
    } finally {
      project.remove();
    }
  });
});

describe('a campaign file nested thousands of levels deep', () => {
  // Where the parser runs out of stack depends on the stack: the column is not part of the case.
  it('is refused at its line as nested too deeply, not as a syntax error, and nothing is sent', async () => {
    const project = baseProject();
    try {
      const depth = 5_000;
      project.write(
        'campaigns/corpus/deep.yaml',
        [
          'provider: topsort',
          'account: marketplace-eu',
          'id: 5d1e2f3a-0b4c-4d5e-8f60-718293a4b5c6',
          'spec:',
          '  name: Spring sale',
          `  adFormat: ${'['.repeat(depth)}${']'.repeat(depth)}`,
          '',
        ].join('\n'),
      );
      for (const args of [['validate'], ['plan'], ['apply', '--auto-approve']]) {
        sb.clearRequests();
        const r = await project.run(args, { env: ENV });
        const output = `${r.stdout}\n${r.stderr}`;
        expect(r.status, output).toBe(1);
        expect(output).not.toMatch(/\n\s+at |RangeError|call stack|syntax error/i);
        expect(output).toMatch(/^campaigns\/corpus\/deep\.yaml:6:\d+: error: lists and mappings nest too deeply here to be read.*\n {2}hint: flatten the value/m);
        expect(sb.requests()).toEqual([]);
      }
    } finally {
      project.remove();
    }
  });
});

describe('the plan-file reader under mangled input (fast-check)', () => {
  const planFiles = cases.filter((c) => category(c) === 'plan' && c.file).map((c) => readFileSync(path.join(corpus, c.file!)));
  const valid = readFileSync(path.join(corpus, 'base/plan.json'));

  /** As apply reads a plan: against the corpus's accounts, with the vendors' rules judged today. */
  const accounts = new Map(Object.entries(baseAccounts).map(([name, a]) => [name, { provider: a.provider }] as const));

  function expectPlanOrPositioned(bytes: Uint8Array | string): void {
    expectOne(bytes, {});
    expectOne(bytes, { now: new Date('2026-11-23T12:00:00Z'), accounts, configFile: 'campaignctl.yaml' });
  }

  function expectOne(bytes: Uint8Array | string, opts: Parameters<typeof parsePlanText>[2]): void {
    const r = parsePlanText(bytes, 'plan.json', opts);
    const lines = (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('latin1')).split('\n').length;
    if (r.plan) {
      expect(r.diagnostics).toEqual([]);
      expect(r.plan.format_version).toBe(2);
      expect(Array.isArray(r.plan.actions)).toBe(true);
      return;
    }
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.file).toBe('plan.json');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines + 1);
      expect(d.col).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(0);
    }
  }

  it('reads the valid plan the fuzzers start from', () => {
    const r = parsePlanText(valid, 'plan.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.plan!.summary).toEqual({ create: 0, update: 1, retire: 0, delete: 0, forget: 0, no_change: 1, error: 0, needs_approval: 0 });
  });

  const mangled = fc
    .record({
      file: fc.integer({ min: 0, max: planFiles.length }),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom('replace', 'insert', 'delete', 'truncate'),
          byte: fc.constantFrom(0x22, 0x2c, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d, 0x30, 0x31, 0x2d, 0x20, 0x0a, 0x09, 0x5c, 0x26, 0x2a, 0x61, 0xff, 0x00),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ file, edits }) => {
      let bytes = [...(file === planFiles.length ? valid : planFiles[file]!)];
      for (const e of edits) {
        const i = e.at % (bytes.length + 1);
        if (e.kind === 'replace' && i < bytes.length) bytes[i] = e.byte;
        else if (e.kind === 'insert') bytes.splice(i, 0, e.byte);
        else if (e.kind === 'delete' && i < bytes.length) bytes.splice(i, 1);
        else if (e.kind === 'truncate') bytes = bytes.slice(0, i);
      }
      return new Uint8Array(bytes);
    });

  it('never throws on mangled plan files: a plan or positioned diagnostics', () => {
    fc.assert(fc.property(mangled, expectPlanOrPositioned), { numRuns: 400 });
  });

  /** Any JSON value, with the plan's own keys likely, so that deep checks are reached. */
  const planish = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 5 },
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom('update', 'no_change', 'error', 'create', 'retire', 'delete', 'forget', 'topsort/marketplace-eu/new:campaigns/a.yaml', 'topsort', 'marketplace-eu', `sha256:${'ab'.repeat(32)}`, 'topsort/marketplace-eu/1', ''),
      fc.string(),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom('format_version', 'actions', 'address', 'provider', 'account', 'id', 'file', 'line', 'action', 'changes', 'desired', 'live_fingerprint', 'adopt', 'creation_key', 'reason', 'path', 'after', 'before', 'error', 'isActive', 'budget', 'amount', '__proto__', 'x'),
        tie('node'),
        { maxKeys: 6 },
      ),
    ),
  })).node;

  it('never throws on arbitrary JSON, shaped like a plan or not', () => {
    fc.assert(
      fc.property(planish, (v) => expectPlanOrPositioned(`${JSON.stringify(v, null, 2)}\n`)),
      { numRuns: 400 },
    );
  });

  it('never throws on a plan whose actions are arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.array(planish, { maxLength: 4 }), fc.constantFrom(1, 2, '1', null), (actions, version) =>
        expectPlanOrPositioned(`${JSON.stringify({ format_version: version, actions }, null, 2)}\n`),
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text or bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectPlanOrPositioned), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), expectPlanOrPositioned), { numRuns: 300 });
  });
});
