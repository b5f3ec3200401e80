/**
 * What campaignctl keeps of GitHub's answers about pull requests, reviews, artifacts and files:
 * the fields it uses, read leniently (GitHub adds fields all the time); an item without the few
 * that identify it is dropped.
 */
import { isJsonObject } from '../json/guards.js';

export interface PullRequestDetail {
  readonly number: number;
  readonly title: string;
  readonly state: string;
  readonly htmlUrl?: string;
  /** Set once merged. */
  readonly mergedAt?: string;
  /** For a merged pull request: the commit the merge made on the base branch. */
  readonly mergeCommitSha?: string;
  readonly headSha?: string;
  readonly baseRef?: string;
  readonly authorLogin?: string;
}

export interface PullRequestFile {
  /** From the repository's root. */
  readonly filename: string;
  readonly status: string;
  /** A renamed file's old path. */
  readonly previousFilename?: string;
}

export interface Review {
  readonly id: number;
  readonly login: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED` or `PENDING`, as GitHub spells it. */
  readonly state: string;
  /** The head commit the review was submitted on. */
  readonly commitId?: string;
  readonly submittedAt?: string;
}

export interface Artifact {
  readonly id: number;
  readonly name: string;
  readonly expired: boolean;
  readonly createdAt: string;
  readonly sizeInBytes?: number;
  /** The head commit of the run that uploaded it. */
  readonly runHeadSha?: string;
  readonly runId?: number;
}

export interface CommitStatus {
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly context: string;
  /** GitHub keeps 140 characters. */
  readonly description: string;
  readonly target_url?: string;
}

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

export function toPullDetail(raw: unknown): PullRequestDetail | undefined {
  if (!isJsonObject(raw) || typeof raw.number !== 'number') return undefined;
  const head = isJsonObject(raw.head) ? raw.head : {};
  const base = isJsonObject(raw.base) ? raw.base : {};
  const user = isJsonObject(raw.user) ? raw.user : {};
  return {
    number: raw.number,
    title: typeof raw.title === 'string' ? raw.title : '',
    state: typeof raw.state === 'string' ? raw.state : 'open',
    ...(str(raw.html_url) ? { htmlUrl: raw.html_url } : {}),
    ...(str(raw.merged_at) ? { mergedAt: raw.merged_at } : {}),
    ...(str(raw.merge_commit_sha) ? { mergeCommitSha: raw.merge_commit_sha } : {}),
    ...(str(head.sha) ? { headSha: head.sha } : {}),
    ...(str(base.ref) ? { baseRef: base.ref } : {}),
    ...(str(user.login) ? { authorLogin: user.login } : {}),
  };
}

export function toPullFile(raw: unknown): PullRequestFile | undefined {
  if (!isJsonObject(raw) || !str(raw.filename)) return undefined;
  return {
    filename: raw.filename,
    status: typeof raw.status === 'string' ? raw.status : 'modified',
    ...(str(raw.previous_filename) ? { previousFilename: raw.previous_filename } : {}),
  };
}

export function toReview(raw: unknown): Review | undefined {
  if (!isJsonObject(raw) || typeof raw.id !== 'number') return undefined;
  const user = isJsonObject(raw.user) ? raw.user : undefined;
  // A review by a deleted account has no user: it approves nothing.
  if (!user || !str(user.login)) return undefined;
  return {
    id: raw.id,
    login: user.login,
    state: typeof raw.state === 'string' ? raw.state : 'COMMENTED',
    ...(str(raw.commit_id) ? { commitId: raw.commit_id } : {}),
    ...(str(raw.submitted_at) ? { submittedAt: raw.submitted_at } : {}),
  };
}

export function toArtifact(raw: unknown): Artifact | undefined {
  if (!isJsonObject(raw) || typeof raw.id !== 'number' || !str(raw.name)) return undefined;
  const run = isJsonObject(raw.workflow_run) ? raw.workflow_run : {};
  return {
    id: raw.id,
    name: raw.name,
    expired: raw.expired === true,
    createdAt: typeof raw.created_at === 'string' ? raw.created_at : '',
    ...(typeof raw.size_in_bytes === 'number' ? { sizeInBytes: raw.size_in_bytes } : {}),
    ...(str(run.head_sha) ? { runHeadSha: run.head_sha } : {}),
    ...(typeof run.id === 'number' ? { runId: run.id } : {}),
  };
}
