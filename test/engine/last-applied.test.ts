/** Saving the last-applied record: what one apply changed, merged into the file as it is on disk. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLastApplied, recordDelta, saveLastApplied, type LastAppliedRecord } from '../../src/engine/last-applied.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-record-'));
  file = path.join(dir, '.campaignctl', 'last-applied.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fp = (c: string) => `sha256:${c.repeat(64)}`;
const rec = (campaigns: LastAppliedRecord['campaigns'], more: Partial<Pick<LastAppliedRecord, 'managed' | 'creates'>> = {}): LastAppliedRecord => ({
  format_version: 2,
  campaigns,
  managed: more.managed ?? [],
  creates: more.creates ?? {},
});

describe('saving the last-applied record', () => {
  it('applies only what this apply changed to the file as it is now: others\' entries written meanwhile stay', async () => {
    const start = rec({ 'p/a/1': { x: fp('1') }, 'p/a/2': { x: fp('2') }, 'p/a/3': { x: fp('3') } });
    // This apply sent 2 again with another value, forgot 3, and left 1 alone.
    const end = rec({ 'p/a/1': { x: fp('1') }, 'p/a/2': { x: fp('4') } });
    // Meanwhile another writer recorded 9 and changed 1.
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(rec({ 'p/a/1': { x: fp('7') }, 'p/a/2': { x: fp('2') }, 'p/a/3': { x: fp('3') }, 'p/b/9': { y: fp('9') } })));
    await saveLastApplied(file, recordDelta(start, end));
    const saved = JSON.parse(readFileSync(file, 'utf8')) as LastAppliedRecord;
    expect(saved).toEqual(rec({ 'p/a/1': { x: fp('7') }, 'p/a/2': { x: fp('4') }, 'p/b/9': { y: fp('9') } }));
    expect(Object.keys(saved.campaigns)).toEqual(['p/a/1', 'p/a/2', 'p/b/9']);
  });

  it('writes nothing when the apply changed nothing, and refuses to overwrite a record it cannot read', async () => {
    const same = rec({ 'p/a/1': { x: fp('1') } });
    await saveLastApplied(file, recordDelta(same, same));
    expect(() => readFileSync(file)).toThrow();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"format_version": 1, "campa');
    await expect(saveLastApplied(file, recordDelta(rec({}), same), '.campaignctl/last-applied.json')).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"format_version": 1, "campa');
  });

  it('merges the managed set and the creates the same way: what this apply added or removed, on top of the file as it is', async () => {
    const sent = { state: 'sent' as const, address: 'p/a/new:campaigns/x.yaml', at: '2026-11-23T12:00:00.000Z' };
    const created = { ...sent, state: 'created' as const, id: '5' };
    const start = rec({}, { managed: ['p/a/1', 'p/a/2'], creates: { k1: sent } });
    // This apply created k1 as 5, retired 2 and found 3 unchanged.
    const end = rec({}, { managed: ['p/a/1', 'p/a/3', 'p/a/5'], creates: { k1: created } });
    // Meanwhile another apply (of another account) recorded what it manages and a create of its own.
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(rec({}, { managed: ['p/a/1', 'p/a/2', 'p/b/9'], creates: { k1: sent, k2: { ...sent, address: 'p/b/new:y.yaml' } } })));
    await saveLastApplied(file, recordDelta(start, end));
    const saved = JSON.parse(readFileSync(file, 'utf8')) as LastAppliedRecord;
    expect(saved.managed).toEqual(['p/a/1', 'p/a/3', 'p/a/5', 'p/b/9']);
    expect(saved.creates).toEqual({ k1: created, k2: { ...sent, address: 'p/b/new:y.yaml' } });
    expect(saved.format_version).toBe(2);
  });

  it('reads a version 1 record as version 2 with nothing managed yet (so nothing is pruned until an apply records what it manages)', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ format_version: 1, campaigns: { 'p/a/1': { x: fp('1') } } }));
    expect((await readLastApplied(file)).record).toEqual(rec({ 'p/a/1': { x: fp('1') } }));
  });

  it('refuses a create entry that says created but names no id', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(rec({}, { creates: { k: { state: 'created', address: 'p/a/new:x.yaml', at: '' } as never } })));
    const r = await readLastApplied(file, '.campaignctl/last-applied.json');
    expect(r.record).toBeUndefined();
    expect(r.diagnostics[0]?.message).toMatch(/must be \{"format_version": 2/);
  });

  it('reports a record that is a directory with its path, not EISDIR', async () => {
    mkdirSync(file, { recursive: true });
    const r = await readLastApplied(file, '.campaignctl/last-applied.json');
    expect(r.record).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: '.campaignctl/last-applied.json', line: 1, col: 1, message: 'the last-applied record is a directory, not a file' }),
    ]);
  });
});
