import { describe, expect, it } from 'vitest';
import { HTTP_DEFAULTS, Pacer, type PaceTicket } from '../../src/http/index.js';

/** A pacer on a hand-moved clock; acquire only when the clock says the pacer is free. */
function setup() {
  const clock = { now: 1_000_000 };
  const lines: string[] = [];
  const pacer = new Pacer({ policy: HTTP_DEFAULTS.rateLimit, now: () => clock.now, onChange: (l) => lines.push(l) });
  const take = async (advanceMs = 0): Promise<PaceTicket> => {
    clock.now += advanceMs;
    return pacer.acquire();
  };
  return { clock, pacer, take, lines };
}

describe('Pacer', () => {
  it('is unthrottled until the vendor answers anything about limits', async () => {
    const { pacer, take } = setup();
    pacer.answered(await take(), 200);
    expect(pacer.pace()).toBeUndefined();
  });

  it('sends one request first, then learns the limit from a header at once', async () => {
    const { pacer, take } = setup();
    const first = await take();
    let second = false;
    const next = pacer.acquire().then((t) => ((second = true), t));
    await new Promise((r) => setImmediate(r));
    expect(second).toBe(false); // held back until the first answer
    pacer.answered(first, 200, { limit: 45, remaining: 44 });
    await next;
    expect(pacer.pace()).toBe(45);
  });

  it('on a plain 429 paces to what the vendor accepted in the window before it, not to a halving', async () => {
    const { pacer, take, clock } = setup();
    pacer.answered(await take(), 200);
    const tickets: PaceTicket[] = [];
    for (let i = 0; i < 13; i++) tickets.push(await take(10));
    for (const t of tickets.slice(0, 9)) pacer.answered(t, 200);
    // The 11th is refused: 10 were accepted in the last second (the probe and nine of the burst).
    clock.now += 5;
    const { waitMs } = pacer.answered(tickets[9]!, 429, { retryAfterMs: 1_000 });
    expect(waitMs).toBe(1_000);
    expect(pacer.pace()).toBe(10);
    expect(pacer.pausedFor()).toBe(1_000);
    // Later refusals of requests sent before the change do not lower it again.
    pacer.answered(tickets[10]!, 429, { retryAfterMs: 1_000 });
    pacer.answered(tickets[11]!, 429, { retryAfterMs: 1_000 });
    expect(pacer.pace()).toBe(10);
  });

  it('counts answers that arrive after the 429 that set the pace', async () => {
    const { pacer, take } = setup();
    pacer.answered(await take(), 200);
    const tickets: PaceTicket[] = [];
    for (let i = 0; i < 8; i++) tickets.push(await take(5));
    for (const t of tickets.slice(0, 4)) pacer.answered(t, 200);
    pacer.answered(tickets[7]!, 429, { retryAfterMs: 1_000 });
    expect(pacer.pace()).toBe(5);
    for (const t of tickets.slice(4, 7)) pacer.answered(t, 200);
    expect(pacer.pace()).toBe(8);
  });

  it('lowers on a 429 under the learned pace no further than half in one step', async () => {
    const { pacer, take, clock } = setup();
    pacer.answered(await take(), 200);
    const burst: PaceTicket[] = [];
    for (let i = 0; i < 11; i++) burst.push(await take(1));
    for (const t of burst.slice(0, 9)) pacer.answered(t, 200);
    pacer.answered(burst[9]!, 429, { retryAfterMs: 1_000 });
    pacer.answered(burst[10]!, 429, { retryAfterMs: 1_000 });
    expect(pacer.pace()).toBe(10);
    // Someone else now shares the limit: only 2 of ours fit before the next 429.
    clock.now += 5_000;
    const a = await take(0);
    pacer.answered(a, 200);
    const b = await take(100);
    pacer.answered(b, 200);
    const c = await take(100);
    pacer.answered(c, 429, { retryAfterMs: 1_000 });
    expect(pacer.pace()).toBe(5);
  });

  it('keeps a configured rate whatever the vendor says, but pauses on its 429s', async () => {
    const clock = { now: 0 };
    const pacer = new Pacer({ rate: 2.5, policy: HTTP_DEFAULTS.rateLimit, now: () => clock.now });
    expect(pacer.pace()).toBe(2.5);
    const t = await pacer.acquire();
    pacer.answered(t, 429, { limit: 100, retryAfterMs: 700 });
    expect(pacer.pace()).toBe(2.5);
    expect(pacer.pausedFor()).toBe(700);
  });

  it('widens the window when nothing remains until a reset far beyond it (a per-minute limit)', async () => {
    const { pacer, take } = setup();
    const probe = await take();
    pacer.answered(probe, 200, { limit: 100, remaining: 99, resetInMs: 60_000 });
    expect(pacer.pace()).toBe(100);
    const tickets: PaceTicket[] = [];
    for (let i = 0; i < 99; i++) tickets.push(await take(10));
    tickets.forEach((t, i) => pacer.answered(t, 200, { limit: 100, remaining: 98 - i, resetInMs: 59_000 - 10 * i }));
    // 100 per ~58 s at least: never faster than the vendor's 100 per minute.
    expect(pacer.pace()!).toBeLessThan(100 / 57);
    expect(pacer.pace()!).toBeGreaterThan(100 / 60);
  });

  it('ignores near resets rounded to whole seconds (a sliding window reporting its next free slot)', async () => {
    const { pacer, take } = setup();
    const t = await take();
    pacer.answered(t, 200, { limit: 10, remaining: 0, resetInMs: 1_900 });
    expect(pacer.pace()).toBe(10);
  });

  it('rejects waiting requests when aborted or closed', async () => {
    const { pacer, take } = setup();
    await take(); // the probe: the next ones wait for its answer
    const controller = new AbortController();
    const aborted = pacer.acquire({ signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    const waiting = pacer.acquire();
    pacer.close();
    await expect(waiting).rejects.toThrow('closed');
  });
});
