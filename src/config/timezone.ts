/**
 * `timezone:` in campaignctl.yaml: the zone text and markdown plans show dates in. The schema
 * takes any text; whether the runtime's time-zone data knows the name is checked here, so that a
 * misspelt zone is an error at its line rather than a plan in the wrong zone.
 */
import type { Diagnostic, SourcePosition } from '../desired/diagnostic.js';
import { resolveTimeZone, UnknownTimeZoneError } from '../report/display-values.js';

/** The zone's canonical IANA name (`europe/amsterdam` → `Europe/Amsterdam`), or the error at `position()`. */
export function configuredTimeZone(value: string | undefined, position: () => SourcePosition): { timezone?: string } | { diagnostic: Diagnostic } {
  if (value === undefined) return {};
  try {
    return { timezone: resolveTimeZone(value) };
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
