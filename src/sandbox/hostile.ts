/**
 * What the hostile faults (faults.ts `HostileFaults`) do to a request and its answer. The server
 * asks `hostileAnswer` before a fake sees a request, and passes every JSON answer through
 * `deepen`; endless lists are the fakes' own (kit/endless.ts), and dripping is the server's send.
 */
import type { IncomingMessage } from 'node:http';
import { isSensitiveName } from '../http/redact.js';
import { CONTROL_TEXT, type DeepJsonFault, type EchoEncoding, type HostileFaults } from './faults.js';

/** An answer as bytes go out: a JSON body, or a text body as it stands. */
export interface WireAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly text?: string;
}

/** Headers every client sends that say nothing about who it is. */
const PLAIN_HEADERS = new Set(['host', 'connection', 'user-agent', 'accept', 'accept-encoding', 'content-type', 'content-length', 'keep-alive', 'transfer-encoding']);

/**
 * The answer a hostile fault gives instead of the vendor's, or undefined when none applies. The
 * 429 carries the vendor's body but only the `Retry-After` given, so that nothing else tells the
 * client how long to wait.
 */
export function hostileAnswer(faults: HostileFaults, req: IncomingMessage, raw: string, rateLimitedBody: () => unknown): WireAnswer | undefined {
  if (faults.retryAfter !== undefined) {
    return { status: 429, headers: { 'retry-after': faults.retryAfter }, body: rateLimitedBody() };
  }
  if (faults.echoCredentials !== undefined) {
    return { status: 400, body: { error: 'bad_request', message: 'request rejected', echo: echoOf(req, raw, faults.echoCredentials) } };
  }
  if (faults.controlChars) {
    return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, text: CONTROL_TEXT };
  }
  return undefined;
}

/**
 * What the request carried that could be a credential, encoded: the headers that are not plain
 * (credential names first, so they sit where an error message shows them), then the query and body.
 */
function echoOf(req: IncomingMessage, raw: string, encoding: EchoEncoding): string {
  const named: string[] = [];
  const other: string[] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (PLAIN_HEADERS.has(name) || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    // `Bearer xyz`: the vendor echoes the token, as it would quote the credential it refused.
    const shown = values.map((v) => v.replace(/^(bearer|basic|token)\s+/i, ''));
    (isSensitiveName(name) ? named : other).push(...shown);
  }
  const query = new URL(req.url ?? '/', 'http://sandbox.local').search.slice(1);
  const parts = [...named, ...other, ...(query ? [query] : []), ...(raw ? [raw] : [])];
  return parts.map((p) => encode(p, encoding)).join(' ');
}

function encode(value: string, encoding: EchoEncoding): string {
  switch (encoding) {
    case 'json-slash':
      return JSON.stringify(value).slice(1, -1).replaceAll('/', '\\/');
    case 'unicode':
      return [...value].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    case 'html':
      return [...value].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`)).join('').replaceAll('&#x26;', '&amp;');
    case 'url':
      return [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    case 'lower':
      return value.toLowerCase();
    case 'upper':
      return value.toUpperCase();
    case 'base64':
    case 'base64url': {
      // Inside a longer value (`user:key` in a Basic header) a credential starts at any of three
      // offsets of a base64 group; each encodes it differently.
      const form = encoding === 'base64' ? 'base64' : 'base64url';
      return ['', 'u:', 'id:'].map((prefix) => Buffer.from(`${prefix}${value}`, 'utf8').toString(form)).join(' ');
    }
    case 'cut':
      // A vendor that shows the start of what it refused: two thirds of it, and its end.
      return `${value.slice(0, Math.ceil((value.length * 2) / 3))}… …${value.slice(-Math.ceil(value.length / 2))}`;
  }
}

/** A unique stand-in for a deep value while the answer is serialised. */
const PLACEHOLDER = '\u0000campaignctl-sandbox-deep\u0000';

/** The JSON text of `body` with the deep value where the fault puts it. */
export function deepen(body: unknown, fault: DeepJsonFault): string {
  // Objects, so that a field that must hold one (metadata) keeps the value instead of dropping it.
  const nested = '{"d":'.repeat(Math.max(0, fault.depth - 1)) + '{}' + '}'.repeat(Math.max(0, fault.depth - 1));
  const deep = fault.asText ? JSON.stringify(nested) : nested;
  const quoted = JSON.stringify(PLACEHOLDER);
  if (fault.field !== undefined) return JSON.stringify(replaceField(body, fault.field)).replaceAll(quoted, deep);
  const text = JSON.stringify(body);
  if (text.startsWith('{')) return text === '{}' ? `{"sandbox_deep":${deep}}` : `{"sandbox_deep":${deep},${text.slice(1)}`;
  if (text.startsWith('[')) return text === '[]' ? `[${deep}]` : `[${deep},${text.slice(1)}`;
  return text;
}

/** A copy of `value` with every value of `field` replaced by the placeholder (fake answers nest a few levels). */
function replaceField(value: unknown, field: string): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceField(v, field));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === field ? PLACEHOLDER : replaceField(v, field)]));
}
