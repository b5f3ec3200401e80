/**
 * Lula's campaign routes. The docs use two base-URL placeholders ({micro_service_base_url} for
 * list/read/create, {stores_service_api_base_url} for update and store links); both map to
 * the sandbox's `/lula` prefix.
 *
 *   GET  /stores/company/{company_id}/campaigns                       list (summaries)
 *   POST /stores/company/{company_id}/campaigns                       create
 *   GET  /stores/company/{company_id}/campaigns/{campaign_id}         read (detail)
 *   GET  /stores/company/{company_id}/campaigns/{campaign_id}/stores  store links
 *   PUT  /stores/company/{company_id}/campaigns/{campaign_id}/stores  update (partial)
 *
 * Not served: delete (documented as `DELETE /stores/{store_id}/status`, evidently a copy-paste
 * error, so no real path is known).
 */
export type Route =
  | { readonly op: 'list'; readonly companyId: string }
  | { readonly op: 'create'; readonly companyId: string }
  | { readonly op: 'read' | 'links' | 'update'; readonly companyId: string; readonly campaignId: string };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

// Assumed: Express-style non-strict routing, so one trailing slash is ignored; a known path
// with a method it does not serve is an unknown route (404), as Express answers it.
export function matchRoute(method: string, path: string): Route | undefined {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const raw = trimmed.split('/').slice(1);
  if (raw.some((s) => s === '')) return undefined;
  const segs = raw.map(decode);
  if (segs.some((s) => s === undefined)) return undefined;
  const [s0, s1, companyId, s3, campaignId, s5, ...rest] = segs as string[];
  if (s0 !== 'stores' || s1 !== 'company' || companyId === undefined || s3 !== 'campaigns' || rest.length > 0) return undefined;
  if (campaignId === undefined) {
    if (method === 'GET') return { op: 'list', companyId };
    if (method === 'POST') return { op: 'create', companyId };
    return undefined;
  }
  if (s5 === undefined) return method === 'GET' ? { op: 'read', companyId, campaignId } : undefined;
  if (s5 !== 'stores') return undefined;
  if (method === 'GET') return { op: 'links', companyId, campaignId };
  if (method === 'PUT') return { op: 'update', companyId, campaignId };
  return undefined;
}
