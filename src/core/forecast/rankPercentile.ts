/**
 * Nearest-rank percentile of ascending-sorted trial outcomes: the smallest outcome that at least
 * a share `q` of the trials reach or stay under. Forecasts quote values that actually occurred in
 * a trial rather than interpolating between them (ActionableAgile reads its histograms the same
 * way).
 */
export function rankPercentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil(q * n)));
  return sorted[rank - 1]!;
}
