/**
 * The text of a YAML file as the loader reads it, shared by the loader and the threads that read
 * files beside it (workers/), which must not load the `yaml` package to do so.
 */
import { isUtf8 } from 'node:buffer';

const utf8 = new TextDecoder('utf-8');

/** Decodes valid UTF-8 (the decoder drops a leading byte-order mark) and drops a second one, as YAML does. */
export function decodeYamlBytes(bytes: Uint8Array): string {
  return yamlSourceText(utf8.decode(bytes));
}

/**
 * The text a YAML reader sees: without a byte-order mark, and with lone carriage returns (old Mac
 * line endings) turned into line feeds. YAML counts a lone CR as a line break, but the `yaml`
 * package does not: a CR-only file that starts with a comment would read as one long comment, and
 * its campaigns would silently vanish. One character for one keeps every line and column.
 */
export function yamlSourceText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.replace(/\r(?!\n)/g, '\n') : body;
}

/** The text to read, or undefined where the loader has something to report (too large, not UTF-8). */
export function readableText(content: string | Uint8Array, maxBytes: number): string | undefined {
  if (typeof content === 'string') return Buffer.byteLength(content, 'utf8') > maxBytes ? undefined : yamlSourceText(content);
  return content.byteLength > maxBytes || !isUtf8(content) ? undefined : decodeYamlBytes(content);
}
