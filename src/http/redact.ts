/**
 * Credentials never leave the HTTP layer: every error message, URL, body snippet and log line goes
 * through a Redactor, which knows the account's secret values (and the tokens auth strategies hand
 * out at run time) and masks them wherever they appear.
 */

export const MASK = '***';

/** Shorter values would mask ordinary words and digits; credentials are never this short. */
export const MIN_SECRET_LENGTH = 4;

const SENSITIVE_NAME = /(^|[-_])(key|token|secret|password|passwd|pwd|signature|sig)$|authorization|cookie|session|apikey|api_key|access_token|client_secret/i;

/** Header and query-parameter names whose values are credentials. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

export class Redactor {
  private readonly values = new Set<string>();
  /** Longest first, so a secret containing another is masked whole. */
  private ordered: string[] = [];

  constructor(secrets: readonly string[] = []) {
    for (const s of secrets) this.add(s);
  }

  /** Remembers a secret (and the forms it takes in URLs and Basic/Bearer headers). */
  add(secret: string | undefined): void {
    if (!secret) return;
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH || this.values.has(value)) return;
    const forms = new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]);
    // `Bearer abc…`: the credential alone also appears (echoed tokens, query parameters).
    const scheme = /^(bearer|basic|token)\s+(\S+)$/i.exec(value);
    if (scheme?.[2] && scheme[2].length >= MIN_SECRET_LENGTH) forms.add(scheme[2]);
    for (const f of forms) this.values.add(f);
    this.ordered = [...this.values].sort((a, b) => b.length - a.length);
  }

  /** `text` with every known secret replaced by `***`. */
  text(text: string): string {
    let out = text;
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }

  /** A URL for messages: sensitive query parameters masked by name, then known secrets by value. */
  url(url: string): string {
    let masked = url;
    try {
      const u = new URL(url);
      if (u.username) u.username = MASK;
      if (u.password) u.password = MASK;
      for (const name of [...u.searchParams.keys()]) {
        if (isSensitiveName(name)) u.searchParams.set(name, MASK);
      }
      masked = u.toString().replaceAll(encodeURIComponent(MASK), MASK);
    } catch {
      // Not a URL: mask by value only.
    }
    return this.text(masked);
  }

  /** Headers for printing: credential headers masked by name, every value masked by secret. */
  headers(headers: Readonly<Record<string, string | readonly string[] | undefined>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, raw] of Object.entries(headers)) {
      if (raw === undefined) continue;
      const value = typeof raw === 'string' ? raw : raw.join(', ');
      out[name] = isSensitiveName(name) ? MASK : this.text(value);
    }
    return out;
  }
}
