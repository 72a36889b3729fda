import type { TimeZone } from '../../core/calendar/zoneOffset.js';
import { civilToMs } from './civilToMs.js';
import { digits } from './digits.js';
import { parseEpoch } from './parseEpoch.js';
import { parseIsoTimestamp } from './parseIsoTimestamp.js';

/**
 * Reads a timestamp in any of the forms event-log exports use: ISO 8601 (`T` or space, any
 * fraction, `Z`/`+hh:mm`/`+hhmm`/`+hh` or no offset), date only, `yyyy/MM/dd HH:mm:ss.fff`,
 * compact `yyyyMMdd` / `yyyyMMddHHmmss`, or epoch seconds/milliseconds. Times without an offset
 * are wall-clock times in `zone`. Returns milliseconds since the epoch, or NaN.
 *
 * @example parseTimestamp('2011-10-11 13:45:40.276000+02:00', timeZone('UTC')) // 1318333540276
 */
export function parseTimestamp(text: string, zone: TimeZone): number {
  const iso = parseIsoTimestamp(text, zone);
  if (!Number.isNaN(iso)) return iso;
  const trimmed = text.trim();
  if (trimmed.length !== text.length)
    return trimmed === '' ? Number.NaN : parseTimestamp(trimmed, zone);
  // Eight or fourteen digits are far likelier a compact date than an epoch count, which would
  // put the event in 1970 (seconds) or after 2286 (milliseconds).
  if (text.length === 8 || text.length === 14) {
    const compact = parseCompact(text, zone);
    if (!Number.isNaN(compact)) return compact;
  }
  return parseEpoch(text);
}

function parseCompact(text: string, zone: TimeZone): number {
  const year = digits(text, 0, 4);
  const month = digits(text, 4, 2);
  const day = digits(text, 6, 2);
  const long = text.length === 14;
  const hour = long ? digits(text, 8, 2) : 0;
  const minute = long ? digits(text, 10, 2) : 0;
  const second = long ? digits(text, 12, 2) : 0;
  if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
    return Number.NaN;
  }
  return zone.toUtc(civilToMs(year, month, day, hour, minute, second, 0));
}
