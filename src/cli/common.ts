/** What the commands that read the configuration and the campaign files share: `--config`, `--dir`, and reading them. */
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { Diagnostic } from '../desired/diagnostic.js';
import { displayPath, findCampaignFiles as findFiles, MissingPathError, NotAFileError, type CampaignFile } from '../desired/discover.js';
import type { CliIO } from './io.js';

export interface CommonOptions {
  readonly config?: string;
  readonly dir: string;
}

export const DEFAULT_DIR = 'campaigns';

export async function readConfig(io: CliIO, opts: CommonOptions): Promise<{ config?: LoadedConfig; diagnostics: Diagnostic[] }> {
  const file = opts.config ?? DEFAULT_CONFIG_FILE;
  const result = await loadConfigFile(path.resolve(io.cwd, file));
  const shown = displayPath(path.resolve(io.cwd, file), io.cwd);
  // Positions were recorded against the absolute path; show the path as the user knows it.
  const diagnostics = result.diagnostics.map((d) => ({ ...d, file: shown }));
  return result.config ? { config: { ...result.config, file: shown }, diagnostics } : { diagnostics };
}

/** The campaign files below the given paths; they are read while validating (see parallel-read.ts). */
export async function findCampaignFiles(
  io: CliIO,
  paths: readonly string[],
): Promise<{ files: CampaignFile[]; diagnostics: Diagnostic[] }> {
  try {
    // Skipped links and special files are said, never silent; they are not errors (a file outside
    // the repository may be linked on purpose by someone's local setup).
    const files = await findFiles(paths, io.cwd, (s) => io.stderr.write(`note: skipped ${s.path}: ${s.reason}\n`));
    return { files, diagnostics: [] };
  } catch (err) {
    if (err instanceof MissingPathError) {
      return {
        files: [],
        diagnostics: [{ file: err.path, line: 1, col: 1, code: 'missing-path', message: 'no such file or folder', hint: 'check the path, or pass --dir' }],
      };
    }
    if (err instanceof NotAFileError) {
      return {
        files: [],
        diagnostics: [{ file: err.path, line: 1, col: 1, code: 'not-a-file', message: 'not a regular file or folder (a FIFO, socket or device cannot hold campaigns)', hint: 'pass a campaign file or a folder of them' }],
      };
    }
    throw err;
  }
}
