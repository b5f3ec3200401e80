/** The fakes' index of campaigns by id: always the answer a scan of the list gives, however the list was changed. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/sandbox/faults.js';
import { idIndex } from '../../src/sandbox/kit/id-index.js';

interface Row {
  id: unknown;
  deleted?: boolean;
}

const rows = (...ids: unknown[]): Row[] => ids.map((id) => ({ id }));
const live = (r: Row): boolean => r.deleted !== true;
/** The answer the index must give: the first row with that id that is not deleted. */
const scan = (items: readonly Row[], id: unknown): number => items.findIndex((r) => r.id === id && live(r));

describe('idIndex', () => {
  it('finds the first accepted row with the id, and -1 for an id no row has', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows('a', 'b', 'c', 'b');
    items[1]!.deleted = true;
    expect(index.find(items, 'c', live)).toBe(2);
    expect(index.find(items, 'b', live)).toBe(3);
    expect(index.find(items, 'b')).toBe(1);
    expect(index.find(items, 'zz', live)).toBe(-1);
    expect(index.find(items, 'zz', live)).toBe(-1);
  });

  it('is not fooled by a splice that moves every later row', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows('a', 'b', 'c', 'd');
    expect(index.find(items, 'd')).toBe(3);
    items.splice(1, 1);
    expect(index.find(items, 'd')).toBe(2);
    expect(index.find(items, 'b')).toBe(-1);
    items.splice(0, 0, { id: 'x' });
    expect(index.find(items, 'a')).toBe(1);
    expect(index.find(items, 'x')).toBe(0);
  });

  it('gives the row now at a position, when the element there was replaced', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows('a', 'b', 'c');
    expect(index.find(items, 'b')).toBe(1);
    const replacement = { id: 'b', deleted: true };
    items[1] = replacement;
    expect(index.find(items, 'b', live)).toBe(-1);
    expect(items[index.find(items, 'b')]).toBe(replacement);
    items[1] = { id: 'q' };
    expect(index.find(items, 'b')).toBe(-1);
    expect(index.find(items, 'q')).toBe(1);
  });

  it('follows an id edited in place, both the old id and the new one', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows('a', 'b', 'c');
    expect(index.find(items, 'c')).toBe(2);
    items[2]!.id = 'c2';
    expect(index.find(items, 'c')).toBe(-1);
    expect(index.find(items, 'c2')).toBe(2);
    items[0]!.deleted = true;
    expect(index.find(items, 'a', live)).toBe(-1);
    items[0]!.deleted = false;
    expect(index.find(items, 'a', live)).toBe(0);
  });

  it('answers from a replaced array, not from the one it indexed before', () => {
    const index = idIndex<Row>((r) => r.id);
    const state = { campaigns: rows('a', 'b') };
    expect(index.find(state.campaigns, 'b')).toBe(1);
    state.campaigns = rows('b', 'a');
    expect(index.find(state.campaigns, 'b')).toBe(0);
    state.campaigns = [];
    expect(index.find(state.campaigns, 'b')).toBe(-1);
  });

  it('finds rows pushed after it was built, and the first of two rows sharing an id', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows('a');
    expect(index.find(items, 'a')).toBe(0);
    items.push({ id: 'b' }, { id: 'a' });
    expect(index.find(items, 'b')).toBe(1);
    expect(index.find(items, 'a')).toBe(0);
    items[0]!.deleted = true;
    expect(index.find(items, 'a', live)).toBe(2);
  });

  it('compares keys as === does: numbers are not strings, NaN is nothing', () => {
    const index = idIndex<Row>((r) => r.id);
    const items = rows(1, '1', Number.NaN, 2);
    expect(index.find(items, 1)).toBe(0);
    expect(index.find(items, '1')).toBe(1);
    expect(index.find(items, Number.NaN)).toBe(-1);
    expect(index.find(items, 2)).toBe(3);
  });

  it('reads one row for a lookup once built, and only the new ones after a push', () => {
    let reads = 0;
    const index = idIndex<Row>((r) => {
      reads++;
      return r.id;
    });
    const items = rows(...Array.from({ length: 1000 }, (_, i) => `id${i}`));
    expect(index.find(items, 'id500')).toBe(500);
    reads = 0;
    expect(index.find(items, 'id999')).toBe(999);
    expect(index.find(items, 'id3')).toBe(3);
    expect(reads).toBe(2);
    items.push({ id: 'new' });
    reads = 0;
    expect(index.find(items, 'new')).toBe(1000);
    expect(reads).toBe(2);
  });

  it('agrees with a scan through a long run of changes made behind its back', () => {
    const index = idIndex<Row>((r) => r.id);
    const random = seededRandom(42);
    const pick = (n: number) => Math.floor(random() * n);
    let fresh = 0;
    let items = rows(...Array.from({ length: 50 }, () => `id${fresh++}`));
    for (let step = 0; step < 3000; step++) {
      const move = pick(9);
      if (move === 0) items.push({ id: `id${fresh++}` });
      else if (move === 1 && items.length > 0) items.splice(pick(items.length), 1);
      else if (move === 2) items.splice(pick(items.length + 1), 0, { id: `id${fresh++}` });
      else if (move === 3 && items.length > 0) items[pick(items.length)] = { id: `id${fresh++}` };
      else if (move === 4 && items.length > 0) items[pick(items.length)]!.id = `id${fresh++}`;
      else if (move === 5 && items.length > 0) items[pick(items.length)]!.deleted = random() < 0.5;
      else if (move === 6 && random() < 0.05) items = items.map((r) => ({ ...r })).reverse();
      const id = `id${pick(fresh + 3)}`;
      expect(index.find(items, id, live), `step ${step}: ${id}`).toBe(scan(items, id));
    }
  });
});
