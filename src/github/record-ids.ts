/**
 * Getting the ids of created campaigns into git, after an apply in CI (`campaignctl github
 * record-ids`). Apply writes `id: …` into the campaign file of each campaign it creates; on a
 * runner those edits die with the job unless they are committed and pushed:
 *
 * 1. The campaign files under --dir that differ from HEAD are committed, and only they, as
 *    "campaignctl: record ids of created campaigns". The commit is built with plumbing (a temporary
 *    index, write-tree, commit-tree), so the checkout (HEAD, index, working tree) is left as it was.
 * 2. It is pushed to the branch apply ran on. Should another push have come first, the commit is
 *    made again on the new tip, unless that push changed one of the same files, and pushed once more.
 * 3. When the branch refuses it (branch protection, a required review), the commit goes to a
 *    branch of its own, `campaignctl/record-ids-<run>`, and a pull request into the branch is
 *    opened through the REST API, for a person to merge.
 *
 * Until the ids are in git, the last-applied record (on the state branch) holds each create and
 * its id, so that the next plan adopts those campaigns instead of creating them again.
 */
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Git, GitError, lastLines } from './git.js';
import type { PullRequest } from './rest-client.js';

export const RECORD_IDS_MESSAGE = 'campaignctl: record ids of created campaigns';

export interface RecordIdsOptions {
  /** The campaign folder, relative to the git process's directory. */
  readonly dir: string;
  /** The branch to push to; the checked-out branch when absent. */
  readonly branch?: string;
  readonly remote: string;
  /** The workflow run, for the commit message and the pull request (absent outside Actions). */
  readonly runUrl?: string;
  /** Makes the pull-request branch's name unique per run: `<run id>-<attempt>`; the commit's short id when absent. */
  readonly runKey?: string;
  /** Opens the pull request (the REST client, created only when needed). */
  readonly openPullRequest: (pr: { title: string; head: string; base: string; body: string }) => Promise<PullRequest>;
  readonly log?: (line: string) => void;
}

export type RecordIdsOutcome =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'pushed'; readonly branch: string; readonly commit: string; readonly files: readonly string[]; readonly rebuilt: boolean }
  | {
      readonly kind: 'pull-request';
      readonly branch: string;
      readonly head: string;
      readonly commit: string;
      readonly files: readonly string[];
      readonly refusal: string;
      readonly pullRequest: PullRequest;
    };

export class RecordIdsError extends Error {
  override readonly name = 'RecordIdsError';
}

export async function recordIds(git: Git, opts: RecordIdsOptions): Promise<RecordIdsOutcome> {
  const root = await git.ok(['rev-parse', '--show-toplevel'], 'find the repository (is this a git checkout?)');
  const atRoot = new Git(root, {});
  const dirFromRoot = path.relative(root, path.resolve(git.cwd, opts.dir)).split(path.sep).join('/') || '.';
  const files = await changedCampaignFiles(atRoot, dirFromRoot);
  if (files.length === 0) return { kind: 'nothing' };

  const branch = opts.branch ?? (await currentBranch(git));
  const head = await git.ok(['rev-parse', 'HEAD'], 'read HEAD');
  const message = commitMessage(files, opts.runUrl);
  const commit = await commitOnto(git, root, head, files, message);
  const ref = `refs/heads/${branch}`;

  const first = await git.run(['push', '--porcelain', opts.remote, `${commit}:${ref}`]);
  if (first.code === 0) return { kind: 'pushed', branch, commit, files, rebuilt: false };
  let refusal = lastLines(first.stderr || first.stdout);

  // Another push may have come first: make the commit again on the new tip, if it does not touch the same files.
  const fetched = await git.run(['fetch', '--quiet', '--no-tags', opts.remote, ref]);
  if (fetched.code === 0) {
    const tip = await git.ok(['rev-parse', 'FETCH_HEAD'], 'read the fetched tip');
    if (tip !== head) {
      const touched = await git.run(['diff', '--quiet', head, tip, '--', ...files]);
      if (touched.code === 0) {
        opts.log?.(`The push to ${branch} was refused; ${branch} has moved on: committing the ids again on ${tip.slice(0, 7)}.`);
        const again = await commitOnto(git, root, tip, files, message);
        const second = await git.run(['push', '--porcelain', opts.remote, `${again}:${ref}`]);
        if (second.code === 0) return { kind: 'pushed', branch, commit: again, files, rebuilt: true };
        refusal = lastLines(second.stderr || second.stdout);
      }
    }
  }

  const prBranch = `campaignctl/record-ids-${opts.runKey ?? commit.slice(0, 12)}`;
  const pushed = await git.run(['push', '--porcelain', opts.remote, `${commit}:refs/heads/${prBranch}`]);
  if (pushed.code !== 0) {
    throw new RecordIdsError(
      `the push to ${branch} was refused (${refusal}), and so was the push of the branch ${prBranch} (${lastLines(pushed.stderr || pushed.stdout)}). ` +
        `The ids of the created campaigns are in the last-applied record, so none is created again; commit ${files.join(', ')} by hand`,
    );
  }
  const pullRequest = await opts.openPullRequest({ title: RECORD_IDS_MESSAGE, head: prBranch, base: branch, body: pullRequestBody(files, branch, refusal, opts.runUrl) });
  return { kind: 'pull-request', branch, head: prBranch, commit, files, refusal, pullRequest };
}

