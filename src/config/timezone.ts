/**
 * `timezone:` in campaignctl.yaml: the zone text and markdown plans show dates in. The schema
 * takes any text; whether the runtime's time-zone data knows the name is checked here, so that a
 * misspelt zone is an error at its line rather than a plan in the wrong zone.
 */
import type { Diagnostic, SourcePosition } from '../desired/diagnostic.js';
import { resolveTimeZone, UnknownTimeZoneError } from '../report/display-values.js';

/**
 * The zone as written, once the runtime knows it, or the error at `position()`. Kept as written:
 * the runtime's canonical name may be an older one (`Asia/Kolkata` resolves to `Asia/Calcutta`).
 */
export function configuredTimeZone(value: string | undefined, position: () => SourcePosition): { timezone?: string } | { diagnostic: Diagnostic } {
  if (value === undefined) return {};
  try {
    resolveTimeZone(value);
    return { timezone: value };
  } catch (err) {
    if (!(err instanceof UnknownTimeZoneError)) throw err;
    return {
      diagnostic: {
        ...position(),
        code: 'config',
        message: err.message,
        hint: 'leave `timezone:` out to show dates in UTC',
      },
    };
  }
}
