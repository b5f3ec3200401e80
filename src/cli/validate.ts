import path from 'node:path';
import { compareDiagnostics } from '../desired/diagnostic.js';
import { validateCampaignFiles } from '../desired/parallel-read.js';
import { RENDERERS, type DiagnosticFormat } from '../report/renderers.js';
import { schemaCopyNote } from '../init/schema-copy.js';
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
    ? await validateCampaignFiles(files, { config, now: io.now(), cwd: io.cwd })
    : { diagnostics: [], files: files.length, documents: 0, campaigns: [] };
  const diagnostics = [...configDiags, ...pathDiags, ...result.diagnostics].sort(compareDiagnostics);
  const copyNote = config ? schemaCopyNote(path.resolve(io.cwd, config.file), io.cwd) : undefined;
  if (copyNote) io.stderr.write(`note: ${copyNote}\n`);
  const summary = { files: result.files, documents: result.documents, campaigns: result.campaigns.length };
  const renderer = RENDERERS.validate[opts.format];
  const report = { diagnostics, summary };
  io.stdout.write(renderer.render(report, { color: wantsColor(io) }));
  if (renderer.aside) io.stderr.write(renderer.aside(report));
  return diagnostics.length === 0 ? 0 : 1;
}
