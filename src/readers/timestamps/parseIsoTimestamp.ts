import type { TimeZone } from '../../core/calendar/zoneOffset.js';
import { civilToMs } from './civilToMs.js';
import { digits } from './digits.js';
import { readOffset } from './readOffset.js';

const DASH = 45;
const SLASH = 47;
const COLON = 58;
const SPACE = 32;

/**
 * Reads `yyyy-MM-dd[(T| )HH:mm[:ss[.fff…]]][offset]`, also with `/` between the date parts (as
 * Disco and Excel export it). Fractions keep every digit up to nanoseconds, so microsecond
 * exports still order correctly. Without an offset the wall-clock time is read in `zone`.
 * Returns NaN for anything else, including out-of-range fields.
 */
export function parseIsoTimestamp(text: string, zone: TimeZone): number {
  const n = text.length;
  if (n < 10) return Number.NaN;
  const sep = text.charCodeAt(4);
  if ((sep !== DASH && sep !== SLASH) || text.charCodeAt(7) !== sep) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  if (i < n) {
    const t = text.charCodeAt(i);
    if (t !== 84 && t !== 116 && t !== SPACE) return Number.NaN; // T t
    if (n < 16 || text.charCodeAt(13) !== COLON) return Number.NaN;
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    i = 16;
    if (i < n && text.charCodeAt(i) === COLON) {
      if (n < 19) return Number.NaN;
      second = digits(text, 17, 2);
      i = 19;
      const dot = i < n ? text.charCodeAt(i) : 0;
      if (dot === 46 || dot === 44) {
        let fraction = 0;
        let scale = 1;
        for (i++; i < n; i++) {
          const d = text.charCodeAt(i) - 48;
          if (d < 0 || d > 9) break;
          if (scale < 1e9) {
            fraction = fraction * 10 + d;
            scale *= 10;
          }
        }
        if (scale === 1) return Number.NaN;
        ms = (fraction * 1000) / scale;
      }
    }
    if (hour < 0 || minute < 0 || second < 0) return Number.NaN;
  }
  const local = civilToMs(year, month, day, hour, minute, second, ms);
  if (i === n) return zone.toUtc(local);
  if (text.charCodeAt(i) === SPACE) i++;
  return local - readOffset(text, i);
}
