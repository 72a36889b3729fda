export type FormatField =
  | 'year'
  | 'month'
  | 'monthName'
  | 'day'
  | 'hour'
  | 'hour12'
  | 'minute'
  | 'second';

/** One step of reading a timestamp by a user's pattern. */
export type FormatStep =
  | { kind: FormatField; min: number; max: number }
  | { kind: 'fraction' }
  | { kind: 'ampm' }
  | { kind: 'literal'; code: number };

const TOKENS: Record<string, FormatStep> = {
  yyyy: { kind: 'year', min: 4, max: 4 },
  MMM: { kind: 'monthName', min: 3, max: 3 },
  MM: { kind: 'month', min: 2, max: 2 },
  M: { kind: 'month', min: 1, max: 2 },
  dd: { kind: 'day', min: 2, max: 2 },
  d: { kind: 'day', min: 1, max: 2 },
  HH: { kind: 'hour', min: 2, max: 2 },
  H: { kind: 'hour', min: 1, max: 2 },
  hh: { kind: 'hour12', min: 2, max: 2 },
  h: { kind: 'hour12', min: 1, max: 2 },
  mm: { kind: 'minute', min: 2, max: 2 },
  m: { kind: 'minute', min: 1, max: 2 },
  ss: { kind: 'second', min: 2, max: 2 },
  s: { kind: 'second', min: 1, max: 2 },
  a: { kind: 'ampm' },
};

/**
 * Splits a pattern such as `dd-MM-yyyy HH:mm:ss` into steps. Unknown letters are refused
 * (Java and Excel patterns differ, and a silently misread day/month would corrupt every
 * duration); `T`, non-letters and text in single quotes are literal; a trailing Z or X is
 * dropped because an offset after the pattern is always honoured.
 */
export function formatSteps(pattern: string): FormatStep[] {
  const steps: FormatStep[] = [];
  const seen = new Set<string>();
  const refuse = (why: string) => new RangeError(`timestamp format "${pattern}": ${why}`);
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw refuse('unclosed quote');
      for (let j = i + 1; j < end; j++)
        steps.push({ kind: 'literal', code: pattern.charCodeAt(j) });
      i = end + 1;
      continue;
    }
    let j = i;
    while (pattern[j] === c) j++;
    const run = pattern.slice(i, j);
    i = j;
    if (c === 'S') steps.push({ kind: 'fraction' });
    else if ((c === 'Z' || c === 'X') && i === pattern.length) continue;
    else if (/[a-zA-SU-Z]/.test(c)) {
      const token = TOKENS[run];
      if (!token) {
        throw refuse(`unknown token "${run}" (use yyyy MM dd HH mm ss SSS; quote other letters)`);
      }
      steps.push(token);
      seen.add(token.kind === 'monthName' ? 'month' : token.kind);
    } else {
      for (let k = 0; k < run.length; k++) steps.push({ kind: 'literal', code: c.charCodeAt(0) });
    }
  }
  if (!seen.has('year') || !seen.has('month') || !seen.has('day')) {
    throw refuse('needs a year (yyyy), month (MM) and day (dd)');
  }
  if (seen.has('hour12') !== seen.has('ampm')) {
    throw refuse('a 12-hour clock (hh) needs AM/PM (a); for a 24-hour clock use HH');
  }
  return steps;
}
