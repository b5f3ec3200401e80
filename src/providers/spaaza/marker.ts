/**
 * The marker a created Spaaza campaign carries in its `notes`, by which plan recognises it again.
 *
 * Spaaza documents no unique key for campaigns (titles repeat; `owner_code` is the retailer's own
 * reference, often managed in YAML and never said to be unique), so a new document is known by a
 * marker derived from its creation key: `[campaignctl:<24 hex digits>]`. It lives in `notes`
 * because notes are returned by every read, shown only to the campaign's administrators (never to
 * customers), and rarely managed in YAML; where a document does manage them, the marker follows
 * its text after a blank line.
 *
 * The marker never shows as a difference: `toSpec` and `canonical` read notes without it, and an
 * update that sends notes sends the live marker along (write.ts), so changing or clearing the
 * notes in YAML keeps the campaign recognisable.
 */
import { createHash } from 'node:crypto';

const TOKEN = /\[campaignctl:([0-9a-f]{24})\]/;
/** The marker alone, or after the notes and the blank line `withMarker` puts before it. */
const SUFFIX = /(?:^|\n\n)\[campaignctl:[0-9a-f]{24}\]$/;

/** The marker's key for a document: a digest of its creation key (stable, 96 bits). */
export function markerKey(creationKey: string): string {
  return createHash('sha256').update(creationKey).digest('hex').slice(0, 24);
}

export function markerText(key: string): string {
  return `[campaignctl:${key}]`;
}

/** The key of the marker in a campaign's notes, wherever an administrator left it. */
export function markerIn(notes: unknown): string | undefined {
  return typeof notes === 'string' ? TOKEN.exec(notes)?.[1] : undefined;
}

/** Notes as a document writes them, with the marker after them (the marker alone for none). */
export function withMarker(notes: string | null | undefined, key: string): string {
  return notes === null || notes === undefined || notes === '' ? markerText(key) : `${notes}\n\n${markerText(key)}`;
}

/** Notes without the marker `withMarker` added ('' when they were only the marker). */
export function withoutMarker(notes: string): string {
  const found = SUFFIX.exec(notes);
  return found ? notes.slice(0, found.index) : notes;
}
