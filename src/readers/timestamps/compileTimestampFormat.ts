import type { TimeZone } from '../../core/calendar/zoneOffset.js';
import { civilToMs } from './civilToMs.js';
import { formatSteps } from './formatSteps.js';
import { readOffset } from './readOffset.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Compiles a pattern such as `dd-MM-yyyy HH:mm:ss` into a parser. Tokens: yyyy, MMM (Jan…),
 * MM, M, dd, d, HH, H, hh, h, mm, m, ss, s, S… (fraction digits), a (AM/PM); see formatSteps.
 * An offset after the pattern is honoured, otherwise times are read in `zone`. Throws a
 * RangeError for a malformed pattern.
 *
 * @example compileTimestampFormat('dd-MM-yyyy HH:mm', timeZone('UTC'))('22-10-2014 11:15')
 */
export function compileTimestampFormat(pattern: string, zone: TimeZone): (text: string) => number {
  const steps = formatSteps(pattern);
  return (text) => {
    const f = {
      year: -1,
      month: -1,
      monthName: -1,
      day: -1,
      hour: 0,
      hour12: -1,
      minute: 0,
      second: 0,
    };
    let ms = 0;
    let pm = -1;
    let i = 0;
    for (const step of steps) {
      if (step.kind === 'literal') {
        if (text.charCodeAt(i++) !== step.code) return Number.NaN;
      } else if (step.kind === 'ampm') {
        const word = text.slice(i, i + 2).toUpperCase();
        if (word !== 'AM' && word !== 'PM') return Number.NaN;
        pm = word === 'PM' ? 1 : 0;
        i += 2;
      } else if (step.kind === 'monthName') {
        f.monthName = MONTHS.indexOf(text.slice(i, i + 3).toLowerCase()) + 1;
        i += 3;
      } else {
        const start = i;
        let value = 0;
        const max = step.kind === 'fraction' ? 9 : step.max;
        for (
          let d = text.charCodeAt(i) - 48;
          d >= 0 && d <= 9 && i - start < max;
          d = text.charCodeAt(i) - 48
        ) {
          value = value * 10 + d;
          i++;
        }
        if (step.kind === 'fraction') {
          if (i === start) return Number.NaN;
          ms = (value * 1000) / 10 ** (i - start);
        } else if (i - start < step.min) return Number.NaN;
        else f[step.kind] = value;
      }
    }
    const month = f.monthName > 0 ? f.monthName : f.month;
    let hour = f.hour;
    if (f.hour12 >= 0) {
      if (f.hour12 < 1 || f.hour12 > 12) return Number.NaN;
      hour = (f.hour12 % 12) + (pm === 1 ? 12 : 0);
    }
    const local = civilToMs(f.year, month, f.day, hour, f.minute, f.second, ms);
    if (i === text.length) return zone.toUtc(local);
    return local - readOffset(text, text.charCodeAt(i) === 32 ? i + 1 : i);
  };
}
