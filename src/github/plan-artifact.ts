/**
 * The plan a pull request's reviewers saw, kept as a workflow artifact: the plan workflow uploads
 * it as `<prefix>-pr-<number>-<head sha>` (action.yml, step "Upload the plan"), so that the apply
 * after the merge and the re-check of approvals on a review find exactly the plan of the commit
 * that was reviewed, by name, without listing every artifact of the repository.
 *
 * The zip is fetched from the short-lived storage URL GitHub redirects to. That URL is signed and
 * takes no token: ours is never sent there, and the URL itself (a credential while it lasts) never
 * appears in a message.
 */
import { request as undiciRequest } from 'undici';
import { PLAN_FILE_MAX_BYTES } from '../engine/plan-file.js';
import type { Artifact } from './rest-shapes.js';
import { GithubApiError, type GithubRestClient } from './rest-client.js';
import { zipEntries, ZipError } from './zip-reader.js';

/** The action's default `artifact-name`. */
export const DEFAULT_ARTIFACT_PREFIX = 'campaignctl-plan';

export function planArtifactName(prefix: string, pr: number, headSha: string): string {
  return `${prefix}-pr-${pr}-${headSha}`;
}

export type PlanArtifactLookup =
  | { readonly kind: 'found'; readonly artifact: Artifact; readonly file: string; readonly bytes: Buffer }
  | { readonly kind: 'missing'; readonly name: string }
  | { readonly kind: 'expired'; readonly name: string; readonly artifact: Artifact };

export interface DownloadOptions {
  /** For tests: a shorter patience for the storage download. */
  readonly timeoutMs?: number;
}

/** The newest artifact of that name, its one plan file read out of the zip. */
export async function fetchPlanArtifact(client: GithubRestClient, name: string, opts: DownloadOptions = {}): Promise<PlanArtifactLookup> {
  const all = await client.listArtifacts(name);
  const live = all.find((a) => !a.expired);
  if (!live) return all[0] ? { kind: 'expired', name, artifact: all[0] } : { kind: 'missing', name };
  const url = await client.artifactDownloadUrl(live.id);
  if (url === undefined) return { kind: 'expired', name, artifact: live };
  const zip = await download(url, name, opts.timeoutMs ?? 120_000);
  const { file, bytes } = planFileIn(zip, name);
  return { kind: 'found', artifact: live, file, bytes };
}

/** The archive from storage: no token, no redirect followed, at most what a plan may weigh. */
async function download(url: string, name: string, timeoutMs: number): Promise<Buffer> {
  const failed = (why: string) => new GithubApiError(`GitHub: the download of the artifact ${name} failed: ${why}`);
  let res: Awaited<ReturnType<typeof undiciRequest>>;
  try {
    res = await undiciRequest(url, { method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  } catch (err) {
    throw failed(err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message).replace(/https?:\/\/\S+/g, '<the download link>') : 'network error');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > PLAN_FILE_MAX_BYTES) {
      res.body.destroy();
      throw failed(`the archive is over ${PLAN_FILE_MAX_BYTES} bytes`);
    }
    chunks.push(buf);
  }
  if (res.statusCode !== 200) throw failed(`the storage answered ${res.statusCode}`);
  return Buffer.concat(chunks);
}

/** The plan inside: the archive's one JSON file (or its `plan.json`, should there be several). */
function planFileIn(zip: Buffer, name: string): { file: string; bytes: Buffer } {
  try {
    const json = zipEntries(zip, PLAN_FILE_MAX_BYTES).filter((e) => /\.json$/i.test(e.name));
    const entry = json.length === 1 ? json[0] : json.find((e) => e.name === 'plan.json');
    if (!entry) {
      throw new GithubApiError(
        `the artifact ${name} holds ${json.length === 0 ? 'no JSON file' : `${json.length} JSON files and no plan.json`}: not a plan the plan workflow uploaded`,
      );
    }
    return { file: entry.name, bytes: entry.read() };
  } catch (err) {
    if (err instanceof ZipError) throw new GithubApiError(`the artifact ${name} cannot be read: ${err.message}`);
    throw err;
  }
}
