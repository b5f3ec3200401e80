/**
 * The one error the HTTP layer throws. Everything in it has been redacted before it was built:
 * the message, the URL and the body snippet can be printed, logged or serialised as they are.
 */
import { STATUS_CODES } from 'node:http';
import type { HttpErrorKind, HttpMethod } from './types.js';

/** Longest vendor answer kept on an error. */
export const BODY_SNIPPET_LENGTH = 500;
/** Longest part of it repeated in the one-line message. */
const MESSAGE_SNIPPET_LENGTH = 300;

export interface HttpErrorDetails {
  readonly kind: HttpErrorKind;
  readonly method: HttpMethod;
  /** Already redacted. */
  readonly url: string;
  readonly account?: string;
  readonly status?: number;
  readonly purpose?: string;
  /** Already redacted; shortened here. */
  readonly body?: string;
  readonly attempts: number;
  /** What went wrong when there is no status: `connect ECONNREFUSED`, `no answer within 30 s`. Redacted. */
  readonly reason?: string;
}

/** One line of the vendor's answer: whitespace collapsed, at most `max` characters. */
export function snippet(text: string, max: number = BODY_SNIPPET_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

function describe(d: HttpErrorDetails): string {
  const head = `${d.method} ${d.url}`;
  const tries = d.attempts > 1 ? ` (after ${d.attempts} attempts)` : '';
  const body = d.body ? ` — ${snippet(d.body, MESSAGE_SNIPPET_LENGTH)}` : '';
  switch (d.kind) {
    case 'status': {
      const text = d.status === undefined ? '' : ` ${STATUS_CODES[d.status] ?? ''}`.trimEnd();
      const why = d.reason ? ` (${d.reason})` : '';
      return `${head}: ${d.status}${text}${tries}${why}${body}`;
    }
    case 'rate-limit-budget':
      return `${head}: still rate limited (429) after waiting ${d.reason ?? 'the whole rate-limit budget'}${tries}${body}`;
    case 'timeout':
      return `${head}: ${d.reason ?? 'timed out'}${tries}`;
    case 'network':
      return `${head}: network error: ${d.reason ?? 'connection failed'}${tries}`;
    case 'aborted':
      return `${head}: aborted${d.reason ? ` (${d.reason})` : ''}`;
    case 'deadline':
      return `${head}: stopped: ${d.reason ?? 'the run deadline passed'}`;
    case 'invalid-response':
      return `${head}: invalid answer${d.status === undefined ? '' : ` (${d.status})`}: ${d.reason ?? 'unreadable'}${body}`;
  }
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly kind: HttpErrorKind;
  readonly status?: number;
  readonly method: HttpMethod;
  readonly url: string;
  readonly account?: string;
  readonly purpose?: string;
  /** A short, redacted snippet of the vendor's answer. */
  readonly body?: string;
  readonly attempts: number;

  constructor(details: HttpErrorDetails) {
    super(describe(details));
    this.kind = details.kind;
    this.method = details.method;
    this.url = details.url;
    this.attempts = details.attempts;
    if (details.status !== undefined) this.status = details.status;
    if (details.account !== undefined) this.account = details.account;
    if (details.purpose !== undefined) this.purpose = details.purpose;
    if (details.body) this.body = snippet(details.body);
  }

  /** Kinds worth telling apart in code: `err instanceof HttpError && err.kind === 'timeout'`. */
  static is(err: unknown, kind?: HttpErrorKind): err is HttpError {
    return err instanceof HttpError && (kind === undefined || err.kind === kind);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      method: this.method,
      url: this.url,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.account !== undefined ? { account: this.account } : {}),
      ...(this.purpose !== undefined ? { purpose: this.purpose } : {}),
      ...(this.body !== undefined ? { body: this.body } : {}),
      attempts: this.attempts,
    };
  }
}
/** An abort's reason as an Error (AbortSignal reasons may be anything, e.g. the string 'SIGINT'). */
export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException(typeof reason === 'string' ? reason : 'aborted', 'AbortError');
}
