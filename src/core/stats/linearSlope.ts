/** Least-squares slope of y against x = 0, 1, 2, …; 0 for fewer than two points. */
export function linearSlope(y: ArrayLike<number>): number {
  const n = y.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (let i = 0; i < n; i++) meanY += y[i]!;
  meanY /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - meanX) * (y[i]! - meanY);
    den += (i - meanX) ** 2;
  }
  return num / den;
}
