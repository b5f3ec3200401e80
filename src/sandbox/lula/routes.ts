/**
 * Lula's campaign routes. The docs use two base-URL placeholders ({micro_service_base_url} for
 * list/read/create, {stores_service_api_base_url} for update and store links); both map to
 * the sandbox's `/lula` prefix.
 *
 *   GET  /stores/company/{company_id}/campaigns                       list (summaries)
 *   POST /stores/company/{company_id}/campaigns                       create
 *   GET  /stores/company/{company_id}/campaigns/{campaign_id}         read (detail)
 *   DELETE /stores/company/{company_id}/campaigns/{campaign_id}       delete (soft; the path is assumed)
 *   GET  /stores/company/{company_id}/campaigns/{campaign_id}/stores  store links
 *   PUT  /stores/company/{company_id}/campaigns/{campaign_id}/stores  update (partial)
 *
 * Not served: the documented delete path, `DELETE /stores/{store_id}/status`, which names no
 * campaign (evidently a copy-paste error); delete.ts serves the assumed one above instead.
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { route, router } from '../kit/router.js';
import { createCampaign } from './create.js';
import { deleteCampaign } from './delete.js';
import { campaignNotFound, lulaErrors } from './errors.js';
import { listCampaigns } from './list.js';
import { detail } from './read-shape.js';
import { findCampaign } from './state.js';
import { storeLinks } from './store-links.js';
import { updateCampaign } from './update.js';

type CampaignParams = { readonly companyId: string; readonly campaignId: string };

/** A route on one campaign of one company: 404 CAMPAIGN_NOT_FOUND when the company has no such campaign. */
const onCampaign =
  (then: (req: FakeRequest, ctx: FakeContext, campaign: VendorObject, companyId: string) => FakeResponse) =>
  (req: FakeRequest, ctx: FakeContext, { companyId, campaignId }: CampaignParams): FakeResponse => {
    const campaign = findCampaign(ctx.state, companyId, campaignId);
    return campaign ? then(req, ctx, campaign, companyId) : campaignNotFound(campaignId);
  };

// Assumed: Express-style non-strict routing, so one trailing slash is ignored; a known path
// with a method it does not serve is an unknown route (404), as Express answers it (errors.ts).
export const campaignRoutes = router(
  [
    route('/stores/company/:companyId/campaigns', {
      GET: (req, ctx, { companyId }) => listCampaigns(ctx.state, companyId, req.query, ctx.now(), ctx),
      POST: (req, ctx, { companyId }) => createCampaign(req, ctx, companyId),
    }),
    route('/stores/company/:companyId/campaigns/:campaignId', {
      GET: onCampaign((_req, ctx, campaign) => ({ status: 200, body: detail(ctx.state, campaign, ctx.now()) })),
      DELETE: onCampaign((_req, ctx, campaign) => deleteCampaign(ctx, campaign)),
    }),
    route('/stores/company/:companyId/campaigns/:campaignId/stores', {
      GET: onCampaign((req, _ctx, campaign) => storeLinks(campaign, req.query)),
      PUT: onCampaign((req, ctx, campaign, companyId) => updateCampaign(req, ctx, companyId, campaign)),
    }),
  ],
  { errors: lulaErrors, trailingSlash: 'ignored' },
);
