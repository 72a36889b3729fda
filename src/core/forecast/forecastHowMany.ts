import { seededRandom } from '../stats/seededRandom.js';
import { checkHistory } from './checkHistory.js';
import { daySampler } from './daySampler.js';
import type { ForecastOptions } from './ForecastOptions.js';

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
  checkHistory(dailyThroughput);
  const trials = options.trials ?? 10_000;
  if (!Number.isInteger(trials) || trials < 1)
    throw new RangeError(`trials must be a positive whole number, not ${trials}`);
  const horizon = Math.max(0, Math.ceil(days));
  const random = seededRandom(options.seed ?? 1);
  const outcomes = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    const draw = daySampler(dailyThroughput, options.block ?? 1, random);
    let done = 0;
    for (let d = 0; d < horizon; d++) done += draw();
    outcomes[t] = done;
  }
  outcomes.sort();
  return {
    p50: lowCount(outcomes, 0.5),
    p85: lowCount(outcomes, 0.85),
    p95: lowCount(outcomes, 0.95),
  };
}

/** The largest count that at least a share `q` of the sorted outcomes reach or exceed. */
function lowCount(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const index = Math.max(0, n - Math.ceil(q * n));
  return sorted[index]!;
}
