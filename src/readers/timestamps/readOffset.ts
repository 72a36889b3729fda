import { digits } from './digits.js';

/**
 * The UTC offset in milliseconds written from `from` to the end of `text` — `Z`, `+hh:mm`,
 * `+hhmm`, `+hh` (or `-`), or the words UTC/GMT — or NaN when the rest is anything else.
 */
export function readOffset(text: string, from: number): number {
  const rest = text.length - from;
  const sign = text.charCodeAt(from);
  if (rest === 1 && (sign === 90 || sign === 122)) return 0; // Z z
  if (rest === 3) {
    const word = text.slice(from).toUpperCase();
    if (word === 'UTC' || word === 'GMT') return 0;
  }
  if (sign !== 43 && sign !== 45 && sign !== 0x2212) return Number.NaN; // + - and the minus sign
  if (rest !== 3 && rest !== 5 && !(rest === 6 && text.charCodeAt(from + 3) === 58)) {
    return Number.NaN;
  }
  const hours = digits(text, from + 1, 2);
  const minutes = rest === 3 ? 0 : digits(text, text.length - 2, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  const offset = hours * 3_600_000 + minutes * 60_000;
  return sign === 43 ? offset : -offset;
}
