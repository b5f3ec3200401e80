/**
 * Deleting a campaign (`prune: delete`): `DELETE /v1/campaigns/{id}?force=false`, answered 202 with
 * the id of a background job.
 *
 * `force=false` (the vendor's own default, sent explicitly so the request says what it does) moves the
 * campaign and its codes to Voucherify's bin instead of erasing them: a file deleted by mistake, or a
 * prune nobody meant, can still be undone from the dashboard, while the campaign stops being listed
 * and read at once. `force=true` would erase it and its redemptions for good. The price: the docs
 * promise a free name only after a forced delete, so a campaign in the bin is taken to keep its name
 * reserved, and a new document with that name is refused (409) until the bin entry is restored or
 * emptied — create says so when it happens.
 *
 * A campaign already gone (404: deleted, or already in the bin) counts as deleted. The job is not
 * awaited: the campaign leaves the managed set with this call, and no later plan reads it again.
 */
import type { RemoveCapability, RemoveInput } from '../runtime.js';

async function send({ id, http, signal }: RemoveInput): Promise<void> {
  // DELETE is idempotent: repeated after a lost answer, it finds the campaign gone (404).
  await http.request(
    {
      method: 'DELETE',
      path: `/v1/campaigns/${encodeURIComponent(id)}`,
      query: { force: false },
      accept: [404],
      purpose: `delete campaign ${id} (to the bin)`,
    },
    signal,
  );
}

export const remove: RemoveCapability = { send };
