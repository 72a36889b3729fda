import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { type EventInput, EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';

const MIN = 60_000;
const MON = Date.parse('2025-03-03T09:00:00Z');

/** One reviewer serving a queue either first come first served or newest first. */
function reviewLog(order: 'fifo' | 'lifo', finishAt: (k: number) => number): EventInput[] {
  const events: EventInput[] = [];
  // Weekdays only: day d of the series falls d + 2 × (full weeks before it) days after Monday.
  const weekday = (d: number) => d + 2 * Math.floor(d / 5);
  const batchReady = (k: number) =>
    MON + weekday(Math.floor(k / 5)) * 24 * 60 * MIN + (k % 5) * MIN;
  for (let day = 0; day < 20; day++) {
    const ids = [0, 1, 2, 3, 4].map((j) => day * 5 + j);
    const served = order === 'fifo' ? ids : [...ids].reverse();
    served.forEach((k, slot) => {
      const c = `R${k}`;
      const start = batchReady(ids[4]!) + 10 * MIN + slot * 80 * MIN;
      events.push({ case: c, activity: 'Submitted', time: batchReady(k) });
      events.push({
        case: c,
        activity: 'Review',
        time: start,
        lifecycle: 'start',
        resource: 'rita',
      });
      events.push({
        case: c,
        activity: 'Review',
        time: finishAt(start),
        lifecycle: 'complete',
        resource: 'rita',
      });
    });
  }
  return events.sort((a, b) => a.time - b.time);
}

function analyze(events: EventInput[], calendar = '24/7') {
  const b = new EventLogBuilder();
  for (const e of events) b.add(e);
  return analyzeLog(b.build(), { calendar: parseCalendar(calendar, timeZone('UTC')) });
}

test('expediting is measured as work taken out of turn: none under FIFO, most under newest-first', () => {
  const fifo = analyze(reviewLog('fifo', (s) => s + 75 * MIN)).stages.find(
    (s) => s.name === 'Review',
  )!;
  const lifo = analyze(reviewLog('lifo', (s) => s + 75 * MIN)).stages.find(
    (s) => s.name === 'Review',
  )!;
  assert.equal(fifo.expediteRate, 0);
  assert.ok(lifo.expediteRate > 0.3, String(lifo.expediteRate));
});

test('overtime is the share of work finished outside working hours', () => {
  // Five reviews a day of 80 minutes from 09:10 run until about 15:50; stretched to 2 h each they end at night.
  const normal = analyze(
    reviewLog('fifo', (s) => s + 75 * MIN),
    'Mon-Fri 09:00-17:00',
  );
  const late = analyze(
    reviewLog(
      'fifo',
      (s) => s + 75 * MIN + (s % (24 * 60 * MIN) > 13 * 60 * MIN ? 6 * 60 * MIN : 0),
    ),
    'Mon-Fri 09:00-17:00',
  );
  assert.equal(normal.stages.find((s) => s.name === 'Review')!.overtimeShare, 0);
  assert.ok(late.stages.find((s) => s.name === 'Review')!.overtimeShare > 0.1);
});
