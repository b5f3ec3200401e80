/**
 * Plans to feed the github commands (valid as saved plans: Voucherify ids, `desired` holding every
 * changed field), and the runner's environment pointing at a fake GitHub.
 */
import { summarize, type ErrorAction, type NoChangeAction, type Plan, type PlanAction, type PlanChange, type UpdateAction } from '../../src/engine/plan-model.js';
import type { FakeGithub } from './fake-github.js';

export const campaignId = (i: number) => `camp_${String(i).padStart(24, '0')}`;
export const address = (i: number) => `voucherify/shop-eu/${campaignId(i)}`;

/** The managed fields that produce `changes`: each change's value at its path. */
function desiredFrom(changes: readonly PlanChange[]): Record<string, unknown> {
  const desired: Record<string, unknown> = {};
  for (const c of changes) {
    const keys = c.path.split('.');
    let at = desired;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys.at(-1)!] = c.after;
  }
  return desired;
}

export function update(i: number, changes: PlanChange[] = [{ path: 'metadata.budget', before: 100, after: 500 }]): UpdateAction {
  return {
    address: address(i),
    provider: 'voucherify',
    account: 'shop-eu',
    id: campaignId(i),
    file: `campaigns/voucherify/c${i}.yaml`,
    line: 2,
    action: 'update',
    changes,
    live_fingerprint: `sha256:${'0'.repeat(64)}`,
    desired: desiredFrom(changes),
  };
}

export function unchanged(i: number): NoChangeAction {
  const { changes: _c, live_fingerprint: _l, ...rest } = update(i);
  return { ...rest, action: 'no_change', desired: { active: true } };
}

export function failed(i: number, code = 'not_found', message = 'the campaign no longer exists at the vendor'): ErrorAction {
  const { changes: _c, desired: _d, live_fingerprint: _l, ...rest } = update(i);
  return { ...rest, action: 'error', error: { code, message } };
}

export function plan(actions: PlanAction[]): Plan {
  return { format_version: 2, created_at: '2026-11-23T12:00:00.000Z', summary: summarize(actions), actions };
}

/** The variables the Actions runner sets, for a run in acme/campaigns. */
export function runnerEnv(fake: FakeGithub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_TOKEN: fake.token,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    ...extra,
  };
}
