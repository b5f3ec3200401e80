/** The fakes' memo of a list's sorted campaigns: reused page after page, recomputed the moment anything it read changes. */
import { describe, expect, it } from 'vitest';
import { listMemo } from '../../src/sandbox/kit/list-memo.js';

interface Row {
  [key: string]: unknown;
  id: string;
  at: number;
}

/** A memo over a sort by `at`, counting how often it really sorts. */
function sorter() {
  const memo = listMemo<Row>((r) => [r.id, r.at]);
  let computed = 0;
  const sorted = (items: Row[], signature: string | undefined = 'asc') =>
    memo(items, signature, () => {
      computed++;
      return [...items].sort((a, b) => a.at - b.at).map((r) => r.id);
    });
  return { sorted, computed: () => computed };
}

const rows = (...ats: number[]): Row[] => ats.map((at, i) => ({ id: `r${i}`, at }));

describe('listMemo', () => {
  it('sorts once for a walk of pages over a list nobody changes', () => {
    const { sorted, computed } = sorter();
    const items = rows(3, 1, 2);
    for (let page = 0; page < 5; page++) expect(sorted(items)).toEqual(['r1', 'r2', 'r0']);
    expect(computed()).toBe(1);
  });

  it('sorts again when a listed field changes, an element is replaced, added or removed, or the array is another', () => {
    const { sorted, computed } = sorter();
    const items = rows(3, 1, 2);
    sorted(items);
    items[0]!.at = 0;
    expect(sorted(items)).toEqual(['r0', 'r1', 'r2']);
    items[1] = { id: 'x', at: 9 };
    expect(sorted(items)).toEqual(['r0', 'r2', 'x']);
    items.push({ id: 'y', at: 5 });
    expect(sorted(items)).toEqual(['r0', 'r2', 'y', 'x']);
    items.splice(0, 1);
    expect(sorted(items)).toEqual(['r2', 'y', 'x']);
    expect(sorted([...items].reverse())).toEqual(['r2', 'y', 'x']);
    expect(computed()).toBe(6);
  });

  it('keeps one answer per signature, and remembers nothing without one', () => {
    const memo = listMemo<Row>((r) => [r.id, r.at]);
    const items = rows(3, 1, 2);
    let computed = 0;
    const sorted = (dir: 1 | -1, signature: string | undefined) =>
      memo(items, signature, () => {
        computed++;
        return [...items].sort((a, b) => dir * (a.at - b.at)).map((r) => r.id);
      });
    expect(sorted(1, 'asc')).toEqual(['r1', 'r2', 'r0']);
    expect(sorted(-1, 'desc')).toEqual(['r0', 'r2', 'r1']);
    expect(sorted(1, 'asc')).toEqual(['r1', 'r2', 'r0']);
    expect(computed).toBe(2);
    sorted(1, undefined);
    sorted(1, undefined);
    expect(computed).toBe(4);
  });

  it('does not remember a list whose listed field holds an object, which could change inside', () => {
    const { sorted, computed } = sorter();
    const items: Row[] = [{ id: { v: 'a' } as unknown as string, at: 1 }];
    sorted(items);
    sorted(items);
    expect(computed()).toBe(2);
  });
});
