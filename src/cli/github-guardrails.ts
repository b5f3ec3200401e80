/**
 * `campaignctl github guardrails`: sets the commit status `campaigns/guardrails` on a pull
 * request's head commit from its plan and its reviews (github/guardrail-status.ts). The plan
 * workflow runs it after each plan (`--plan FILE`, the plan just made); on a review (submitted or
 * dismissed) it runs without --plan and reads the plan the plan workflow saved for the head
 * commit, so that approving needs no new plan. No saved plan yet (the plan still runs, or failed):
 * nothing is set, and the plan workflow sets the status when it ends.
 */
import type { Plan } from '../engine/plan-model.js';
import { parsePlanText } from '../engine/plan-file.js';
import { readGithubContext, readGithubToken } from '../github/context.js';
import { readPullRequest } from '../github/event.js';
import { guardrailStatus } from '../github/guardrail-status.js';
import { planApproval } from '../github/plan-approval.js';
import { DEFAULT_ARTIFACT_PREFIX, fetchPlanArtifact, planArtifactName } from '../github/plan-artifact.js';
import { fromRoot, repositoryRoot } from '../github/repo-path.js';
import { GithubApiError } from '../github/rest-client.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { githubClient, guarded, loadPlan, UsageError } from './github-common.js';
import type { CliIO } from './io.js';

export interface GithubGuardrailsOptions {
  /** The plan just made; without it, the plan saved for the head commit. */
  readonly plan?: string;
  readonly pr?: number;
  /** The head commit (default: the event's `pull_request.head.sha`). */
  readonly sha?: string;
  /** The commit whose configuration names the approvers (default: the event's `pull_request.base.sha`). */
  readonly baseSha?: string;
  readonly config?: string;
  readonly artifactPrefix?: string;
}

/** Exit: 0 the status was set (whatever it says), or there is no saved plan to judge yet; 1 anything else. */
export async function runGithubGuardrails(io: CliIO, opts: GithubGuardrailsOptions): Promise<number> {
  return guarded(io, 'guardrails', async () => {
    const ctx = readGithubContext(io.env);
    const token = readGithubToken(io.env);
    const event = opts.pr !== undefined && opts.sha !== undefined ? undefined : await readPullRequest(ctx.eventPath);
    const pr = opts.pr ?? event!.number;
    const headSha = opts.sha ?? event?.headSha;
    if (!headSha || !/^[0-9a-f]{40}$/i.test(headSha)) throw new UsageError('no head commit to set the status on: pass --sha (a full commit id), or run on a pull_request or pull_request_review event');
    const baseSha = opts.baseSha ?? event?.baseSha;
    const client = githubClient(io, ctx, token);
    try {
      let plan: Plan | undefined;
      if (opts.plan !== undefined) {
        plan = await loadPlan(io, opts.plan);
        if (!plan) return 1;
      } else {
        const name = planArtifactName(opts.artifactPrefix ?? DEFAULT_ARTIFACT_PREFIX, pr, headSha);
        const found = await fetchPlanArtifact(client, name);
        if (found.kind !== 'found') {
          io.stdout.write(`No plan of #${pr} at ${headSha.slice(0, 7)} is saved${found.kind === 'expired' ? ' any more' : ' yet'} (artifact ${name}): the status is left to the plan workflow.\n`);
          return 0;
        }
        const parsed = parsePlanText(found.bytes, `${name}/${found.file}`);
        if (!parsed.plan) {
          io.stderr.write(renderDiagnosticsText(parsed.diagnostics, undefined, false));
          throw new GithubApiError(`the artifact ${name} holds no plan this campaignctl reads`);
        }
        plan = parsed.plan;
      }
      if (plan.shard) {
        io.stdout.write(`The plan of shard ${plan.shard.index}/${plan.shard.count}: the merged plan sets the status.\n`);
        return 0;
      }
      const root = await repositoryRoot(io.cwd, io.env);
      const configPath = fromRoot(root, io.cwd, opts.config ?? DEFAULT_CONFIG_FILE);
      const approval = await planApproval(client, {
        plan,
        pr,
        headSha,
        ...(configPath && baseSha ? { config: { path: configPath, ref: baseSha } } : {}),
        log: (line) => io.stderr.write(`${line}\n`),
      });
      const status = guardrailStatus({
        guarded: approval.guarded,
        verdict: approval.verdict,
        approvers: approval.approvers.length,
        headSha,
        ...(ctx.runUrl ? { targetUrl: ctx.runUrl } : {}),
      });
      await client.createCommitStatus(headSha, status);
      io.stdout.write(`Set ${status.context} on ${headSha.slice(0, 7)} (#${pr}): ${status.state}: ${status.description}\n`);
      for (const a of approval.guarded) io.stderr.write(`needs approval: ${a.address}: ${a.guardrails.map((g) => `${g.rule}: ${g.message}`).join('; ')}\n`);
      for (const r of approval.verdict.notCounted) io.stderr.write(`  @${r.login}: ${r.reason}\n`);
      return 0;
    } finally {
      await client.close();
    }
  });
}
