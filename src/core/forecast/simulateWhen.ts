import { seededRandom } from '../stats/seededRandom.js';
import { checkHistory } from './checkHistory.js';
import { daySampler } from './daySampler.js';
import type { ForecastOptions } from './ForecastOptions.js';

/**
 * The trials of {@link forecastWhen}: for each simulated future, the days until `items` are
 * done, sorted ascending. The history must hold some completion (else no trial ends); `items`
 * of 0 or less gives every trial 0 days.
 */
export function simulateWhen(
  dailyThroughput: readonly number[],
  items: number,
  options: ForecastOptions = {},
): Float64Array {
  checkHistory(dailyThroughput);
  const trials = options.trials ?? 10_000;
  if (!Number.isInteger(trials) || trials < 1)
    throw new RangeError(`trials must be a positive whole number, not ${trials}`);
  const outcomes = new Float64Array(trials);
  if (!(items > 0)) return outcomes;
  if (!dailyThroughput.some((n) => n > 0))
    throw new RangeError('no completion in the history: the items are never done');
  const random = seededRandom(options.seed ?? 1);
  for (let t = 0; t < trials; t++) {
    const draw = daySampler(dailyThroughput, options.block ?? 1, random);
    let done = 0;
    let days = 0;
    while (done < items) {
      done += draw();
      days++;
    }
    outcomes[t] = days;
  }
  return outcomes.sort();
}
