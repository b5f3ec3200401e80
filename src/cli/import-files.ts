/**
 * Where `import` writes each campaign, and what is already there.
 *
 * File names are `<dir>/<provider>/<slug>.yaml`, the slug being the campaign's name made
 * filesystem-safe (ASCII letters, digits and dashes, lower case, at most 60 characters) plus a short
 * form of its id, so that names are stable from one import to the next and two campaigns with the
 * same name never share a file: `tarjeta-de-sellos-cafe-aurora-6ab8ebd7.yaml`. Should two short
 * forms still meet (case-insensitive file systems included), the longer id is used, then a counter.
 *
 * A name already taken by a file in the folder is never reused: the next candidate is chosen.
 * A campaign that a document under `--dir` already manages (same address) gets no new file: import
 * leaves it alone, or `--refresh` edits that document in place.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { campaignAddress } from '../desired/campaign.js';
import { discoverCampaignFiles, MissingPathError } from '../desired/discover.js';
import type { SourceFile } from '../desired/validate.js';
import { loadYaml } from '../desired/yaml-source.js';
import { isJsonObject } from '../json/guards.js';

const MAX_SLUG = 60;
const SHORT_ID = 8;

/** `Tarjeta de sellos Café Aurora` → `tarjeta-de-sellos-cafe-aurora`; `campaign` when nothing is left. */
export function nameSlug(name: string | undefined): string {
  const ascii = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii === '') return 'campaign';
  if (ascii.length <= MAX_SLUG) return ascii;
  const cut = ascii.slice(0, MAX_SLUG);
  const dash = cut.lastIndexOf('-');
  return (dash >= MAX_SLUG / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** The id in letters and digits, a type prefix such as Voucherify's `camp_` left out. */
function idLetters(id: string): string {
  const parts = id.split(/[^A-Za-z0-9]+/).filter((p) => p !== '');
  if (parts.length > 1 && /^[A-Za-z]{1,5}$/.test(parts[0]!)) parts.shift();
  return parts.join('').toLowerCase() || 'id';
}

/** `6ab8ebd7` for a uuid, `q34x1yc7` for `camp_q34x1yc7Uta…`, `1000187` for a short id. */
export function shortId(id: string): string {
  return idLetters(id).slice(0, SHORT_ID);
}

/**
 * File names (without folder) for campaigns, in the order given, unique ignoring case. The caller
 * passes them sorted by id so that a collision resolves the same way every time.
 */
export function fileNames(campaigns: readonly { readonly id: string; readonly name?: string }[], inUse: Iterable<string> = []): string[] {
  const taken = new Set([...inUse].map((n) => n.toLowerCase()));
  return campaigns.map(({ id, name }) => {
    const slug = nameSlug(name);
    const candidates = [`${slug}-${shortId(id)}`, `${slug}-${idLetters(id)}`];
    let chosen = candidates.find((c) => !taken.has(c.toLowerCase()));
    for (let n = 2; chosen === undefined; n++) {
      const c = `${candidates[1]!}-${n}`;
      if (!taken.has(c.toLowerCase())) chosen = c;
    }
    taken.add(chosen.toLowerCase());
    return `${chosen}.yaml`;
  });
}

/** One document of a file under --dir, as far as import needs it (read as YAML, not validated). */
export interface ExistingDocument {
  /** 0-based position in the file. */
  readonly index: number;
  readonly provider?: string;
  readonly account?: string;
  /** The id as a string; undefined for a document without one (a new campaign). */
  readonly id?: string;
  /** `<provider>/<account>/<id>` when the document has all three. */
  readonly address?: string;
  readonly spec?: Readonly<Record<string, unknown>>;
  readonly ignore: readonly string[];
  /** The document's whole value (empty when it is not a mapping). */
  readonly whole: Readonly<Record<string, unknown>>;
}

/** A file under --dir as it stands: its text, and the campaigns its documents address. */
export interface ExistingFile {
  /** Absolute. */
  readonly file: string;
  readonly source: SourceFile;
  readonly documents: readonly ExistingDocument[];
  readonly addresses: ReadonlySet<string>;
}

/** Every campaign file under `dir` (none when it does not exist yet), with the addresses it manages. */
export async function scanExisting(dir: string, cwd: string): Promise<ExistingFile[]> {
  let files: string[];
  try {
    files = await discoverCampaignFiles([dir], cwd);
  } catch (err) {
    if (err instanceof MissingPathError) return [];
    throw err;
  }
  const out: ExistingFile[] = [];
  for (const f of files) {
    const text = await readFile(path.resolve(cwd, f));
    const loaded = loadYaml(f, text);
    const documents = loaded.documents.map((doc, index) => existingDocument(doc.value, index));
    const addresses = new Set(documents.flatMap((d) => (d.address !== undefined ? [d.address] : [])));
    out.push({ file: path.resolve(cwd, f), source: { path: f, text }, documents, addresses });
  }
  return out;
}

function existingDocument(value: unknown, index: number): ExistingDocument {
  if (!isJsonObject(value)) return { index, ignore: [], whole: {} };
  const { provider, account, id, spec, ignore } = value;
  const idText = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  const p = typeof provider === 'string' ? provider : undefined;
  const a = typeof account === 'string' ? account : undefined;
  return {
    index,
    ...(p !== undefined ? { provider: p } : {}),
    ...(a !== undefined ? { account: a } : {}),
    ...(idText !== undefined ? { id: idText } : {}),
    ...(p !== undefined && a !== undefined && idText !== undefined ? { address: campaignAddress(p, a, idText) } : {}),
    ...(isJsonObject(spec) ? { spec } : {}),
    ignore: Array.isArray(ignore) ? ignore.filter((i): i is string => typeof i === 'string') : [],
    whole: value,
  };
}
