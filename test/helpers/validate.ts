/**
 * One-line entry points for tests: validate YAML text as if it were a file under campaigns/,
 * against the example configuration (one sandbox account per vendor).
 */
import { validateSources, type SourceFile } from '../../src/desired/validate.js';
import { parseConfigText } from '../../src/config/load.js';
import type { Diagnostic } from '../../src/desired/diagnostic.js';

/** The accounts of the example campaignctl.yaml, which every test can rely on. */
export const TEST_CONFIG = `accounts:
  loyalty-mx:
    provider: masivo
    endpoint: sandbox
  shop-eu:
    provider: voucherify
    endpoint: sandbox
  stores:
    provider: lula
    endpoint: sandbox
    company_id: "1042"
  rewards-nl:
    provider: spaaza
    endpoint: sandbox
    chain_id: 1
  marketplace-eu:
    provider: topsort
    endpoint: sandbox
`;

export interface ValidateOptions {
  /** "Today" for date rules; defaults to 2026-11-23T12:00:00Z so tests do not age. */
  readonly now?: Date;
  readonly config?: string;
}

export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

export function validateFiles(files: readonly SourceFile[], opts: ValidateOptions = {}): Diagnostic[] {
  const config = parseConfigText(opts.config ?? TEST_CONFIG, 'campaignctl.yaml');
  if (config.diagnostics.length > 0) {
    throw new Error(`test config invalid: ${config.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return validateSources(files, { config: config.config!, now: opts.now ?? TEST_NOW }).diagnostics;
}

/** Validates `text` as the file `campaigns/test.yaml` (or `file`). */
export function validateYaml(text: string, opts: ValidateOptions & { file?: string } = {}): Diagnostic[] {
  return validateFiles([{ path: opts.file ?? 'campaigns/test.yaml', text }], opts);
}
