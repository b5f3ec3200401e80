import { compareDiagnostics } from '../desired/diagnostic.js';
import { validateCampaignFiles } from '../desired/parallel-read.js';
import {
  renderDiagnosticsGithub,
  renderDiagnosticsJson,
  renderDiagnosticsText,
  summaryLine,
  type DiagnosticFormat,
} from '../report/diagnostics.js';
import { findCampaignFiles, readConfig, type CommonOptions } from './common.js';
import { wantsColor, type CliIO } from './io.js';

export interface ValidateCommandOptions extends CommonOptions {
  readonly format: DiagnosticFormat;
}

/** Exit 0 when every document is valid, 1 otherwise. Never touches the network. */
export async function runValidate(io: CliIO, paths: readonly string[], opts: ValidateCommandOptions): Promise<number> {
  const { config, diagnostics: configDiags } = await readConfig(io, opts);
  const { files, diagnostics: pathDiags } = await findCampaignFiles(io, paths.length ? paths : [opts.dir]);
  const result = config
    ? await validateCampaignFiles(files, { config, now: io.now() })
    : { diagnostics: [], files: files.length, documents: 0, campaigns: [] };
  const diagnostics = [...configDiags, ...pathDiags, ...result.diagnostics].sort(compareDiagnostics);
  const summary = { files: result.files, documents: result.documents, campaigns: result.campaigns.length };
  if (opts.format === 'json') io.stdout.write(renderDiagnosticsJson(diagnostics, summary));
  else if (opts.format === 'github') {
    io.stdout.write(renderDiagnosticsGithub(diagnostics));
    io.stderr.write(`${summaryLine(diagnostics, summary)}\n`);
  } else io.stdout.write(renderDiagnosticsText(diagnostics, summary, wantsColor(io)));
  return diagnostics.length === 0 ? 0 : 1;
}
