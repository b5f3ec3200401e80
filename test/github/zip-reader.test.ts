/**
 * The zip reader the reviewed plan is downloaded through: what `zip` itself writes is read back
 * byte for byte, and a cut or damaged archive is an error, never a different plan.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipEntries, ZipError } from '../../src/github/zip-reader.js';
import { makeZip } from './zip.js';

const plan = JSON.stringify({ format_version: 2, actions: Array.from({ length: 200 }, (_, i) => ({ address: `p/a/${i}`, note: 'é'.repeat(i % 7) })) }, null, 2);
const hasZip = spawnSync('zip', ['-v']).status === 0;

describe('zipEntries', () => {
  it('reads deflated and stored entries, and leaves folders out', () => {
    const zip = makeZip([{ name: 'plan.json', data: plan }, { name: 'notes/', data: '', stored: true }, { name: 'notes/a.txt', data: 'hello', stored: true }]);
    const entries = zipEntries(zip, 1 << 20);
    expect(entries.map((e) => e.name)).toEqual(['plan.json', 'notes/a.txt']);
    expect(entries[0]!.read().toString('utf8')).toBe(plan);
    expect(entries[1]!.read().toString('utf8')).toBe('hello');
  });

  it.skipIf(!hasZip)('reads what the zip program writes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-zip-'));
    try {
      writeFileSync(path.join(dir, 'plan.json'), plan);
      execFileSync('zip', ['-q', '-9', 'a.zip', 'plan.json'], { cwd: dir });
      const [entry] = zipEntries(readFileSync(path.join(dir, 'a.zip')), 1 << 20);
      expect(entry!.name).toBe('plan.json');
      expect(entry!.read().toString('utf8')).toBe(plan);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a damaged entry, a cut archive, an entry over the cap, and what is no zip', () => {
    const zip = makeZip([{ name: 'plan.json', data: plan, stored: true }]);
    const damaged = Buffer.from(zip);
    damaged[40] = damaged[40]! ^ 0xff;
    expect(() => zipEntries(damaged, 1 << 20)[0]!.read()).toThrow(/plan\.json is damaged/);
    expect(() => zipEntries(zip.subarray(0, zip.length - 30), 1 << 20)).toThrow(ZipError);
    expect(() => zipEntries(zip, 100)[0]!.read()).toThrow(/over the 100 this reader takes/);
    expect(() => zipEntries(Buffer.from('{"not":"a zip"}'.repeat(10)), 1 << 20)).toThrow(/not a zip archive/);
  });
});
