/**
 * The contract every provider keeps, run for each entry of the registry: what a new vendor must
 * pass, and where a new capability adds its case once for all of them.
 *
 * Each fake says in its harness (src/sandbox/<vendor>/harness.ts) what its vendor's error body
 * looks like, how to read a campaign by id, and which field of which seeded campaign a user may
 * change; the example account comes from campaignctl.yaml, the examples from campaigns/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseRateLimitHeaders } from '../../src/http/rate-limit-headers.js';
import { registry, type RegistryEntry } from '../../src/providers/registry.js';
import { runCli } from '../helpers/cli.js';
import { e2e, type E2E } from '../helpers/e2e.js';
import { startTestSandbox } from '../helpers/sandbox.js';
import { contracted, exampleAccount, exampleFiles, goodHeaders, probe, REPO } from './kit.js';

/** A project on a sandbox serving this provider's fake alone, with its example account. */
async function accountOnSandbox(entry: RegistryEntry): Promise<E2E> {
  const { fake } = await contracted(entry);
  const account = exampleAccount(entry.provider.name);
  return e2e({ vendor: entry.provider.name, account: account.name, accountOptions: account.options, files: {}, sandbox: { fakes: [fake] } });
}

/** `wrote <file>  <address>` lines of import: the files written. */
function written(stdout: string): string[] {
  return [...stdout.matchAll(/^(?:wrote|overwrote) (\S+) {2}\S+$/gm)].map((m) => m[1]!);
}

describe.each(registry.map((entry) => [entry.provider.name, entry] as const))('%s', (name, entry) => {
  it('has example campaigns under campaigns/, and they validate', async () => {
    const files = exampleFiles(name);
    expect(files, `no example campaign of ${name} under campaigns/`).not.toEqual([]);
    const r = await runCli(['validate', ...files], { cwd: REPO });
    expect(r.stdout + r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  it('imports every campaign of an account, and the next plan shows no change', async () => {
    const t = await accountOnSandbox(entry);
    try {
      const imported = await t.run(['import', '--account', exampleAccount(name).name, '--all']);
      expect(imported.status, imported.stderr).toBe(0);
      const files = written(imported.stdout);
      expect(files.length).toBeGreaterThan(0);
      const { plan, status } = await t.plan(['--detailed-exitcode']);
      expect(plan.actions.filter((a) => a.action !== 'no_change')).toEqual([]);
      expect(plan.actions).toHaveLength(files.length);
      expect(status).toBe(0);
    } finally {
      await t.close();
    }
  });

  describe('answers as its vendor does', () => {
    it('reads a seeded campaign with good credentials (the probes below ask the right place)', async () => {
      const { fake, probes, isError } = await contracted(entry);
      const sb = await startTestSandbox({ fakes: [fake] });
      try {
        const account = exampleAccount(name);
        const answer = await probe(sb, name, probes.readCampaign(probes.knownId, account.options), await goodHeaders(entry, sb, account));
        expect(answer.status).toBe(200);
        expect(isError(answer.body), 'a success body must not match the error schema').toBe(false);
      } finally {
        await sb.stop();
      }
    });

    it('refuses missing credentials: 401, in its error format', async () => {
      const { fake, probes, isError } = await contracted(entry);
      const sb = await startTestSandbox({ fakes: [fake] });
      try {
        const answer = await probe(sb, name, probes.readCampaign(probes.knownId, exampleAccount(name).options));
        expect(answer.status).toBe(401);
        expect(isError(answer.body), JSON.stringify(isError.errors)).toBe(true);
      } finally {
        await sb.stop();
      }
    });

    it('answers an unknown campaign id: 404, in its error format', async () => {
      const { fake, probes, isError } = await contracted(entry);
      const sb = await startTestSandbox({ fakes: [fake] });
      try {
        const account = exampleAccount(name);
        const answer = await probe(sb, name, probes.readCampaign(probes.unknownId, account.options), await goodHeaders(entry, sb, account));
        expect(answer.status).toBe(404);
        expect(isError(answer.body), JSON.stringify(isError.errors)).toBe(true);
      } finally {
        await sb.stop();
      }
    });

    it('answers over its rate limit: 429, in its error format, saying when to retry in headers campaignctl reads', async () => {
      const { fake, probes, isError } = await contracted(entry);
      const sb = await startTestSandbox({ fakes: [fake], rateLimit: 1 });
      try {
        const request = probes.readCampaign(probes.knownId, exampleAccount(name).options);
        await probe(sb, name, request);
        const answer = await probe(sb, name, request);
        expect(answer.status).toBe(429);
        expect(isError(answer.body), JSON.stringify(isError.errors)).toBe(true);
        const signal = parseRateLimitHeaders(answer.headers);
        expect(signal.retryAfterMs ?? signal.resetInMs, JSON.stringify(answer.headers)).toBeGreaterThanOrEqual(0);
      } finally {
        await sb.stop();
      }
    });

    it('answers server faults: 500, 502 and 503, in its error format', async () => {
      const { fake, probes, isError } = await contracted(entry);
      const sb = await startTestSandbox({ fakes: [fake], failRate: 1 });
      try {
        const request = probes.readCampaign(probes.knownId, exampleAccount(name).options);
        const statuses = new Set<number>();
        for (let i = 0; i < 12; i++) {
          const answer = await probe(sb, name, request);
          statuses.add(answer.status);
          expect(isError(answer.body), `${answer.status}: ${JSON.stringify(isError.errors)}`).toBe(true);
        }
        expect([...statuses].sort()).toEqual([500, 502, 503]);
      } finally {
        await sb.stop();
      }
    });
  });

  it('carries a changed field through plan and apply, and then plans no change', async () => {
    const { probes } = await contracted(entry);
    const { id, field, value } = probes.change;
    const t = await accountOnSandbox(entry);
    try {
      const imported = await t.run(['import', '--account', exampleAccount(name).name, '--id', id]);
      expect(imported.status, imported.stderr).toBe(0);
      const [file] = written(imported.stdout);
      const full = path.join(t.project.dir, file!);
      const doc = parseAllDocuments(readFileSync(full, 'utf8'))[0]!;
      const before: unknown = doc.getIn(['spec', field]);
      expect(before, `the imported spec of ${id} has no \`${field}\``).toBeDefined();
      expect(before).not.toEqual(value);
      doc.setIn(['spec', field], value);
      writeFileSync(full, doc.toString());

      const planned = await t.plan(['--out', 'plan.json']);
      expect(planned.plan.summary).toMatchObject({ update: 1, error: 0 });
      const update = planned.plan.actions.find((a) => a.action === 'update')!;
      expect(update.id).toBe(id);
      // Beside it, only what the vendor's write clears of the fields the document does not manage.
      expect(update.changes.filter((c) => !c.clears)).toEqual([expect.objectContaining({ path: field, before, after: value })]);
      for (const c of update.changes.filter((x) => x.clears)) expect(doc.getIn(['spec', ...c.path.split('.')])).toBeUndefined();

      const applied = await t.run(['apply', 'plan.json']);
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      expect(t.writes().length).toBeGreaterThan(0);

      const again = await t.plan(['--detailed-exitcode']);
      expect(again.plan.actions.map((a) => a.action)).toEqual(['no_change']);
      expect(again.status).toBe(0);
    } finally {
      await t.close();
    }
  });
});
