/**
 * Saved plans (`plan --out FILE`, `apply FILE`). Reading one checks its shape field by field and
 * answers a damaged or foreign file with positioned errors, never a crash or a partial apply.
 */
import { SharedStrings } from '../desired/shared-strings.js';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../desired/diagnostic.js';
import { readInputFile } from '../desired/read-input.js';
import { lazyLocator, loadYaml, type Locator, type YamlLoadResult } from '../desired/yaml-source.js';
import { isJsonObject } from '../json/guards.js';
import { formatPath } from '../desired/path.js';
import { scanJsonKeys, type DuplicateKey } from './json-keys.js';
import { getProvider } from '../providers/registry.js';
import { isNewAddress } from '../desired/new-campaign.js';
import { campaignKey, checkPlanAccount, checkPlanAgainstTree, checkPlanCreate, checkPlanUpdate, type PlanCheckOptions } from './plan-check.js';
import { ACTION_KINDS, CHANGE_ORIGINS, GUARDRAIL_RULES, PLAN_FORMAT_VERSION, summarize, unknownAction, type Plan, type PlanAction, type PlanBase } from './plan-model.js';
import { guardrailsProblem } from './guardrails.js';
import { actionDisplayProblems, timezoneProblems } from './plan-file-display.js';
import { readPlanShard } from './shard.js';

/**
 * Writes `JSON.stringify(plan, null, 2)` and a newline, byte for byte, an action at a time: the
 * plan of 100,000 campaigns is over 100 MB of JSON, and building it as one string (then one buffer)
 * would double the memory the plan takes. The text goes to a file beside `file`, renamed over it
 * once complete, so that `file` is never a plan cut short. Aborted by `signal` (Ctrl-C), it stops,
 * removes what it wrote and resolves to false: nothing is saved, and an older plan at `file` stays.
 */
