/**
 * The non-negative integer written with exactly `count` ASCII digits at `from`, or -1.
 * Char codes instead of a regex or Number(): this runs once per timestamp field, ten million
 * times on a large log. The caller guarantees `from + count <= text.length`.
 */
export function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    // Unsigned comparison folds "below '0'" into "above '9'": one branch per character.
    if (d >>> 0 > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
