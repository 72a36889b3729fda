/**
 * The q-quantile of ascending-sorted values with linear interpolation between closest ranks
 * (numpy's default, "type 7"), so medians agree with pm4py's. NaN for an empty input.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  return lo === hi ? a : a + (sorted[hi]! - a) * (pos - lo);
}