export async function writePlanFile(file: string, plan: Plan, signal?: AbortSignal): Promise<boolean> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  let complete = false;
  try {
    let chunk = '';
    const put = async (text: string) => {
      chunk += text;
      if (chunk.length >= WRITE_CHUNK) {
        if (signal?.aborted) throw new PlanWriteAborted();
        await handle.write(chunk);
        chunk = '';
      }
    };
    const nested = (value: unknown, pad: string) => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
    let first = true;
    await put('{');
    for (const [key, value] of Object.entries(plan)) {
      // JSON.stringify leaves these keys out.
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      await put(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `);
      first = false;
      if (key === 'actions' && Array.isArray(value) && value.length > 0) {
        await put('[');
        for (let i = 0; i < value.length; i++) await put(`${i === 0 ? '' : ','}\n    ${nested(value[i], '    ')}`);
        await put('\n  ]');
      } else await put(nested(value, '  '));
    }
    await put(first ? '}\n' : '\n}\n');
    await handle.write(chunk);
    complete = true;
  } catch (err) {
    if (!(err instanceof PlanWriteAborted)) throw err;
  } finally {
    await handle.close();
    if (!complete || signal?.aborted) await rm(tmp, { force: true });
  }
  if (!complete || signal?.aborted) return false;
  await rename(tmp, file);
  return true;
}

class PlanWriteAborted extends Error {}

/** Characters gathered before each write of a saved plan. */
const WRITE_CHUNK = 1 << 20;

export async function readPlanFile(file: string, opts: PlanCheckOptions = {}): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const input = await readInputFile(file, 'plan file', 'save one with `campaignctl plan --out FILE`');
  return 'diagnostic' in input ? { diagnostics: [input.diagnostic] } : parsePlanText(input.bytes, file, opts);
}

/**
 * A plan is machine-written and grows with the campaign count (a few hundred bytes per change), so
 * the 1 MiB cap on hand-written YAML would refuse the plan of a large repository; this cap only
 * stops a wrong file.
 */
export const PLAN_FILE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * JSON is YAML, so the YAML loader gives positions for every field of the plan. With `opts`, what
 * apply would send is also checked against the configuration and the vendors' rules (plan-check.ts).
 */
export function parsePlanText(content: string | Uint8Array, file: string, opts: PlanCheckOptions = {}): { plan?: Plan; diagnostics: Diagnostic[] } {
  const loaded = loadPlanJson(file, content);
  if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics };
  const doc = loaded.documents[0];
  const diagnostics: Diagnostic[] = [];
  const fail = (path: (string | number)[], message: string, hint?: string) =>
    diagnostics.push({
      ...(doc ? doc.locator.at(path) : { file, line: 1, col: 1 }),
      code: 'plan-file',
      message,
      hint: hint ?? 'save the plan again with `campaignctl plan --out FILE`; a saved plan is not meant to be edited',
    });
  if (!doc || loaded.documents.length !== 1 || !isJsonObject(doc.value)) {
    fail([], 'not a campaignctl plan: expected one JSON object', 'save a plan with `campaignctl plan --out FILE`');
    return { diagnostics };
  }
  const raw = doc.value;
  // Version 1 is version 2 without the lifecycle kinds: its actions read the same.
  if (raw.format_version !== PLAN_FORMAT_VERSION && raw.format_version !== 1) {
    fail(
      ['format_version'],
      'format_version' in raw
        ? `unsupported plan format_version ${JSON.stringify(raw.format_version)}; this campaignctl reads versions 1 and ${PLAN_FORMAT_VERSION}`
        : `not a campaignctl plan: \`format_version\` is missing (this campaignctl reads version ${PLAN_FORMAT_VERSION})`,
      'plan again with this version of campaignctl',
    );
    return { diagnostics };
  }
  if (!Array.isArray(raw.actions)) {
    fail(['actions'], '`actions` must be a list of plan actions');
    return { diagnostics };
  }
  const actions: PlanAction[] = [];
  const strings = new SharedStrings();
  raw.actions.forEach((a: unknown, i: number) => {
    const at = (k: string) => ['actions', i, k];
    if (!isJsonObject(a)) return void fail(['actions', i], 'a plan action must be an object');
    const before = diagnostics.length;
    const kind = ACTION_KINDS.find((k) => k === a.action);
    const nonEmpty = (key: string) => {
      if (typeof a[key] !== 'string' || a[key] === '') fail(at(key), `\`${key}\` must be a non-empty string`);
    };
    for (const key of ['address', 'provider', 'account'] as const) nonEmpty(key);
    // A create has no id yet; a campaign whose document is gone has no file; an error may lack either.
    const hasId = kind !== 'create' && (kind !== 'error' || 'id' in a);
    const hasFile = kind !== 'retire' && kind !== 'delete' && kind !== 'forget' && (kind !== 'error' || 'file' in a);
    if (hasId) nonEmpty('id');
    else if ('id' in a && kind === 'create') fail(at('id'), 'a create has no `id`: the campaign does not exist yet');
    if (hasFile) nonEmpty('file');
    else if ('file' in a) fail(at('file'), `a ${String(kind)} action names no \`file\`: no document declares the campaign any more`);
    const prefix = `${String(a.provider)}/${String(a.account)}/`;
    const isNew = typeof a.address === 'string' && a.address.startsWith(prefix) && isNewAddress(a.address);
    // The address is the id's, except for a new document (no id yet, or one it found live).
    const newDocument = kind === 'create' || ((kind === 'update' || kind === 'no_change') && 'adopt' in a) || (kind === 'error' && isNew);
    if (typeof a.address === 'string') {
      if (newDocument && !isNew) fail(at('address'), '`address` must be `<provider>/<account>/new:<file>` of this action: its document has no id');
      else if (!newDocument && a.address !== `${prefix}${String(a.id)}`) fail(at('address'), '`address` must be `<provider>/<account>/<id>` of this action');
    }
    if (kind === undefined) fail(at('action'), `\`action\` must be one of ${ACTION_KINDS.join(', ')}`);
    if (a.line !== undefined && (typeof a.line !== 'number' || !Number.isInteger(a.line) || a.line < 1)) {
      fail(at('line'), '`line` must be a line number (a whole number from 1)');
    }
    const badChanges = (c: unknown) => !Array.isArray(c) || c.some((x: unknown) => !isJsonObject(x) || typeof x.path !== 'string' || !('after' in x));
    const badFingerprint = () => typeof a.live_fingerprint !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(a.live_fingerprint);
    const needsFingerprint = (what: string) => {
      if (badFingerprint()) fail(at('live_fingerprint'), `${what} needs \`live_fingerprint\` (sha256:…) to detect a stale plan`);
    };
    // What a kind may carry besides its own parts is checked only when present.
    const optionalParts = () => {
      if ('changes' in a && badChanges(a.changes)) fail(at('changes'), '`changes` must be a list of {path, before, after}');
      if ('desired' in a && !isJsonObject(a.desired)) fail(at('desired'), '`desired` must be an object: the managed fields');
    };
    const adoptPart = () => {
      if (!('adopt' in a)) return;
      const adopt = a.adopt;
      if (!isJsonObject(adopt) || adopt.id !== a.id || typeof adopt.reason !== 'string') {
        fail(at('adopt'), '`adopt` must be {id, reason}, its id the action\'s `id`');
      }
    };
    if (kind === undefined) optionalParts();
    else {
      switch (kind) {
        case 'no_change':
          optionalParts();
          adoptPart();
          break;
        case 'error':
          if (!isJsonObject(a.error) || typeof a.error.code !== 'string' || typeof a.error.message !== 'string') {
            fail(at('error'), 'an error action needs `error`: {code, message}');
          }
          optionalParts();
          break;
        case 'update':
          if (badChanges(a.changes)) fail(at('changes'), 'an update needs `changes`: a list of {path, before, after}');
          if (!isJsonObject(a.desired)) fail(at('desired'), 'an update needs `desired`: the managed fields to send');
          needsFingerprint('an update');
          adoptPart();
          break;
        case 'create':
          if (badChanges(a.changes)) fail(at('changes'), 'a create needs `changes`: a list of {path, after}, every field it sends');
          if (!isJsonObject(a.desired)) fail(at('desired'), 'a create needs `desired`: the managed fields to create the campaign from');
          if (typeof a.creation_key !== 'string' || !/^[0-9a-f]{32}$/.test(a.creation_key)) fail(at('creation_key'), 'a create needs `creation_key`, the document\'s key');
          break;
        case 'retire':
          if (badChanges(a.changes)) fail(at('changes'), 'a retire needs `changes`: a list of {path, before, after}, empty when already stopped');
          if (!isJsonObject(a.desired)) fail(at('desired'), 'a retire needs `desired`: the values that stop the campaign');
          needsFingerprint('a retire');
          break;
        case 'delete':
          needsFingerprint('a delete');
          break;
        case 'forget':
          break;
        default:
          unknownAction(kind);
      }
    }
    // Apply refuses what these name until approved: a damaged list must not pass for none.
    const damaged = 'guardrails' in a ? guardrailsProblem(a.guardrails) : undefined;
    if (damaged) fail([...at('guardrails'), ...damaged], `\`guardrails\` must be a list of {rule, message}, each rule one of ${GUARDRAIL_RULES.join(', ')}`);
    for (const p of actionDisplayProblems(a, i)) fail(p.path, p.message);
    if (Array.isArray(a.changes)) {
      a.changes.forEach((ch: unknown, j: number) => {
        if (isJsonObject(ch) && 'origin' in ch && !(CHANGE_ORIGINS as readonly unknown[]).includes(ch.origin)) {
          fail(['actions', i, 'changes', j, 'origin'], `\`origin\` must be one of ${CHANGE_ORIGINS.join(', ')}`);
        }
      });
    }
    if (diagnostics.length === before) diagnostics.push(...checkPlanAccount(a, i, doc.locator, opts));
    // What apply would send: an update's, a create's and a retire's `desired` (a delete sends no fields).
    if (diagnostics.length === before && (kind === 'update' || kind === 'retire')) diagnostics.push(...checkPlanUpdate(a, i, doc.locator, file, opts));
    if (diagnostics.length === before && kind === 'create') diagnostics.push(...checkPlanCreate(a, i, doc.locator, file, opts));
    // Held for the whole apply: the values thousands of actions repeat, once (shared-strings.ts).
    strings.shareIn(a);
    actions.push(a as unknown as PlanAction);
  });
  // One campaign once, however its id is spelt: the vendor would be sent both.
  const seen = new Map<string, number>();
  actions.forEach((a, i) => {
    // An action already reported as broken may hold anything: it is compared as written.
    const key = [a.provider, a.account, a.id].every((v) => typeof v === 'string') ? campaignKey(a.provider, a.account, a.id!) : a.address;
    const first = seen.get(key);
    if (first === undefined) return void seen.set(key, i);
    const other = actions[first]!;
    fail(
      ['actions', i, 'address'],
      other.address === a.address
        ? `campaign ${a.address} appears twice in the plan (first as action ${first})`
        : `campaign ${a.address} appears twice in the plan (first as action ${first}, ${other.address}): ${getProvider(a.provider)?.title ?? a.provider} treats the two ids as one campaign`,
    );
  });
  const shard = raw.shard === undefined ? undefined : readPlanShard(raw.shard);
  for (const p of shard?.problems ?? []) fail(p.path, p.message);
  for (const p of timezoneProblems(raw.timezone)) fail(p.path, p.message);
  const base = raw.base === undefined ? undefined : readPlanBase(raw.base);
  if (base === 'bad') fail(['base'], '`base` must be {ref, sha}: the revision `plan --base REF` was given and the full commit id it named');
  // Only a plan that is sound on its own is compared with the working tree.
  if (diagnostics.length === 0) diagnostics.push(...checkPlanAgainstTree(actions, doc.locator, opts));
  if (diagnostics.length > 0) return { diagnostics };
  return {
    plan: {
      format_version: PLAN_FORMAT_VERSION,
      created_at: typeof raw.created_at === 'string' ? raw.created_at : '',
      ...(shard?.shard ? { shard: shard.shard } : {}),
      ...(base && base !== 'bad' ? { base } : {}),
      ...(typeof raw.timezone === 'string' ? { timezone: raw.timezone } : {}),
      summary: summarize(actions),
      actions,
    },
    diagnostics: [],
  };
}