/** Campaign files (YAML) under `dir` whose content differs from HEAD's; paths from the repository root. */
async function changedCampaignFiles(git: Git, dir: string): Promise<string[]> {
  const out = await git.ok(['diff', '--name-only', '-z', '--diff-filter=M', '--no-renames', 'HEAD', '--', dir], `list the changed files under ${dir}`);
  return out
    .split('\0')
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
}

async function currentBranch(git: Git): Promise<string> {
  const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (r.code !== 0) throw new RecordIdsError('HEAD is not on a branch (a detached checkout): say which branch the ids go to with --branch');
  return r.stdout.trim();
}

/**
 * A commit whose parent is `parent` and whose tree is the parent's with `files` (paths from the
 * root) as they are in the working tree. HEAD, the index and the working tree are not touched.
 */
async function commitOnto(git: Git, root: string, parent: string, files: readonly string[], message: string): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'campaignctl-record-ids-'));
  try {
    const index = { GIT_INDEX_FILE: path.join(scratch, 'index') };
    const atRoot = new Git(root, {});
    await atRoot.ok(['read-tree', parent], 'read the tree of the commit the ids go on', index);
    for (const file of files) {
      const blob = await atRoot.ok(['hash-object', '-w', '--', file], `store ${file}`);
      await atRoot.ok(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], `stage ${file}`, index);
    }
    const tree = await atRoot.ok(['write-tree'], 'write the tree', index);
    return await git.ok(['commit-tree', tree, '-p', parent, '-m', message], 'make the commit');
  } catch (err) {
    if (err instanceof GitError) throw new RecordIdsError(err.message);
    throw err;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function commitMessage(files: readonly string[], runUrl: string | undefined): string {
  return [
    RECORD_IDS_MESSAGE,
    '',
    'The campaigns in these files were created by campaignctl apply, which wrote their ids into them:',
    '',
    ...files.map((f) => `- ${f}`),
    ...(runUrl ? ['', `Apply run: ${runUrl}`] : []),
  ].join('\n');
}

function pullRequestBody(files: readonly string[], branch: string, refusal: string, runUrl: string | undefined): string {
  return [
    `campaignctl apply created campaigns${runUrl ? ` ([workflow run](${runUrl}))` : ''} and wrote their ids into their campaign files. ` +
      `The push of those ids to \`${branch}\` was refused, so they come as this pull request:`,
    '',
    ...files.map((f) => `- \`${f}\``),
    '',
    `**Merge it soon.** Until the ids are in \`${branch}\`, the last-applied record on the state branch keeps these campaigns from being created again: ` +
      'the next plan finds each one by the record and adopts it. Without the record (deleted, or another state branch) the plan would look for them by their identity at the vendor.',
    '',
    '<details><summary>Why the push was refused</summary>',
    '',
    '```',
    refusal.replace(/```/g, "'''"),
    '```',
    '</details>',
    '',
  ].join('\n');
}
