import { checkHistory } from './checkHistory.js';
import type { ForecastOptions } from './ForecastOptions.js';
import { rankPercentile } from './rankPercentile.js';
import { simulateWhen } from './simulateWhen.js';

/** Days until the items are done, reached in 50 %, 85 % and 95 % of simulated futures. */
export interface WhenForecast {
  p50Days: number;
  p85Days: number;
  p95Days: number;
}

/**
 * "When will these N items be done?" by Monte Carlo simulation of throughput, as ActionableAgile
 * does it (Vacanti, *When Will It Be Done?*, 2015): each trial draws every future day's
 * completions at random, with replacement, from the history of daily completions and counts the
 * days until the items are done. The pXX figure is the number of days within which XX % of the
 * trials finished. Days are whatever the history counts: calendar days, or working days when the
 * series skips closed days. With no completion at all in the history the answer is Infinity.
 * `options.block` > 1 draws runs of consecutive history days instead (see {@link daySampler}).
 *
 * @example forecastWhen([0, 2, 1, 0, 3], 20, { seed: 7 }).p85Days
 */
export function forecastWhen(
  dailyThroughput: readonly number[],
  items: number,
  options: ForecastOptions = {},
): WhenForecast {
  checkHistory(dailyThroughput);
  if (!(items > 0)) return { p50Days: 0, p85Days: 0, p95Days: 0 };
  if (!dailyThroughput.some((n) => n > 0))
    return { p50Days: Infinity, p85Days: Infinity, p95Days: Infinity };
  const outcomes = simulateWhen(dailyThroughput, items, options);
  return {
    p50Days: rankPercentile(outcomes, 0.5),
    p85Days: rankPercentile(outcomes, 0.85),
    p95Days: rankPercentile(outcomes, 0.95),
  };
}