function readPlanBase(value: unknown): PlanBase | 'bad' {
  if (!isJsonObject(value) || typeof value.ref !== 'string' || value.ref === '' || typeof value.sha !== 'string') return 'bad';
  // SHA-1 or SHA-256 object names, in full.
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value.sha)) return 'bad';
  return { ref: value.ref, sha: value.sha };
}

/**
 * The plan's one document. A plan that `plan --out` wrote is plain JSON, and JSON.parse reads the
 * plan of 10,000 campaigns in a fraction of the time and memory the YAML loader takes; positions
 * come from the YAML loader only when something is to be reported (the same positions). Anything
 * JSON.parse cannot vouch for as the YAML loader would (not JSON, not UTF-8, a BOM, a key such as
 * `__proto__`, too large) goes through the YAML loader, which reports it. A key written twice in
 * one object, which JSON.parse would read as its last value, is refused here (json-keys.ts): at
 * 100,000 campaigns that scan costs about what JSON.parse does, and no memory to speak of.
 */
function loadPlanJson(file: string, content: string | Uint8Array): YamlLoadResult {
  const viaYaml = () => loadYaml(file, content, { maxBytes: PLAN_FILE_MAX_BYTES });
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size > PLAN_FILE_MAX_BYTES) return viaYaml();
  let value: unknown;
  let text: string;
  try {
    text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    value = JSON.parse(text);
  } catch {
    return viaYaml();
  }
  const keys = scanJsonKeys(text, FORBIDDEN_KEYS);
  if (keys.flagged !== undefined) return viaYaml();
  if (keys.duplicate) return { documents: [], diagnostics: [duplicateKeyDiagnostic(file, text, keys.duplicate)] };
  const top: Locator = { at: () => ({ file, line: 1, col: 1 }), has: (path) => path.length === 0, offset: () => 0 };
  const locator = lazyLocator(() => viaYaml().documents[0]?.locator ?? top);
  return { documents: [{ file, index: 0, value, start: { file, line: 1, col: 1 }, locator }], diagnostics: [] };
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function duplicateKeyDiagnostic(file: string, text: string, dup: DuplicateKey): Diagnostic {
  const first = lineColAt(text, dup.firstOffset);
  const where = dup.path.length === 0 ? 'at the top of the plan' : `in \`${printable(formatPath(dup.path))}\``;
  return {
    file,
    ...lineColAt(text, dup.offset),
    code: 'duplicate-key',
    message: `key \`${printable(dup.key)}\` appears twice ${where} (first at line ${first.line}): which value counts depends on the reader, so the plan cannot say what was reviewed`,
    hint: 'save the plan again with `campaignctl plan --out FILE`; a saved plan is not meant to be edited',
  };
}

/** Keys come from the file: control characters are shown escaped, never sent to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f]/.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}

/** 1-based line and column (in UTF-16 units, as the YAML loader counts) of an offset. */
function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
    start = nl + 1;
  }
  return { line, col: offset - start + 1 };
}
