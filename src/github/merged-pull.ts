/**
 * The pull request a push to the default branch came from: the merged pull request whose merge
 * made the pushed commit (`merge_commit_sha`: the merge commit, the squashed commit, or the last
 * rebased commit). A commit that merely belongs to a pull request (pushed to the branch directly,
 * then also to a pull request) is no merge of it: that push came from no pull request.
 */
import type { GithubRestClient } from './rest-client.js';
import type { PullRequestDetail } from './rest-shapes.js';

export async function mergedPullOf(client: GithubRestClient, sha: string): Promise<PullRequestDetail | undefined> {
  const pulls = await client.pullsOfCommit(sha);
  return pulls.find((p) => p.mergedAt !== undefined && p.mergeCommitSha?.toLowerCase() === sha.toLowerCase());
}
