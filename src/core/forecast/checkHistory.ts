/**
 * Throws a RangeError unless the history is a non-empty list of finite, non-negative daily
 * counts; the forecasts sample from it, so one bad day would poison every trial.
 */
export function checkHistory(dailyThroughput: readonly number[]): void {
  if (dailyThroughput.length === 0) throw new RangeError('daily throughput history is empty');
  for (const [day, n] of dailyThroughput.entries()) {
    if (!Number.isFinite(n) || n < 0)
      throw new RangeError(`daily throughput on day ${day} is ${n}, not a count`);
  }
}
