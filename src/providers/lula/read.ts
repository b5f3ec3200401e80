/**
 * Reading Lula campaigns: one GET per campaign, concurrently (the HTTP client bounds the
 * concurrency). The list cannot replace those reads: it returns summaries only
 * (`{id, name, image, start_date, end_date, status}`), without `description`.
 *
 * Alongside, the company's list is paged once (100 per page, the documented maximum) for the
 * names of every live campaign of the company: `name` must be unique within the company, and
 * the plan checks a rename against the campaigns the YAML does not manage too (see
 * plan-rules.ts). That costs ceil(campaigns / 100) requests per plan and account.
 */
import type { HttpClient } from '../../http/types.js';
import type { LiveCampaign, ReadContext, VendorObject } from '../runtime.js';
import { campaignPath, campaignsPath, companyId } from './account.js';
import { unreadableNote } from '../kit/lenient.js';
import { FoundCampaigns } from '../kit/found-campaigns.js';
import { readPages } from '../kit/paging.js';
import { campaignDetail, idOf, isDeleted, listPage, type CampaignSummary } from './wire-types.js';

export const LIST_LIMIT = 100;

/** The company's campaign names as read alongside a campaign, for the name-uniqueness rule. */
export interface CompanyNames {
  readonly company: string;
  readonly campaigns: readonly CampaignSummary[];
}

const namesByRaw = new WeakMap<VendorObject, CompanyNames>();

/** The names read with this live object; undefined when it was not read by `readCampaigns`. */
export function companyNamesOf(raw: VendorObject): CompanyNames | undefined {
  return namesByRaw.get(raw);
}

export async function readCampaigns(ids: readonly string[], ctx: ReadContext): Promise<Map<string, LiveCampaign>> {
  const found = new FoundCampaigns(ctx);
  if (ids.length === 0) return found.result();
  const company = companyId(ctx.account);
  // A campaign is handed on once the company's names are read too (its rename rule needs them):
  // those read before wait here, the GETs themselves never wait for the list.
  let names: { listed: CompanyNames | undefined } | undefined;
  const waiting: LiveCampaign[] = [];
  const handOn = (live: LiveCampaign, listed: CompanyNames | undefined) => {
    if (listed) namesByRaw.set(live.raw, listed);
    found.add(live);
  };
  await Promise.all([
    listNames(ctx, company).then((listed) => {
      names = { listed };
      for (const live of waiting.splice(0)) handOn(live, listed);
    }),
    Promise.all(
      [...new Set(ids)].map(async (id) => {
        const raw = await readOne(ctx.http, company, id, ctx.signal);
        if (!raw) return;
        if (names) handOn({ id, raw }, names.listed);
        else waiting.push({ id, raw });
      }),
    ),
  ]);
  return found.result();
}

async function readOne(http: HttpClient, company: string, id: string, signal?: AbortSignal): Promise<VendorObject | undefined> {
  const res = await http.request(
    { method: 'GET', path: campaignPath(company, id), accept: [404], purpose: `read campaign ${id}` },
    signal,
  );
  if (res.status === 404) return undefined;
  const raw = campaignDetail(res.body);
  if (!raw) throw new Error(`Lula answered the read of campaign ${id} with something that is not a campaign object`);
  const answered = idOf(raw['id']);
  if (answered !== undefined && answered !== id) {
    throw new Error(`Lula answered the read of campaign ${id} with campaign ${answered}`);
  }
  return isDeleted(raw) ? undefined : raw;
}

/** The list answered with something that is neither the documented envelope nor a bare array. */
class UnknownListAnswer extends Error {}

/**
 * Every live campaign's id and name in the company, page by page (oldest first, so that a
 * campaign created meanwhile lands on the last page instead of shifting the others). Undefined
 * when the answer is not a list campaignctl understands: the name check is then skipped.
 */
async function listNames(ctx: ReadContext, company: string, tally = { unreadable: 0 }): Promise<CompanyNames | undefined> {
  const campaigns: CampaignSummary[] = [];
  try {
    await readPages(
      {
        vendor: 'Lula',
        account: ctx.account.name,
        moreSignal: 'has_next_page',
        cursorName: 'offset',
        first: 0,
        stride: LIST_LIMIT,
        idOf: (c: CampaignSummary) => c.id,
        async fetch(offset) {
          const res = await ctx.http.request(
            {
              method: 'GET',
              path: campaignsPath(company),
              query: { limit: LIST_LIMIT, offset, order: 'ASC' },
              purpose: `list campaigns of company ${company} (page ${offset / LIST_LIMIT + 1})`,
            },
            ctx.signal,
          );
          const page = listPage(res.body);
          if (!page.understood) throw new UnknownListAnswer();
          tally.unreadable += page.unreadable;
          return { rows: page.campaigns, skipped: page.deleted + page.unreadable, more: page.hasNext ?? page.size >= LIST_LIMIT };
        },
      },
      { onRows: (rows) => campaigns.push(...rows) },
    );
  } catch (err) {
    if (err instanceof UnknownListAnswer) return undefined;
    throw err;
  }
  return { company, campaigns };
}

/**
 * Every campaign of the company (for `import`): the list pages for the ids (the list holds
 * summaries, every status included), then one GET per campaign for the full object. Soft-deleted
 * campaigns are left out, as are those deleted between the list and their GET.
 */
export async function readAllCampaigns(ctx: ReadContext): Promise<LiveCampaign[]> {
  const company = companyId(ctx.account);
  const tally = { unreadable: 0 };
  const names = await listNames(ctx, company, tally);
  if (tally.unreadable > 0) ctx.warn?.(unreadableNote('Lula', tally.unreadable, 'id'));
  if (!names) throw new Error(`Lula answered the campaign list of company ${company} with something that is not a campaign list`);
  const ids = [...new Set(names.campaigns.map((c) => c.id))];
  let found = 0;
  const details = await Promise.all(
    ids.map(async (id) => {
      const raw = await readOne(ctx.http, company, id, ctx.signal);
      if (raw) ctx.progress?.(++found);
      return [id, raw] as const;
    }),
  );
  const out: LiveCampaign[] = [];
  for (const [id, raw] of details) {
    if (!raw) continue;
    namesByRaw.set(raw, names);
    out.push({ id, raw });
  }
  return out;
}
