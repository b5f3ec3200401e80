import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/report/progress.js';

function sink() {
  let out = '';
  return { stream: { write: (s: string) => (out += s) }, text: () => out };
}

describe('progress', () => {
  it('in CI prints one plain line per account and phase, when it is done', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.stream, false, () => t);
    p.update({ phase: 'read', account: 'shop-eu', done: 0, total: 250 });
    t = 1200;
    p.update({ phase: 'read', account: 'shop-eu', done: 100, total: 250 });
    p.update({ phase: 'read', account: 'shop-eu', done: 250, total: 250 });
    p.update({ phase: 'read', account: 'shop-eu', done: 250, total: 250 });
    p.update({ phase: 'read', account: 'stores', done: 1, total: 1 });
    p.finish();
    expect(s.text()).toBe('shop-eu: read 250 campaigns in 1.2s\nstores: read 1 campaign in 0.0s\n');
  });

  it('on a terminal redraws one line with every account\'s count, and clears it at the end', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.stream, true, () => t);
    p.update({ phase: 'read', account: 'shop-eu', done: 10, total: 250 });
    t = 500;
    p.update({ phase: 'read', account: 'stores', done: 3, total: 40 });
    p.finish();
    const frames = s.text().split('\r\x1b[2K');
    expect(frames).toContain('shop-eu read 10/250 · stores read 3/40');
    expect(s.text().endsWith('\r\x1b[2K')).toBe(true);
    expect(s.text()).not.toContain('\n');
  });
});
