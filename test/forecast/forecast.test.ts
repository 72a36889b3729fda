import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { countByDay } from '../../src/core/forecast/countByDay.js';
import { forecastHowMany } from '../../src/core/forecast/forecastHowMany.js';
import { forecastWhen } from '../../src/core/forecast/forecastWhen.js';

const history = [0, 3, 1, 0, 0, 5, 2, 1, 0, 4, 0, 0, 1, 2];

test('the same seed gives the same forecast', () => {
  assert.deepEqual(
    forecastWhen(history, 30, { seed: 42 }),
    forecastWhen(history, 30, { seed: 42 }),
  );
  assert.deepEqual(
    forecastHowMany(history, 14, { seed: 42 }),
    forecastHowMany(history, 14, { seed: 42 }),
  );
});

test('constant throughput gives exact answers', () => {
  const steady = [3, 3, 3, 3, 3];
  assert.deepEqual(forecastWhen(steady, 30), { p50Days: 10, p85Days: 10, p95Days: 10 });
  assert.deepEqual(forecastWhen(steady, 31), { p50Days: 11, p85Days: 11, p95Days: 11 });
  assert.deepEqual(forecastHowMany(steady, 14), { p50: 42, p85: 42, p95: 42 });
});

test('more items never finish sooner', () => {
  let previous = forecastWhen(history, 1, { seed: 3 });
  for (let items = 2; items <= 120; items += 7) {
    const next = forecastWhen(history, items, { seed: 3 });
    assert.ok(next.p50Days >= previous.p50Days, `p50 at ${items}`);
    assert.ok(next.p85Days >= previous.p85Days, `p85 at ${items}`);
    assert.ok(next.p95Days >= previous.p95Days, `p95 at ${items}`);
    previous = next;
  }
});

test('more days never forecast fewer items', () => {
  let previous = forecastHowMany(history, 1, { seed: 3 });
  for (let days = 2; days <= 60; days += 5) {
    const next = forecastHowMany(history, days, { seed: 3 });
    assert.ok(next.p50 >= previous.p50 && next.p85 >= previous.p85 && next.p95 >= previous.p95);
    previous = next;
  }
});

test('percentiles are ordered: later dates and lower counts for more confidence', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const when = forecastWhen(history, 40, { seed });
    assert.ok(when.p50Days <= when.p85Days && when.p85Days <= when.p95Days);
    assert.ok(when.p50Days < when.p95Days, 'a variable history spreads the forecast');
    const many = forecastHowMany(history, 21, { seed });
    assert.ok(many.p95 <= many.p85 && many.p85 <= many.p50);
    assert.ok(many.p95 < many.p50);
  }
});

test('the forecast centres on the mean throughput', () => {
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const many = forecastHowMany(history, 100, { seed: 9 });
  assert.ok(Math.abs(many.p50 - 100 * mean) <= 0.05 * 100 * mean, `${many.p50} vs ${100 * mean}`);
});

test('edge cases: nothing to do, nothing ever done, bad input', () => {
  assert.deepEqual(forecastWhen(history, 0), { p50Days: 0, p85Days: 0, p95Days: 0 });
  assert.equal(forecastWhen([0, 0, 0], 5).p85Days, Infinity);
  assert.deepEqual(forecastHowMany([0, 0], 10), { p50: 0, p85: 0, p95: 0 });
  assert.throws(() => forecastWhen([], 5), RangeError);
  assert.throws(() => forecastHowMany([1, -1], 5), RangeError);
  assert.throws(() => forecastHowMany([1, Number.NaN], 5), RangeError);
  assert.throws(() => forecastWhen([1], 5, { trials: 0 }), RangeError);
});

const DAY = 86_400_000;

test('daily counts cover the last N local days, ending with the day of `end`', () => {
  const utc = parseCalendar('always', timeZone('UTC'));
  const monday = Date.parse('2025-03-03T00:00:00Z');
  const times = [monday - 1, monday + 1, monday + 2, monday + DAY + 5, monday + 3 * DAY];
  const window = countByDay(times, monday + 2 * DAY - 1, 3, utc, false);
  assert.deepEqual(window.counts, [1, 2, 1]);
  assert.equal(window.days.length, 3);
});

test('working days only: weekends drop out and their completions move to Monday', () => {
  const cal = parseCalendar('Mon-Fri 09:00-17:00', timeZone('UTC'));
  const friday = Date.parse('2025-03-07T12:00:00Z');
  const times = [friday, friday + DAY, friday + 2 * DAY, friday + 3 * DAY];
  const window = countByDay(times, friday + 3 * DAY, 4, cal, true);
  assert.deepEqual(window.counts, [1, 3]);
});

test('drawing blocks of days: deterministic, exact for constant throughput, checked', () => {
  assert.deepEqual(
    forecastWhen(history, 30, { seed: 5, block: 7 }),
    forecastWhen(history, 30, { seed: 5, block: 7 }),
  );
  assert.deepEqual(forecastHowMany([2, 2, 2], 10, { block: 7 }), { p50: 20, p85: 20, p95: 20 });
  assert.deepEqual(forecastWhen([2, 2, 2], 9, { block: 2 }), {
    p50Days: 5,
    p85Days: 5,
    p95Days: 5,
  });
  // A block as long as the history replays it from the start: exactly 14 days for its 19 items.
  const whole = forecastWhen(history, 19, { block: history.length });
  assert.deepEqual(whole, { p50Days: 14, p85Days: 14, p95Days: 14 });
  const many = forecastHowMany(history, 21, { seed: 2, block: 7 });
  assert.ok(many.p95 <= many.p85 && many.p85 <= many.p50);
  assert.throws(() => forecastHowMany(history, 5, { block: 0 }), RangeError);
  assert.throws(() => forecastHowMany(history, 5, { block: Number.NaN }), RangeError);
});
