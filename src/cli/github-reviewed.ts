/**
 * `campaignctl github reviewed-plan`: before the apply that follows a push to the default branch,
 * the plan to apply, and whether there is one.
 *
 * - The push came from a merged pull request (GitHub's commits/{sha}/pulls: the one whose merge
 *   made the pushed commit): the plan its reviewers saw, the artifact the plan workflow saved for
 *   its last head commit, is downloaded and kept to the campaigns for which it still says what the
 *   files say (engine/plan-holds.ts); those it does not show, or no longer shows as they are, are
 *   named and left alone. The guardrails it tripped are approved when an approver's review says
 *   so (github/plan-approval.ts), and their addresses written to --approve-file. Exit 0.
 * - The push came from no pull request: nothing was reviewed, so apply plans afresh, as it always
 *   did. Exit 2.
 * - The pull request's plan cannot be had (missing, expired, damaged) or the API cannot tell:
 *   nothing is applied, since planning afresh would apply what nobody reviewed. Exit 1, and the
 *   notes say why and what to do, for the summary and the comment on the pull request.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../desired/discover.js';
import { readLastApplied } from '../engine/last-applied.js';
import { planThatHolds } from '../engine/plan-holds.js';
import { writePlanFile } from '../engine/plan-file.js';
import { approvalNames } from '../github/approvals.js';
import { readGithubContext, readGithubToken } from '../github/context.js';
import { readPush } from '../github/event.js';
import { mergedPullOf } from '../github/merged-pull.js';
import { planApproval } from '../github/plan-approval.js';
import { DEFAULT_ARTIFACT_PREFIX, fetchPlanArtifact, planArtifactName } from '../github/plan-artifact.js';
import { fromRoot, repositoryRoot } from '../github/repo-path.js';
import { GithubApiError } from '../github/rest-client.js';
import { writeReviewedNotes, type ReviewedNotes, type ReviewedPull } from '../github/reviewed-notes.js';
import { HOW_TO_APPLY } from '../github/apply-comment.js';
import { renderDiagnosticsText } from '../report/diagnostics.js';
import { readConfig } from './common.js';
import { githubClient, guarded, UsageError } from './github-common.js';
import type { CliIO } from './io.js';
import { lastAppliedPath, loadCampaignTree, type EngineOptions } from './workspace.js';

export interface GithubReviewedPlanOptions extends EngineOptions {
  /** Where the plan to apply is written. */
  readonly out: string;
  /** Where what was found is written (JSON), for `github summary` and `github comment`. */
  readonly notes?: string;
  /** Where the approved addresses are written, one a line, for `apply --approve-file`. */
  readonly approveFile?: string;
  /** The pushed commit; the push event's, or GITHUB_SHA. */
  readonly sha?: string;
  readonly artifactPrefix?: string;
}

