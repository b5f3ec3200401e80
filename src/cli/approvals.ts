/**
 * `apply --approve ADDRESS`, `--approve-all`, `--approve-file FILE`: which campaigns that trip
 * `policy:` (engine/guardrails.ts) the person or the CI job running apply approves. `--auto-approve`
 * only skips the confirmation question; it approves none of them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApplyResult } from '../engine/apply.js';
import { addressMatches, type Approvals } from '../engine/guardrails.js';
import type { Plan } from '../engine/plan-model.js';
import { printable } from '../report/printable.js';
import type { CliIO } from './io.js';

export interface ApproveOptions {
  /** `--approve`, repeatable: addresses, or prefixes of whole segments as --target takes them. */
  readonly approve?: readonly string[];
  readonly approveAll?: boolean;
  /** One address a line; blank lines and `#` comments ignored. */
  readonly approveFile?: string;
}

/**
 * The approvals the options give; a string saying why when the approve file cannot be read (apply
 * then stops before any request).
 */
export async function readApprovals(io: CliIO, opts: ApproveOptions): Promise<Approvals | string> {
  const addresses = [...(opts.approve ?? [])];
  if (opts.approveFile !== undefined) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, opts.approveFile), 'utf8');
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err);
      return `cannot read --approve-file ${printable(opts.approveFile)} (${reason})`;
    }
    addresses.push(...approveFileAddresses(text));
  }
  return { all: opts.approveAll ?? false, addresses };
}

/**
 * The addresses of an approve file: one a line, surrounding blanks trimmed; a line starting with
 * `#` and anything after ` #` is a comment (an address holds no blank, so it cannot hold ` #`).
 */
export function approveFileAddresses(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

/**
 * After the result: a note for each --approve that names no campaign of the plan (a typo would
 * otherwise pass unseen), and what to do about the campaigns refused for want of an approval.
 */
export function writeApprovalNotes(io: CliIO, plan: Plan, result: ApplyResult, approvals: Approvals): void {
  for (const pattern of approvals.addresses) {
    if (!plan.actions.some((a) => addressMatches(a.address, pattern))) {
      io.stderr.write(`note: --approve ${printable(pattern)} matches no campaign in the plan\n`);
    }
  }
  const refused = result.outcomes.filter((o) => o.guardrails !== undefined && o.guardrails.length > 0);
  if (refused.length === 0) return;
  const n = refused.length;
  io.stderr.write(
    `campaignctl: ${n === 1 ? '1 campaign needs' : `${n} campaigns need`} an approval under \`policy:\` in campaignctl.yaml and ${n === 1 ? 'was' : 'were'} not applied: ` +
      `${refused.map((o) => printable(o.address)).join(', ')}. Review ${n === 1 ? 'it' : 'them'}, then apply again with --approve ADDRESS (repeatable) or --approve-all; --auto-approve does not approve ${n === 1 ? 'it' : 'them'}.\n`,
  );
}
