/**
 * Text from a vendor (an error page, a campaign's live values) or from a hand-edited plan file
 * reaches every human format escaped: a terminal, a CI log or a GitHub comment never receives the
 * raw bytes of an escape sequence, a bell, a carriage return, a C1 control or a bidi override.
 */
import { describe, expect, it } from 'vitest';
import type { ApplyOutcome } from '../../src/engine/apply.js';
import { summarize, type Plan, type PlanAction } from '../../src/engine/plan-model.js';
import { renderApplyMarkdown } from '../../src/report/apply-markdown.js';
import { renderApplyText } from '../../src/report/apply-text.js';
import { driftMarkdownLines } from '../../src/report/drift-markdown.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';

/** Clear screen, window title (OSC … BEL), CR, C1 CSI, DEL, a right-to-left override and an isolate. */
const HOSTILE = '\u001b[2J\u001b]0;owned\u0007ok\rX\u009b31m\u007f\u202etxt.exe\u2066i\u2069';
/** How each shows (markdown turns the CR, a line break, into a space). */
const ESCAPED = ['\\u001b[2J\\u001b]0;owned\\u0007ok', 'X\\u009b31m\\u007f\\u202etxt.exe\\u2066i\\u2069'];
// eslint-disable-next-line no-control-regex -- looking for them is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const base = { provider: 'topsort', account: 'marketplace-eu', file: 'campaigns/a.yaml', line: 3 } as const;
const actions: PlanAction[] = [
  { ...base, address: 'topsort/marketplace-eu/1', id: '1', action: 'error', error: { code: 'read_failed', message: `GET /x: 500 — ${HOSTILE}` } },
  {
    ...base,
    address: 'topsort/marketplace-eu/2',
    id: '2',
    action: 'update',
    changes: [{ path: 'name', before: HOSTILE, after: 'Spring' }],
    live_fingerprint: 'sha256:x',
    desired: { name: 'Spring' },
  },
  // A hand-edited plan file: its address itself.
  { ...base, address: `topsort/marketplace-eu/${HOSTILE}`, id: HOSTILE, action: 'error', error: { code: 'not_found', message: 'gone' } },
];
const plan: Plan = { format_version: 2, created_at: '', summary: summarize(actions), actions };
const outcomes: ApplyOutcome[] = [
  { address: 'topsort/marketplace-eu/1', outcome: 'failed', message: `PATCH /x: 400 — ${HOSTILE}` },
  { address: `topsort/marketplace-eu/${HOSTILE}`, outcome: 'not_applied', message: 'gone' },
];
const result = { outcomes, tally: { applied: 0, created: 0, adopted: 0, retired: 0, deleted: 0, forgotten: 0, failed: 1, stale: 0, unchanged: 0, not_applied: 1 }, interrupted: false };

describe('control characters in what campaignctl shows', () => {
  const shown: Record<string, string> = {
    'text plan': renderPlanText(plan, false),
    'coloured text plan': renderPlanText(plan, true),
    'markdown plan': renderPlanMarkdown(plan),
    'drift issue': driftMarkdownLines(plan).join('\n'),
    'apply tally': renderApplyText(result, false),
    'apply markdown': renderApplyMarkdown(result),
  };
  for (const [what, text] of Object.entries(shown)) {
    it(`${what}: none raw, each escaped`, () => {
      // The colours are campaignctl's own escape sequences; nothing else may be.
      const own = text.replaceAll(/\x1b\[\d+m/g, ''); // eslint-disable-line no-control-regex -- campaignctl's own colours
      expect(RAW.exec(own)?.[0]).toBeUndefined();
      for (const part of ESCAPED) expect(own.replaceAll('\\\\', '\\')).toContain(part);
    });
  }

  it('a diff value stays JSON: control characters JSON leaves raw are escaped the JSON way', () => {
    // On one line: a text with a line break (HOSTILE's CR) is shown word by word instead, escaped as checked above.
    const oneLine = HOSTILE.replace('\r', '');
    const update = { ...actions[1]!, changes: [{ path: 'name', before: oneLine, after: 'Spring' }] } as PlanAction;
    const line = renderPlanText({ ...plan, actions: [update] }, false).split('\n').find((l) => l.includes('~ name:'))!;
    const value = /~ name: (".*") →/.exec(line)![1]!;
    expect(JSON.parse(value)).toBe(oneLine);
  });
});