/** Exit: 0 the reviewed plan is written, 2 the push came from no pull request (plan afresh), 1 nothing may be applied. */
export async function runGithubReviewedPlan(io: CliIO, opts: GithubReviewedPlanOptions): Promise<number> {
  let notes: ReviewedNotes | undefined;
  let sha = '';
  const status = await guarded(io, 'reviewed-plan', async () => {
    const ctx = readGithubContext(io.env);
    const token = readGithubToken(io.env);
    const push = await readPush(ctx.eventPath);
    sha = opts.sha ?? push?.after ?? io.env.GITHUB_SHA?.trim() ?? '';
    if (!/^[0-9a-f]{40}$/i.test(sha)) throw new UsageError(`no pushed commit to look up: pass --sha (a full commit id), or run on a push (GITHUB_SHA: "${sha}")`);
    const client = githubClient(io, ctx, token);
    try {
      const pull = await mergedPullOf(client, sha);
      if (!pull) {
        notes = { source: 'none', sha };
        io.stdout.write(`Commit ${sha.slice(0, 7)} came from no pull request: nothing was reviewed, so apply plans afresh.\n`);
        return 2;
      }
      if (!pull.headSha) throw new GithubApiError(`GitHub did not say which commit #${pull.number} was merged from`);
      const reviewed: ReviewedPull = { number: pull.number, title: pull.title, headSha: pull.headSha, ...(pull.htmlUrl ? { htmlUrl: pull.htmlUrl } : {}) };
      const refuse = (reason: string): 1 => {
        notes = { source: 'refused', sha, pull: reviewed, reason };
        io.stderr.write(`campaignctl github reviewed-plan: ${reason}\n`);
        return 1;
      };
      const name = planArtifactName(opts.artifactPrefix ?? DEFAULT_ARTIFACT_PREFIX, pull.number, pull.headSha);
      const found = await fetchPlanArtifact(client, name);
      const at = `#${pull.number} at its last commit ${pull.headSha.slice(0, 7)}`;
      if (found.kind === 'missing') {
        return refuse(
          `no plan of ${at} was saved (artifact ${name}): the plan workflow failed, was cancelled or did not run for that commit, so nobody reviewed what an apply would do now. Nothing was applied. ${HOW_TO_APPLY}`,
        );
      }
      if (found.kind === 'expired') {
        return refuse(`the plan of ${at} (artifact ${name}, saved ${found.artifact.createdAt}) has expired: artifacts are kept only as long as the repository's retention setting says. Nothing was applied. ${HOW_TO_APPLY}`);
      }

      const { config, diagnostics: configDiags } = await readConfig(io, opts);
      if (!config) {
        io.stderr.write(renderDiagnosticsText(configDiags, undefined, false));
        return refuse(`the configuration is not valid at ${sha.slice(0, 7)}, so the plan of ${at} cannot be checked against it. Nothing was applied.`);
      }
      const declared = await loadCampaignTree(io, config, opts);
      if (declared === 1) return refuse(`the campaign files at ${sha.slice(0, 7)} have errors, so the plan of ${at} cannot be checked against them. Nothing was applied.`);
      const record = (await readLastApplied(lastAppliedPath(io, config, opts))).record;
      const shownName = `${name}/${found.file}`;
      const { held, diagnostics } = planThatHolds(found.bytes, shownName, {
        now: io.now(),
        accounts: config.accounts,
        configFile: config.file,
        declared,
        ...(record ? { managed: new Set(record.managed) } : {}),
      });
      if (!held) {
        io.stderr.write(renderDiagnosticsText(diagnostics, undefined, false));
        return refuse(`the plan of ${at} (artifact ${name}) is not a plan this campaignctl can apply, as shown above. Nothing was applied. ${HOW_TO_APPLY}`);
      }

      const out = path.resolve(io.cwd, opts.out);
      await writePlanFile(out, held.plan);
      const root = await repositoryRoot(io.cwd, io.env);
      const configPath = fromRoot(root, io.cwd, opts.config ?? config.file);
      const approval = await planApproval(client, {
        plan: held.plan,
        pr: pull.number,
        headSha: pull.headSha,
        ...(configPath && push?.before ? { config: { path: configPath, ref: push.before } } : {}),
        log: (line) => io.stderr.write(`${line}\n`),
      });
      const approved = approval.verdict.approvedBy.length > 0 ? approval.guarded.map((g) => g.address) : [];
      if (opts.approveFile) await writeFile(path.resolve(io.cwd, opts.approveFile), approved.map((a) => `${a}\n`).join(''));
      const notApplied = [...held.dropped, ...held.unplanned];
      notes = {
        source: 'reviewed',
        sha,
        pull: reviewed,
        artifact: name,
        planCreatedAt: held.plan.created_at,
        notApplied,
        guarded: approval.guarded.map((g) => g.address),
        approvedBy: approval.verdict.approvedBy.map((a) => `${a.login}${a.team ? ` (${a.team})` : ''}`),
      };
      const n = held.plan.actions.length;
      io.stdout.write(
        `Commit ${sha.slice(0, 7)} merged #${pull.number}: applying the plan reviewed on it (${pull.headSha.slice(0, 7)}, made ${held.plan.created_at}), ` +
          `${n} ${n === 1 ? 'campaign' : 'campaigns'}, written to ${displayPath(out, io.cwd)}.\n`,
      );
      for (const c of notApplied) io.stderr.write(`not applied: ${c.address}${c.file ? ` (${c.file})` : ''}: ${c.reason}\n`);
      if (approval.guarded.length > 0) {
        io.stderr.write(
          approved.length > 0
            ? `Guardrails of ${approved.length} ${approved.length === 1 ? 'campaign' : 'campaigns'} approved by ${approvalNames(approval.verdict.approvedBy)}.\n`
            : `Guardrails of ${approval.guarded.length} ${approval.guarded.length === 1 ? 'campaign' : 'campaigns'} stand unapproved: apply refuses ${approval.guarded.length === 1 ? 'it' : 'them'}.\n`,
        );
        for (const r of approval.verdict.notCounted) io.stderr.write(`  @${r.login}: ${r.reason}\n`);
      }
      return 0;
    } finally {
      await client.close();
    }
  });
  if (status === 1 && !notes && sha) {
    notes = { source: 'refused', sha, reason: `the reviewed plan could not be looked up (see the log of this step). Nothing was applied. ${HOW_TO_APPLY}` };
  }
  if (opts.notes && notes) await writeReviewedNotes(path.resolve(io.cwd, opts.notes), notes);
  if (status === 1 && opts.approveFile) await writeFile(path.resolve(io.cwd, opts.approveFile), '');
  return status;
}

