/** Settings of {@link segmentMeans}. */
export interface SegmentMeansOptions {
  /** Noise standard deviation of one observation; the costs are in its units. */
  sigma: number;
  /** Cost of one more change point, in squared standard deviations (β of Killick et al.). */
  penalty: number;
  /** Fewest observations in a segment. */
  minSegment: number;
}

/**
 * Splits a series into segments of constant mean by PELT, the Pruned Exact Linear Time method
 * of Killick, Fearnhead and Eckley (2012), "Optimal detection of changepoints with a linear
 * computational cost", JASA 107(500):1590-1598. The cost of a segment is its sum of squared
 * deviations from its own mean over σ² (a Gaussian mean change with known variance), and each
 * change point costs `penalty`: the partition minimising the total is exact, and pruning
 * (their equation 4 with K = 0) keeps the work near linear in the series' length.
 * Returns the indices where a new segment starts, ascending (never 0). Pure.
 */
export function segmentMeans(series: ArrayLike<number>, options: SegmentMeansOptions): number[] {
  const n = series.length;
  const { sigma, penalty, minSegment } = options;
  const m = Math.max(1, Math.floor(minSegment));
  if (n < 2 * m || !(sigma > 0)) return [];
  const sum = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = series[i]!;
    sum[i + 1] = sum[i]! + x;
    squares[i + 1] = squares[i]! + x * x;
  }
  const variance = sigma * sigma;
  const cost = (a: number, b: number): number => {
    const s = sum[b]! - sum[a]!;
    return Math.max(0, squares[b]! - squares[a]! - (s * s) / (b - a)) / variance;
  };
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const last = new Int32Array(n + 1);
  best[0] = -penalty;
  let candidates: number[] = [0];
  for (let t = m; t <= n; t++) {
    // A change point τ is allowed when both τ and t - τ leave whole segments of m or more.
    const open = t - m >= m ? t - m : -1;
    if (open >= m && Number.isFinite(best[open]!)) candidates.push(open);
    let value = Number.POSITIVE_INFINITY;
    let arg = 0;
    const totals: number[] = [];
    for (const tau of candidates) {
      const total = best[tau]! + cost(tau, t) + penalty;
      totals.push(total);
      if (total < value) {
        value = total;
        arg = tau;
      }
    }
    best[t] = value;
    last[t] = arg;
    candidates = candidates.filter((_, k) => totals[k]! - penalty <= value);
  }
  const changes: number[] = [];
  for (let t = last[n]!; t > 0; t = last[t]!) changes.push(t);
  return changes.reverse();
}
