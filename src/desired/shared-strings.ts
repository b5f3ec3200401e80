/**
 * One copy of each short string the campaign specs of a repository repeat: the same status,
 * currency, weekday, store id or date written in thousands of files would otherwise be held
 * once per file (each file is read on its own, and values read on another thread arrive as
 * copies). At 10,000 campaigns that is about a fifth of what the loaded specs weigh.
 */

/** Longer strings (descriptions, messages) rarely repeat; they are left as they are. */
const MAX_SHARED_LENGTH = 128;

export class SharedStrings {
  private readonly table = new Map<string, string>();

  /** Replaces, in place, every short string inside `value` (objects and arrays, any depth) by its shared copy. */
  shareIn(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.shared(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.shared(record[key]);
    }
  }

  private shared(value: unknown): unknown {
    if (typeof value !== 'string') {
      this.shareIn(value);
      return value;
    }
    if (value.length > MAX_SHARED_LENGTH) return value;
    const held = this.table.get(value);
    if (held !== undefined) return held;
    this.table.set(value, value);
    return value;
  }
}
