import { seededRandom } from '../stats/seededRandom.js';
import { checkHistory } from './checkHistory.js';
import { daySampler } from './daySampler.js';
import type { ForecastOptions } from './ForecastOptions.js';

/** The trials of {@link forecastHowMany}: for each simulated future, the items done in `days` days, sorted ascending. */
export function simulateHowMany(
  dailyThroughput: readonly number[],
  days: number,
  options: ForecastOptions = {},
): Float64Array {
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
  return outcomes.sort();
}
