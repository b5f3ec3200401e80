import { describe, expect, it } from 'vitest';
import { EndlessListError, MAX_PAGES, readPages, type ListPage, type PagedList } from '../../../src/providers/kit/paging.js';
import type { AccountConfig } from '../../../src/config/load.js';
import { readCampaigns } from '../../../src/providers/topsort/read.js';
import { scriptedHttp } from '../../helpers/scripted-http.js';

interface Row {
  readonly id: string;
}
const rows = (...ids: number[]): Row[] => ids.map((n) => ({ id: `c${n}` }));

/** A list of `total` campaigns served `size` a page by offset, with `more` while campaigns remain. */
function offsetList(total: number, size: number, overrides: Partial<PagedList<Row>> = {}): PagedList<Row> & { cursors: number[] } {
  const cursors: number[] = [];
  return {
    vendor: 'Vendor',
    account: 'acct',
    moreSignal: 'hasMore',
    cursorName: 'offset',
    first: 0,
    idOf: (r) => r.id,
    cursors,
    async fetch(offset): Promise<ListPage<Row>> {
      cursors.push(offset);
      const ids = Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, i) => offset + i);
      return { rows: rows(...ids), more: offset + size < total };
    },
    ...overrides,
  };
}

async function collect(list: PagedList<Row>, opts: { enough?: (pages: number) => boolean; lastPage?: () => number | undefined } = {}) {
  const seen: string[] = [];
  const result = await readPages(list, { onRows: (r) => seen.push(...r.map((x) => x.id)), ...opts });
  return { seen, ...result };
}

describe('readPages', () => {
  it('reads every page of a list, each campaign once, in list order', async () => {
    const list = offsetList(250, 100);
    const { seen, pages } = await collect(list);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
    expect(pages).toBe(3);
    expect(list.cursors).toEqual([0, 100, 200]);
  });

  it('stops as soon as the caller has what it wants', async () => {
    const list = offsetList(1000, 100);
    const seen = new Set<string>();
    await readPages(list, { onRows: (r) => r.forEach((x) => seen.add(x.id)), enough: () => seen.has('c150') });
    expect(list.cursors).toEqual([0, 100]);
  });

  it('reads pages addressed by index a few at a time, and stops quietly at the last page the vendor can have', async () => {
    const list = offsetList(1000, 100, { stride: 100, inFlight: 4 });
    const { pages } = await collect(list, { lastPage: () => 6 });
    expect(list.cursors).toEqual([0, 100, 200, 300, 400, 500]);
    expect(pages).toBe(6);
  });

  it('follows the next cursor the vendor gives, and drops campaigns a shifted page repeats', async () => {
    const pages: Record<number, ListPage<Row>> = {
      0: { rows: rows(1, 2), more: true, next: 7 },
      7: { rows: rows(2, 3), more: false },
    };
    const { seen } = await collect(offsetList(0, 0, { fetch: async (c) => pages[c]! }));
    expect(seen).toEqual(['c1', 'c2', 'c3']);
  });

  it('stops a vendor that keeps saying hasMore while serving the same campaigns again', async () => {
    const list = offsetList(0, 0, { fetch: async () => ({ rows: rows(1, 2), more: true }) });
    await expect(collect(list)).rejects.toThrow(
      new EndlessListError(
        "Vendor kept answering hasMore, but page 2 (offset 2) of account `acct`'s campaign list brought no campaign the earlier pages had not listed; campaignctl stopped reading rather than page for ever",
      ),
    );
  });

  it('stops an empty page that still says hasMore', async () => {
    const chained = offsetList(0, 0, { fetch: async (c) => (c === 0 ? { rows: rows(1), more: true, next: 100 } : { rows: [], more: true, next: c + 100 }) });
    await expect(collect(chained)).rejects.toThrow(/kept answering hasMore, but page 2 \(offset 100\)/);
    const indexed = offsetList(0, 0, { stride: 1, first: 1, cursorName: 'page', fetch: async (p) => ({ rows: p === 1 ? rows(1) : [], more: true }) });
    await expect(collect(indexed)).rejects.toThrow(/kept answering hasMore, but page 2 \(page 2\)/);
  });

  it('stops a list whose next cursor does not advance', async () => {
    const list = offsetList(0, 0, { fetch: async () => ({ rows: rows(1), more: true, next: 0 }) });
    await expect(collect(list)).rejects.toThrow("Vendor's campaign list of account `acct` did not advance past offset 0");
  });

  it('never trusts the vendor to end the list: it reads at most MAX_PAGES pages, and says so', async () => {
    let n = 0;
    const endless = offsetList(0, 0, { fetch: async () => ({ rows: rows(n++), more: true }) });
    await expect(collect(endless)).rejects.toThrow(
      `Vendor still answered hasMore after ${MAX_PAGES.toLocaleString('en-US')} pages of account \`acct\`'s campaign list`,
    );
    expect(n).toBe(MAX_PAGES);
    await expect(collect(offsetList(10_000, 1, { maxPages: 5 }))).rejects.toThrow(/after 5 pages/);
  });

  it('counts skipped entries (no id, deleted) as something the page held', async () => {
    const list = offsetList(0, 0, { fetch: async (c) => (c < 3 ? { rows: c === 0 ? rows(1) : [], skipped: 1, more: true } : { rows: [], more: false }) });
    const { seen, listed } = await collect(list);
    expect(seen).toEqual(['c1']);
    expect(listed).toBe(3);
  });
});

describe('a provider on the kit', () => {
  it('names the vendor, the account and what the vendor did when its list never ends', async () => {
    // Every offset answers the same campaign, with hasMore and a next offset that does move on.
    const http = scriptedHttp((req) => {
      const offset = Number(req.query?.offset);
      return { body: { campaigns: [{ campaignId: '00000000-0000-4000-8000-000000000001' }], hasMore: true, next: { offset: offset + 100, limit: 100 } } };
    });
    const account = { name: 'marketplace-eu' } as AccountConfig;
    await expect(readCampaigns(['99999999-0000-4000-8000-000000000000'], { http, account })).rejects.toThrow(
      /^Topsort kept answering hasMore, but page 2 \(offset 100\) of account `marketplace-eu`'s campaign list brought no campaign/,
    );
    expect(http.sent).toHaveLength(2);
  });
});
