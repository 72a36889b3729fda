/** How a Monte Carlo forecast is run. */
export interface ForecastOptions {
  /** Simulated futures; 10,000 by default, enough for percentiles steady to about a day. */
  trials?: number;
  /** Seed of the random draws, so that the same history always gives the same forecast; 1 by default. */
  seed?: number;
  /**
   * Consecutive days drawn together; 1 (each day on its own, as ActionableAgile does) by default.
   * 7 keeps whole weeks together, for throughput that comes in slow and fast weeks.
   */
  block?: number;
}
