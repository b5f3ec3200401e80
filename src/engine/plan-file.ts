/**
 * Saved plans (`plan --out FILE`, `apply FILE`). Reading one checks its shape field by field and
 * answers a damaged or foreign file with positioned errors, never a crash or a partial apply.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../desired/diagnostic.js';
import { readInputFile } from '../desired/read-input.js';
import { loadYaml } from '../desired/yaml-source.js';
import { ACTION_KINDS, PLAN_FORMAT_VERSION, summarize, type Plan, type PlanAction } from './plan-model.js';

export async function writePlanFile(file: string, plan: Plan): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`);
}

export async function readPlanFile(file: string): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const input = await readInputFile(file, 'plan file', 'save one with `campaignctl plan --out FILE`');
  return 'diagnostic' in input ? { diagnostics: [input.diagnostic] } : parsePlanText(input.bytes, file);
}

/** JSON is YAML, so the YAML loader gives positions for every field of the plan. */
export function parsePlanText(content: string | Uint8Array, file: string): { plan?: Plan; diagnostics: Diagnostic[] } {
  const loaded = loadYaml(file, content);
  if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics };
  const doc = loaded.documents[0];
  const diagnostics: Diagnostic[] = [];
  const fail = (path: (string | number)[], message: string, hint?: string) =>
    diagnostics.push({
      ...(doc ? doc.locator.at(path) : { file, line: 1, col: 1 }),
      code: 'plan-file',
      message,
      ...(hint ? { hint } : {}),
    });
  if (!doc || loaded.documents.length !== 1 || !isObject(doc.value)) {
    fail([], 'not a campaignctl plan: expected one JSON object', 'save a plan with `campaignctl plan --out FILE`');
    return { diagnostics };
  }
  const raw = doc.value;
  if (raw.format_version !== PLAN_FORMAT_VERSION) {
    fail(['format_version'], `unsupported plan format_version ${JSON.stringify(raw.format_version)}; this campaignctl reads version ${PLAN_FORMAT_VERSION}`, 'plan again with this version of campaignctl');
    return { diagnostics };
  }
  if (!Array.isArray(raw.actions)) {
    fail(['actions'], '`actions` must be a list of plan actions');
    return { diagnostics };
  }
  const actions: PlanAction[] = [];
  raw.actions.forEach((a: unknown, i: number) => {
    const at = (k: string) => ['actions', i, k];
    if (!isObject(a)) return void fail(['actions', i], 'a plan action must be an object');
    for (const key of ['address', 'provider', 'account', 'id', 'file'] as const) {
      if (typeof a[key] !== 'string' || a[key] === '') fail(at(key), `\`${key}\` must be a non-empty string`);
    }
    if (typeof a.address === 'string' && a.address !== `${String(a.provider)}/${String(a.account)}/${String(a.id)}`) {
      fail(at('address'), '`address` must be `<provider>/<account>/<id>` of this action');
    }
    if (!ACTION_KINDS.includes(a.action as PlanAction['action'])) {
      fail(at('action'), `\`action\` must be one of ${ACTION_KINDS.join(', ')}`);
    }
    if (a.action === 'update') {
      if (!Array.isArray(a.changes) || a.changes.some((c: unknown) => !isObject(c) || typeof c.path !== 'string' || !('after' in c))) {
        fail(at('changes'), 'an update needs `changes`: a list of {path, before, after}');
      }
      if (!isObject(a.desired)) fail(at('desired'), 'an update needs `desired`: the managed fields to send');
      if (typeof a.live_fingerprint !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(a.live_fingerprint)) {
        fail(at('live_fingerprint'), 'an update needs `live_fingerprint` (sha256:…) to detect a stale plan');
      }
    }
    actions.push(a as unknown as PlanAction);
  });
  const seen = new Map<string, number>();
  actions.forEach((a, i) => {
    const first = seen.get(a.address);
    if (first !== undefined) fail(['actions', i, 'address'], `campaign ${a.address} appears twice in the plan (first as action ${first})`);
    else seen.set(a.address, i);
  });
  if (diagnostics.length > 0) return { diagnostics };
  return {
    plan: {
      format_version: PLAN_FORMAT_VERSION,
      created_at: typeof raw.created_at === 'string' ? raw.created_at : '',
      summary: summarize(actions),
      actions,
    },
    diagnostics: [],
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
