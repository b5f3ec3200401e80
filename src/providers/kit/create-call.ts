/**
 * Sending a vendor's create call, once. A create is a POST the HTTP client never repeats after it
 * may have reached the vendor (it is not marked idempotent), so what can go wrong splits in two:
 *
 * - the vendor may have acted but its answer is unknown: a 5xx, a timeout, a dropped connection,
 *   a 2xx whose body cannot be read or carries no id. That is `CreateAnswerLost`: the campaign may
 *   exist, and the next plan must look for it (by its identity) instead of creating another.
 * - the call certainly did nothing: a refusal the vendor answered (4xx), a 429 budget spent, an
 *   interrupt before the request left. Those stay ordinary errors.
 *
 * A connection refused before any byte was written is also counted as lost here: the client keeps
 * only the reason text, and taking it for "maybe created" costs one identity lookup, while the
 * opposite mistake costs a duplicate campaign.
 */
import { HttpError } from '../../http/errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/types.js';
import { CreateAnswerLost } from '../runtime.js';

/** Whether a failed request may still have acted at the vendor. */
export function mayHaveActed(err: unknown): boolean {
  if (!(err instanceof HttpError)) return false;
  switch (err.kind) {
    case 'timeout':
    case 'network':
    case 'invalid-response':
    case 'deadline': // a deadline may cut an attempt already sent; "maybe acted" costs one lookup
      return true;
    case 'status':
      return err.status === undefined || err.status >= 500;
    case 'aborted':
    case 'rate-limit-budget':
      return false;
  }
}

/**
 * Sends `req` (a POST, never marked idempotent) once. Resolves with the answer (those in
 * `req.accept` included: the vendor's refusals, for the caller to word); rejects with
 * CreateAnswerLost when the call failed in a way that may have acted, else with the client's error.
 */
export async function sendCreate(
  http: HttpClient,
  req: HttpRequest & { readonly method: 'POST' },
  signal?: AbortSignal,
): Promise<HttpResponse> {
  if (req.idempotent === true) throw new Error('a create call must never be marked idempotent');
  try {
    return await http.request(req, signal);
  } catch (err) {
    throw mayHaveActed(err) ? new CreateAnswerLost(err) : err;
  }
}

/** The id of a created campaign, or CreateAnswerLost when an accepted create's answer does not name it. */
export function createdId(id: string | undefined, vendor: string): string {
  if (id === undefined) throw new CreateAnswerLost(new Error(`${vendor} accepted the create but its answer names no campaign id`));
  return id;
}
