/**
 * The text of a campaign file as campaignctl writes it (`import`): the editor's schema line, then
 * `provider`, `account`, `id` and `spec` in the campaign-file schema's order. Long strings are never
 * folded, and strings a YAML 1.1 reader would take for something else (times such as 18:00:00,
 * timestamps, yes/no/on/off) are quoted, as the example files do, so that every tool reads them as
 * the same strings campaignctl does.
 */
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { CAMPAIGN_FILE_SCHEMA, loadSchemas } from './schema-registry.js';

export { CAMPAIGN_FILE_SCHEMA };

export interface CampaignFileContent {
  readonly provider: string;
  readonly account: string;
  /** A string, or a number where the provider's ids are integers. */
  readonly id: string | number;
  readonly spec: Readonly<Record<string, unknown>>;
  /** Comment lines placed after the schema line (without `#`). */
  readonly comments?: readonly string[];
}

/**
 * The `$schema` reference for a file at `file` (absolute) to the campaign-file schema in `schemas`:
 * a folder (absolute; the reference is relative to the file, in forward slashes, e.g.
 * `../../schemas/…`) or a URL ending in `/`.
 */
export function schemaReference(file: string, schemas: string): string {
  if (/^https?:\/\//.test(schemas)) return `${schemas}${CAMPAIGN_FILE_SCHEMA}`;
  const rel = path.relative(path.dirname(file), path.join(schemas, CAMPAIGN_FILE_SCHEMA));
  return rel.split(path.sep).join('/');
}

interface IdRule {
  readonly if?: { readonly properties?: { readonly provider?: { readonly const?: unknown } } };
  readonly then?: { readonly properties?: { readonly id?: { readonly type?: string | readonly string[] } } };
}

/**
 * The id as the campaign-file schema prefers it for this provider: a number where its first type
 * is `integer` (Spaaza: `id: 4133`), else the string (Lula: `id: "1000187"`, quoted).
 */
export function idForFile(provider: string, id: string): string | number {
  const schema = loadSchemas().schemas.get(CAMPAIGN_FILE_SCHEMA);
  const rules = (Array.isArray(schema?.allOf) ? schema.allOf : []) as IdRule[];
  const rule = rules.find((r) => r.if?.properties?.provider?.const === provider);
  const type = rule?.then?.properties?.id?.type;
  const first = Array.isArray(type) ? (type as readonly string[])[0] : type;
  const n = Number(id);
  return first === 'integer' && /^(0|[1-9][0-9]*)$/.test(id) && Number.isSafeInteger(n) ? n : id;
}

/** Lists of plain values are written inline when they fit in about this many characters. */
const FLOW_WIDTH = 80;

const YAML11_LOOKALIKE = [
  /^[-+]?\d+(:[0-5]?\d)+(\.\d*)?$/, // sexagesimal numbers: 18:00:00
  /^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)/, // timestamps
  /^(y|n|yes|no|on|off|true|false)$/i,
];

/** The file's text; its schema line points at the campaign-file schema in `schemas` (see schemaReference). */
export function renderCampaignFile(file: string, content: CampaignFileContent, schemas: string): string {
  const doc = new Document({ provider: content.provider, account: content.account, id: content.id, spec: content.spec });
  inCampaignFileStyle(doc);
  const header = [`# yaml-language-server: $schema=${schemaReference(file, schemas)}`, ...(content.comments ?? []).map((c) => `# ${c}`)];
  return `${header.join('\n')}\n${doc.toString(CAMPAIGN_FILE_TO_STRING)}`;
}

/** How campaign files are serialised: long strings never folded, flow lists as `[1, 2]`. */
export const CAMPAIGN_FILE_TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Styles a document as campaign files are written: YAML 1.1 look-alikes quoted, short lists of
 * plain values on one line. Scalars that already carry a style keep it.
 */
export function inCampaignFileStyle(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || node.type !== undefined) return;
      if (YAML11_LOOKALIKE.some((re) => re.test(node.value as string))) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      // Short lists of plain values on one line, as people write them: `days_of_week: [1, 2, 3]`.
      const scalars = node.items.every((i) => isScalar(i) && (i.value === null || typeof i.value !== 'object'));
      const width = node.items.reduce<number>((n, i) => n + String(isScalar(i) ? i.value : '').length + 4, 0);
      if (node.items.length > 0 && scalars && width <= FLOW_WIDTH) node.flow = true;
    },
  });
}
