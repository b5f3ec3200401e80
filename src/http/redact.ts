/**
 * Credentials never leave the HTTP layer: every error message, URL, body snippet and log line goes
 * through a Redactor, which knows the account's secret values (and the tokens auth strategies hand
 * out at run time) and masks them wherever they appear, in any form a vendor could plausibly echo
 * them in:
 *
 * - as sent, or in any letter case;
 * - escaped, once or several times over: JSON (`\/`, `\u002f`), HTML (`&#x2F;`, `&amp;`…), URL (`%2F`)
 *   — see unescaped.ts;
 * - base64, standard or URL-safe, at any of the three offsets a value can have inside a longer one
 *   (`Basic base64(user:key)`);
 * - cut short: any run of at least `FRAGMENT_LENGTH` characters of a secret of at least
 *   `FRAGMENT_MIN_SECRET` characters, made of windows that could not be an ordinary word (each mixes
 *   letters with digits, or upper with lower case: `sk_live_` or `-topsort` are left alone).
 */
import { identity, unescaped, type Unescaped } from './unescaped.js';

export const MASK = '***';

/** Shorter values would mask ordinary words and digits; credentials are never this short. */
export const MIN_SECRET_LENGTH = 4;
/** The shortest piece of a secret that is masked on its own. */
export const FRAGMENT_LENGTH = 8;
/** Secrets shorter than this are masked whole only: a piece of a short one says too little. */
export const FRAGMENT_MIN_SECRET = 12;

const SENSITIVE_NAME = /(^|[-_])(key|token|secret|password|passwd|pwd|signature|sig)$|authorization|cookie|session|apikey|api_key|access_token|client_secret/i;

/** Header and query-parameter names whose values are credentials. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

/** ASCII letters lower-cased, nothing else changed: every offset stays where it was. */
function foldCase(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** A window of a secret that no ordinary word or number would be. */
function distinctive(window: string): boolean {
  const letter = /[A-Za-z]/.test(window);
  return (letter && /[0-9]/.test(window)) || (/[a-z]/.test(window) && /[A-Z]/.test(window));
}

/**
 * The characters of `value`'s base64 encodings (standard and URL-safe) that depend on `value`
 * alone, for each of the three offsets it can start at within a 3-byte group.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Character j carries bits 6j to 6j + 6: the value's own are those within its bytes.
    const form = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (form.length >= 6) forms.push(form, form.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return forms;
}

export class Redactor {
  private readonly known = new Set<string>();
  /** Whole values, case-folded: matched in any letter case. */
  private readonly folded = new Set<string>();
  /** Base64 forms: matched as they are (base64 is case-sensitive). */
  private readonly encoded = new Set<string>();
  /** Case-folded windows of FRAGMENT_LENGTH characters of long secrets. */
  private readonly fragments = new Set<string>();

  constructor(secrets: readonly string[] = []) {
    for (const s of secrets) this.add(s);
  }

  /** Remembers a secret (and the credential inside a `Bearer`/`Basic`/`Token` header value). */
  add(secret: string | undefined): void {
    if (!secret) return;
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH || this.known.has(value)) return;
    this.known.add(value);
    const values = [value];
    // `Bearer abc…`: the credential alone also appears (echoed tokens, query parameters).
    const scheme = /^(bearer|basic|token)\s+(\S+)$/i.exec(value);
    if (scheme?.[2] && scheme[2].length >= MIN_SECRET_LENGTH) values.push(scheme[2]);
    for (const v of values) {
      this.folded.add(foldCase(v));
      // A percent-encoded non-ASCII character unescapes to its UTF-8 bytes, one character each.
      const bytes = Buffer.from(v, 'utf8').toString('latin1');
      if (bytes !== v) this.folded.add(foldCase(bytes));
      for (const form of base64Forms(v)) this.encoded.add(form);
      if (v.length >= FRAGMENT_MIN_SECRET) {
        for (let i = 0; i + FRAGMENT_LENGTH <= v.length; i++) {
          const window = v.slice(i, i + FRAGMENT_LENGTH);
          if (distinctive(window)) this.fragments.add(foldCase(window));
        }
      }
    }
  }

  /** `text` with every known secret, in every form above, replaced by `***`. */
  text(text: string): string {
    if (this.known.size === 0 || text.length === 0) return text;
    const ranges: [number, number][] = [];
    for (const view of [identity(text), unescaped(text)]) {
      if (view) this.find(view, ranges);
    }
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    // Overlapping or touching matches are one masked run.
    const runs: [number, number][] = [];
    for (const [from, to] of ranges) {
      const last = runs[runs.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else runs.push([from, to]);
    }
    let out = '';
    let at = 0;
    for (const [from, to] of runs) {
      out += `${text.slice(at, from)}${MASK}`;
      at = to;
    }
    return out + text.slice(at);
  }

  /** Adds the original-text ranges of every match in `view`. */
  private find(view: Unescaped, ranges: [number, number][]): void {
    const folded = foldCase(view.text);
    const mark = (from: number, length: number) => ranges.push([view.start[from]!, view.end[from + length - 1]!]);
    const every = (haystack: string, needle: string) => {
      for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) mark(i, needle.length);
    };
    for (const value of this.folded) every(folded, value);
    for (const form of this.encoded) every(view.text, form);
    if (this.fragments.size > 0) {
      for (let i = 0; i + FRAGMENT_LENGTH <= folded.length; i++) {
        if (this.fragments.has(folded.slice(i, i + FRAGMENT_LENGTH))) mark(i, FRAGMENT_LENGTH);
      }
    }
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
