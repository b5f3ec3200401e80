/**
 * What the `campaignctl github …` commands share: their errors reported as one line (exit 1), the
 * REST client, the plan file, and the links to the run.
 */
import path from 'node:path';
import { readPlanFile } from '../engine/plan-file.js';
import type { Plan } from '../engine/plan-model.js';
import { ApplyResultError } from '../github/apply-result.js';
import { GithubContextError, type GithubContext } from '../github/context.js';
import { GitError } from '../github/git.js';
import { GithubApiError, GithubRestClient } from '../github/rest-client.js';
import { RecordIdsError } from '../github/record-ids.js';
import { ReviewedNotesError } from '../github/reviewed-notes.js';
import type { RunLinks } from '../github/run-links.js';
import { UnmanagedListingError } from '../github/unmanaged.js';
import type { CliIO } from './io.js';
import { failWith } from './workspace.js';

/** A mistake in how the command was called; reported like the runner's own missing variables. */
export class UsageError extends Error {}

/** Runs a command, reporting the errors it expects as `campaignctl github COMMAND: message` and exit 1. */
export async function guarded(io: CliIO, command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (
      err instanceof GithubContextError ||
      err instanceof GithubApiError ||
      err instanceof ApplyResultError ||
      err instanceof UnmanagedListingError ||
      err instanceof RecordIdsError ||
      err instanceof ReviewedNotesError ||
      err instanceof GitError ||
      err instanceof UsageError
    ) {
      io.stderr.write(`campaignctl github ${command}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

export function exactlyOne<K extends string>(opts: Partial<Record<K, unknown>>, keys: readonly K[]): K {
  const given = keys.filter((k) => opts[k] !== undefined);
  const flag = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (given.length !== 1) throw new UsageError(`give exactly one of ${keys.map(flag).join(', ')}${given.length > 1 ? ` (got ${given.map(flag).join(' and ')})` : ''}`);
  const k = given[0]!;
  const v = opts[k];
  if (typeof v === 'string' && v.trim() === '') throw new UsageError(`${flag(k)} must not be empty`);
  return k;
}

export async function loadPlan(io: CliIO, file: string): Promise<Plan | undefined> {
  const { plan, diagnostics } = await readPlanFile(path.resolve(io.cwd, file));
  if (!plan) {
    failWith(io, diagnostics.map((d) => ({ ...d, file: d.file === path.resolve(io.cwd, file) ? file : d.file })));
    return undefined;
  }
  return plan;
}

export function githubClient(io: CliIO, ctx: GithubContext, token: string): GithubRestClient {
  return new GithubRestClient(ctx, token, { log: (line) => io.stderr.write(`${line}\n`) });
}

export function runLinks(ctx: GithubContext, artifactUrl: string | undefined): RunLinks {
  return { ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}), ...artifactOnly(artifactUrl) };
}

export function artifactOnly(artifactUrl: string | undefined): RunLinks {
  if (artifactUrl === undefined || artifactUrl.trim() === '') return {};
  if (!/^https?:\/\/\S+$/.test(artifactUrl.trim())) throw new UsageError(`--artifact-url must be an http(s) URL (got "${artifactUrl}")`);
  return { artifactUrl: artifactUrl.trim() };
}
