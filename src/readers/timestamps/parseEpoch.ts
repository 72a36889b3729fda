import { epochToMs } from './epochToMs.js';

/**
 * Reads an all-digit timestamp (optionally with a decimal fraction) as time since the epoch,
 * its unit judged by magnitude (see epochToMs). Returns NaN when the text is not such a number.
 */
export function parseEpoch(text: string): number {
  const n = text.length;
  if (n === 0 || n > 25) return Number.NaN;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) return Number.NaN;
  }
  if (dots > 1 || text.charCodeAt(0) === 46 || text.charCodeAt(n - 1) === 46) return Number.NaN;
  return epochToMs(Number(text));
}
