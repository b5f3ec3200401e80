/**
 * `POST /public/v1/campaign-service/campaigns?vendor_id=…`: creates a campaign and answers it.
 *
 * Assumed: success is 200 (the 2022 service answered 200; 200 vs 201 is unconfirmed today).
 * Defaults: `adFormat` listing (assumed), `chargeType` CPC for listing and CPM for banner
 * (documented), `isAutoTrigger` false (documented), `isActive` true, `isSmart` false,
 * `campaignType` manual (assumed), `status` pending for banners and approved for listings
 * (assumed: listings are auto-approved, `statusUpdatedBy` null), `startDate` now, `endDate`
 * FAR_FUTURE_END_DATE when omitted (quirk), `walletId` the vendor's wallet already in use or a
 * new one (assumed). A past `startDate` is stored as now, as on PATCH (the docs state it for
 * exclusive listings; assumed for every format).
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { uuidV4 } from '../kit/ids.js';
import { clampStart, mergeSegmentConfig } from './apply-patch.js';
import { requestBody } from './body.js';
import { parseCreate, type CampaignCreate } from './create-model.js';
import { SEGMENT_CONFIGS, isBannerFormat } from './models.js';
import { answerOf, FAR_FUTURE_END_DATE, formatInstant, toRead, vendorIdOf, type CampaignRead } from './read-shape.js';
import { checkOutcome, externalIdClash } from './rules.js';
import { SANDBOX_MARKETPLACE_ID } from './seed.js';
import { rememberWriteOnly, storeCampaign } from './store.js';
import { Issues, str, validationError } from './validation.js';

export function createCampaign(req: FakeRequest, ctx: FakeContext): FakeResponse {
  const body = requestBody(req);
  if ('status' in body) return body;
  const issues = new Issues();
  const rawVendor = req.query.get('vendor_id');
  const vendorId = rawVendor === null ? issues.missing(['query', 'vendor_id']) : str(rawVendor, ['query', 'vendor_id'], issues, 1);
  const c = parseCreate(body.value, issues);
  if (!issues.ok || vendorId === undefined) return validationError(issues);

  const now = ctx.now();
  const adFormat = c.adFormat ?? 'listing';
  const chargeType = c.chargeType ?? (isBannerFormat(adFormat) ? 'CPM' : 'CPC');
  const start = clampStart(c.startDate ?? now, now);
  const end = c.endDate ?? new Date(Date.parse(FAR_FUTURE_END_DATE));
  checkOutcome(
    { adFormat, campaignType: c.campaignType ?? 'manual', chargeType, budgetType: c.budget?.type, start, end },
    {
      startDate: c.startDate !== undefined,
      endDate: c.endDate !== undefined,
      chargeType: true,
      budgetType: c.budget !== undefined,
      productIds: c.productIds !== undefined,
      autobiddingObjective: c.autobiddingObjective !== undefined,
    },
    issues,
  );
  if (!issues.ok) return validationError(issues);
  const clash = externalIdClash(ctx.state.campaigns, c.externalCampaignId, adFormat);
  if (clash) return clash;

  const campaign = build(c, {
    campaignId: uuidV4(ctx.random),
    vendorId,
    walletId: c.walletId ?? walletInUse(ctx.state.campaigns, vendorId) ?? uuidV4(ctx.random),
    adFormat,
    chargeType,
    startDate: formatInstant(start),
    endDate: c.endDate ? formatInstant(c.endDate) : FAR_FUTURE_END_DATE,
    createdAt: formatInstant(now),
  });
  storeCampaign(ctx.state, campaign);
  rememberWriteOnly(ctx.state, campaign.campaignId, c.productIds ? { productIds: c.productIds } : {});
  ctx.commit();
  return { status: 200, body: answerOf(campaign) };
}

interface Derived {
  campaignId: string;
  vendorId: string;
  walletId: string;
  adFormat: string;
  chargeType: string;
  startDate: string;
  endDate: string;
  createdAt: string;
}

function build(c: CampaignCreate, d: Derived): CampaignRead {
  const campaign: CampaignRead = {
    campaignId: d.campaignId,
    marketplaceId: SANDBOX_MARKETPLACE_ID,
    name: c.name ?? '',
    startDate: d.startDate,
    endDate: d.endDate,
    isActive: c.isActive ?? true,
    isSmart: false,
    campaignType: c.campaignType ?? 'manual',
    status: c.status ?? (isBannerFormat(d.adFormat) ? 'pending' : 'approved'),
    createdAt: d.createdAt,
    chargeType: d.chargeType,
    externalVendorId: d.vendorId,
    adFormat: d.adFormat,
    isAutoTrigger: c.isAutoTrigger ?? false,
    vendorId: d.vendorId,
    walletId: d.walletId,
    bidCount: c.bidCount ?? 0,
    budget: c.budget?.amount !== undefined && c.budget.type !== undefined
      ? { amount: c.budget.amount, amountRemaining: c.budget.amount, amountCarryover: 0, amountUsed: 0, type: c.budget.type }
      : null,
    statusUpdatedBy: null,
    campaignBehaviorData: null,
    campaignBehaviorDataByDay: null,
    exclusivityPrice: null,
    targetRoas: c.targetRoas ?? null,
    externalCampaignId: c.externalCampaignId ?? null,
    autobiddingObjective: c.autobiddingObjective ?? null,
    multiplierConfig: null,
    targetingFilters: null,
    exclusionFilters: null,
    promotionType: c.promotionType ?? null,
  };
  for (const { field, listKey } of SEGMENT_CONFIGS) {
    const sent = c.segmentConfigs[field];
    if (sent) campaign[field] = mergeSegmentConfig(null, sent, listKey);
  }
  return campaign;
}

/** The wallet of the vendor's first campaign, as a read shows it. */
function walletInUse(stored: readonly VendorObject[], vendorId: string): string | undefined {
  const owner = stored.find((x) => vendorIdOf(x) === vendorId);
  return owner ? toRead(owner).walletId : undefined;
}
