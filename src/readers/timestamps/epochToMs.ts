/**
 * Milliseconds from an epoch count whose unit is unknown, judged by magnitude: below 1e11 it is
 * seconds (1e11 s is the year 5138, while 1e11 ms is only 1973), below 1e14 milliseconds, below
 * 1e17 microseconds, above that nanoseconds. Exports rarely say which unit they use.
 */
export function epochToMs(value: number): number {
  const size = Math.abs(value);
  if (size < 1e11) return value * 1000;
  if (size < 1e14) return value;
  if (size < 1e17) return value / 1000;
  return value / 1e6;
}
