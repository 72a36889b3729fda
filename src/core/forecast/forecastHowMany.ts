import type { ForecastOptions } from './ForecastOptions.js';
import { lowCount } from './lowCount.js';
import { simulateHowMany } from './simulateHowMany.js';

/**
 * Items done within the coming days, reached with 50 %, 85 % and 95 % probability. Unlike
 * {@link WhenForecast}, higher confidence means a LOWER number: `p85` is the count that 85 % of
 * simulated futures reach or exceed, so `p95 <= p85 <= p50`.
 */
export interface HowManyForecast {
  p50: number;
  p85: number;
  p95: number;
}

/**
 * "How many items will be done in the next `days` days?" by Monte Carlo simulation of
 * throughput, as ActionableAgile does it (Vacanti, *When Will It Be Done?*, 2015): each trial sums
 * `days` daily completions drawn at random, with replacement, from the history. Days are those of
 * the history: calendar days, or working days when the series skips closed days.
 * `options.block` > 1 draws runs of consecutive history days instead (see {@link daySampler}).
 *
 * @example forecastHowMany([0, 2, 1, 0, 3], 14, { seed: 7 }).p85 // at least this many, 85 % sure
 */
export function forecastHowMany(
  dailyThroughput: readonly number[],
  days: number,
  options: ForecastOptions = {},
): HowManyForecast {
  const outcomes = simulateHowMany(dailyThroughput, days, options);
  return {
    p50: lowCount(outcomes, 0.5),
    p85: lowCount(outcomes, 0.85),
    p95: lowCount(outcomes, 0.95),
  };
}
