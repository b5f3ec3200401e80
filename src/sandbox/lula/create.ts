/**
 * POST /stores/company/{company_id}/campaigns. `name`, `description`, `start_date`,
 * `end_date` (YYYY-MM-DD) and `status` are required; `image` is base64 image data, stored and
 * returned as a URL. `campaign_identifier` is not accepted here (set it with the update).
 */
import type { FakeContext, FakeRequest, FakeResponse, VendorObject } from '../fake.js';
import { parseDay } from './dates.js';
import { validationError, type FieldError } from './errors.js';
import { descriptionErrors, nameErrors, statusErrors, typeErrors, unknownFieldErrors } from './field-rules.js';
import { createResponse } from './read-shape.js';
import { objectBody } from './request-body.js';
import { API_USER_ID, boundsOf, nextCampaignId, str } from './state.js';
import { readStatus } from './status.js';

const REQUIRED = ['name', 'description', 'start_date', 'end_date', 'status'] as const;
const CREATE_FIELDS = [...REQUIRED, 'image'] as const;
const BASE64 = /^(?:data:image\/[a-z0-9.+-]+;base64,)?([A-Za-z0-9+/]+={0,2})$/;

export const IMAGE_BUCKET = 'https://lula-stores-service-staging.s3.amazonaws.com';

function createErrors(ctx: FakeContext, companyId: string, body: Record<string, unknown>): FieldError[] {
  const errors = [...unknownFieldErrors(body, CREATE_FIELDS), ...typeErrors(body, CREATE_FIELDS)];
  for (const field of REQUIRED) if (body[field] === undefined) errors.push({ field, error: `${field} is required` });
  const name = str(body['name']);
  const description = str(body['description']);
  const status = str(body['status']);
  const image = str(body['image']);
  if (name !== undefined) errors.push(...nameErrors(ctx.state, companyId, undefined, name));
  // Assumed: a required description may not be empty.
  if (description === '') errors.push({ field: 'description', error: 'description should not be empty' });
  else if (description !== undefined) errors.push(...descriptionErrors(description));
  for (const field of ['start_date', 'end_date'] as const) {
    const value = str(body[field]);
    if (value !== undefined && parseDay(value) === undefined) errors.push({ field, error: `${field} must be a valid date (YYYY-MM-DD)` });
  }
  if (status !== undefined) errors.push(...statusErrors(status));
  const encoded = image === undefined ? undefined : BASE64.exec(image)?.[1];
  if (image !== undefined && (encoded === undefined || encoded.length % 4 !== 0)) {
    errors.push({ field: 'image', error: 'image must be base64-encoded image data' });
  }
  return errors;
}

export function createCampaign(req: FakeRequest, ctx: FakeContext, companyId: string): FakeResponse {
  const parsed = objectBody(req);
  if (!parsed.ok) return parsed.response;
  const body = parsed.body;
  const errors = createErrors(ctx, companyId, body);
  if (errors.length > 0) return validationError(errors);
  // Assumed (documented by example): create does not check the date range — the create page's
  // example sends an end_date before its start_date and answers success.

  const now = ctx.now();
  const id = nextCampaignId(ctx.state);
  const written = str(body['status']) ?? 'inactive';
  const stamp = now.toISOString();
  const campaign: VendorObject = {
    id,
    company_id: companyId,
    name: body['name'],
    description: body['description'],
    start_date: body['start_date'],
    end_date: body['end_date'],
    status: written,
    image: body['image'] === undefined ? null : `${IMAGE_BUCKET}/company/${companyId}/campaigns/${id}/${now.getTime()}.webp`,
    created_by: API_USER_ID,
    updated_by: API_USER_ID,
    created_at: stamp,
    updated_at: stamp,
    deletedAt: null,
    associated_stores: [],
    promotions: [],
    performance_metrics: { total_views: 0, total_conversions: 0, conversion_rate: 0, revenue_generated: '0.00', average_order_value: '0.00' },
  };
  campaign['status'] = readStatus(written, boundsOf(ctx.state, campaign), now.getTime());
  ctx.state.campaigns.push(campaign);
  ctx.commit();
  // Assumed: 201 Created (NestJS's default for POST); the status code is not documented.
  return { status: 201, body: createResponse(campaign, written) };
}
