/**
 * What the request log keeps of a request: enough for a test (or a user rehearsing a change) to see
 * what was sent, never a credential. Header values are not kept at all; in the body and the query
 * string, any field whose name names a credential (`api_key`, `token`, `clientSecret`, `password`,
 * the HTTP layer's own list) keeps its name and loses its value.
 */
import { isJsonObject } from '../json/guards.js';
import { isSensitiveName, MASK } from '../http/redact.js';

/** `accessToken` is as sensitive as `access_token`: the HTTP layer's list is written in snake case. */
function isCredentialName(name: string): boolean {
  return isSensitiveName(name) || isSensitiveName(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskValue);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isCredentialName(k) ? MASK : maskValue(v)]));
}

/** `name=value`, `name: value` and `"name": "value"` in a body that is not JSON. */
const TEXT_FIELD = /(["']?)([A-Za-z][\w.-]*)\1(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&,;]+)/g;

function maskText(text: string): string {
  return text.replace(TEXT_FIELD, (whole, quote: string, name: string, sep: string) =>
    isCredentialName(name) ? `${quote}${name}${quote}${sep}${MASK}` : whole,
  );
}

/**
 * The body as logged: the parsed JSON, or an object for a form body, or the text when it is neither;
 * undefined when there was none (or it was too large to read).
 */
export function loggedBody(raw: string | undefined, contentType: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (contentType === 'application/x-www-form-urlencoded') return maskValue(Object.fromEntries(new URLSearchParams(raw)));
  try {
    return maskValue(JSON.parse(raw));
  } catch {
    return maskText(raw);
  }
}

/** The query string as logged (`?a=1&b=2`, or `''`), credential parameters masked. */
export function loggedQuery(search: string): string {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some(isCredentialName)) return search;
  const masked = new URLSearchParams([...params].map(([k, v]): [string, string] => [k, isCredentialName(k) ? MASK : v]));
  return `?${masked.toString()}`;
}
