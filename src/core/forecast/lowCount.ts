/** The largest count that at least a share `q` of the sorted outcomes reach or exceed. */
export function lowCount(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const index = Math.max(0, n - Math.ceil(q * n));
  return sorted[index]!;
}
