/**
 * Voucherify's campaign routes behind `/voucherify`:
 *
 *   GET    /v1/campaigns                         list (list.ts)
 *   POST   /v1/campaigns                         create (create.ts)
 *   GET    /v1/campaigns/{campaignId}            read, by id OR name
 *   PUT    /v1/campaigns/{campaignId}            partial update (update-rules.ts, update.ts)
 *   DELETE /v1/campaigns/{campaignId}?force=     202 {async_action_id}
 *   POST   /v1/campaigns/{campaignId}/enable     200 {} — the only way to set active=true
 *   POST   /v1/campaigns/{campaignId}/disable    200 {} — the only way to set active=false
 *
 * While a new campaign's codes are generated (generation.ts), PUT, enable and disable are refused.
 *
 * Credentials are checked before anything else (auth.ts). A known path with another method answers 405
 * (the error guide's own example); any other path 404 (errors.ts). Assumed: a trailing slash is another
 * path (404).
 */
import type { FakeContext, FakeRequest, FakeResponse } from '../fake.js';
import { HEX_DIGITS, randomChars } from '../kit/ids.js';
import { route, router } from '../kit/router.js';
import { checkAuth } from './auth.js';
import { createCampaign } from './create.js';
import { toVendorDate } from './dates.js';
import { campaignNotFound, fail, invalidPayload, invalidQuery, unsupportedMediaType, voucherifyErrors } from './errors.js';
import { finishGeneration, stillGenerating } from './generation.js';
import { isObject, type JsonObject } from './json.js';
import { listCampaigns } from './list.js';
import { bin, findCampaign } from './project.js';
import { forGet, forPutResponse } from './read-shape.js';
import { applyUpdate } from './update.js';
import { acceptedUpdate } from './update-rules.js';

/** `enable` and `disable`: the only way to change `active`. */
const setActive = (active: boolean) => (_req: FakeRequest, ctx: FakeContext, { idOrName }: { idOrName: string }) =>
  withCampaign(ctx, idOrName, (c) => {
    const busy = stillGenerating(c);
    if (busy) return busy;
    c.active = active;
    c.updated_at = toVendorDate(ctx.now());
    ctx.commit();
    return { status: 200, body: {} };
  });

const campaignRoutes = router(
  [
    route('/v1/campaigns', { GET: listCampaigns, POST: (req, ctx) => createCampaign(req.body, ctx) }),
    route('/v1/campaigns/:idOrName', {
      GET: (_req, ctx, { idOrName }) => withCampaign(ctx, idOrName, (c) => ({ status: 200, body: forGet(c) })),
      PUT: (req, ctx, { idOrName }) => withCampaign(ctx, idOrName, (c) => update(c, req.body, ctx)),
      DELETE: (req, ctx, { idOrName }) => withCampaign(ctx, idOrName, (c) => remove(c, req.query, ctx)),
    }),
    route('/v1/campaigns/:idOrName/enable', { POST: setActive(true) }),
    route('/v1/campaigns/:idOrName/disable', { POST: setActive(false) }),
  ],
  { errors: voucherifyErrors },
);

export function handle(req: FakeRequest, ctx: FakeContext): FakeResponse | Promise<FakeResponse> {
  const denied = checkAuth(req);
  if (denied) return denied;
  if (req.body !== undefined && req.contentType !== undefined && req.contentType !== 'application/json') {
    return unsupportedMediaType(req.contentType);
  }
  if (req.bodyError !== undefined) return invalidPayload(`Malformed JSON in the request body: ${req.bodyError}`);
  // Background jobs that ended before this request are done by the time it is handled.
  if (finishGeneration(ctx.state, ctx.now())) ctx.commit();
  return campaignRoutes(req, ctx);
}

function withCampaign(ctx: FakeContext, idOrName: string, then: (c: JsonObject) => FakeResponse): FakeResponse {
  const campaign = findCampaign(ctx.state, idOrName);
  return campaign ? then(campaign) : campaignNotFound(idOrName);
}

/** Checks on a copy, so a refused update leaves the stored campaign untouched. */
function update(campaign: JsonObject, body: unknown, ctx: FakeContext): FakeResponse {
  if (body === undefined) return invalidPayload('The request body is required: specify the campaign parameters to be updated');
  if (!isObject(body)) return invalidPayload('The request body must be a JSON object');
  const busy = stillGenerating(campaign);
  if (busy) return busy;
  const checked = acceptedUpdate(campaign, body);
  if ('refused' in checked) return checked.refused;
  const draft = structuredClone(campaign);
  const refused = applyUpdate(draft, checked.accepted, ctx);
  if (refused) return refused;
  for (const k of Object.keys(campaign)) delete campaign[k];
  Object.assign(campaign, draft);
  ctx.commit();
  return { status: 200, body: forPutResponse(campaign) };
}

/**
 * 202 with the async action's id (assumed `aa_` + 18 hex, as Voucherify's async ids look). Without
 * `force=true` the campaign goes to the bin (kept in state under `bin`, its name still reserved — assumed:
 * the docs promise the name free again only after a forced delete); with it, it is gone. Assumed: the job completes at once; a `protected` campaign is refused with the
 * documented `resource_protected` 400 ("protected: whether the resource can be deleted").
 */
function remove(campaign: JsonObject, query: URLSearchParams, ctx: FakeContext): FakeResponse {
  const force = query.get('force');
  if (force !== null && force !== 'true' && force !== 'false') return invalidQuery("Query parameter 'force' must be a boolean");
  if (campaign.protected === true) {
    return fail(
      400,
      'resource_protected',
      'Resource is protected',
      `Resource campaign with id ${String(campaign.id)} is protected and cannot be deleted`,
      {
        id: String(campaign.id),
        type: 'campaign',
      },
    );
  }
  ctx.state.campaigns.splice(ctx.state.campaigns.indexOf(campaign), 1);
  if (force !== 'true') bin(ctx.state).push({ campaign, deleted_at: toVendorDate(ctx.now()) });
  ctx.commit();
  return { status: 202, body: { async_action_id: `aa_${randomChars(ctx.random, HEX_DIGITS, 18)}` } };
}
