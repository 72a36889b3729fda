import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import { LiveAnalysis } from '../../src/core/live/LiveAnalysis.js';
import { type EventInput, EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
import { seededRandom } from '../../src/core/stats/seededRandom.js';

const T0 = Date.parse('2025-01-06T08:00:00Z');
const STAGES = ['Triage', 'Build', 'Review', 'Ship'];

/** A random stream: cases walk the stages, sometimes looping back, with ties and late arrivals. */
function randomEvents(seed: number, cases: number): EventInput[] {
  const random = seededRandom(seed);
  const events: EventInput[] = [];
  for (let c = 0; c < cases; c++) {
    let t = T0 + Math.floor(random() * 30 * 86_400_000);
    events.push({ case: `C${c}`, activity: 'Created', time: t, resource: 'system' });
    for (let k = 0; k < STAGES.length; k++) {
      const activity = STAGES[k]!;
      const resource = `${activity.toLowerCase()}-${1 + Math.floor(random() * 3)}`;
      // Whole minutes make ties within a case likely, which must keep arrival order.
      t += Math.floor(random() * 8) * 60_000;
      if (random() < 0.6)
        events.push({ case: `C${c}`, activity, time: t, lifecycle: 'start', resource });
      t += Math.floor(random() * 240) * 60_000;
      events.push({ case: `C${c}`, activity, time: t, lifecycle: 'complete', resource });
      if (k === 2 && random() < 0.2) k = 0;
    }
  }
  // Mostly time order, with some events arriving late, as real feeds do.
  events.sort((a, b) => a.time - b.time);
  for (let i = 0; i < events.length; i++) {
    if (random() < 0.05) {
      const j = Math.min(events.length - 1, i + Math.floor(random() * 20));
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
  }
  return events;
}

function fromScratch(events: EventInput[]) {
  const b = new EventLogBuilder();
  for (const e of events) b.add(e);
  return analyzeLog(b.build());
}

for (const seed of [1, 7, 42, 2025, 31337]) {
  test(`incremental analysis equals a from-scratch analysis after every batch (seed ${seed})`, () => {
    const random = seededRandom(seed * 97);
    const events = randomEvents(seed, 60);
    const live = new LiveAnalysis();
    let sent = 0;
    while (sent < events.length) {
      const size = 1 + Math.floor(random() * 80);
      const batch = events.slice(sent, sent + size);
      const summary = live.append(batch);
      sent += batch.length;
      assert.equal(summary.total, sent);
      assert.deepEqual(live.report(), fromScratch(events.slice(0, sent)), `after ${sent} events`);
    }
  });
}

test('an append reports completions per activity at once, and the report refreshes only when asked', () => {
  const live = new LiveAnalysis();
  const summary = live.append([
    { case: 'A', activity: 'Review', time: T0, lifecycle: 'start' },
    { case: 'A', activity: 'Review', time: T0 + 60_000, lifecycle: 'complete' },
    { case: 'B', activity: 'Review', time: T0 + 120_000 },
  ]);
  assert.deepEqual(summary.completions, { Review: 2 });
  assert.equal(summary.lastEventAt, T0 + 120_000);
  assert.equal(live.stale, true);
  assert.equal(live.report().log.events, 3);
  assert.equal(live.stale, false);
});

test('a late event inserted inside a trace replaces the arc it splits', () => {
  const live = new LiveAnalysis();
  live.append([
    { case: 'A', activity: 'x', time: T0 },
    { case: 'A', activity: 'z', time: T0 + 3000 },
  ]);
  assert.deepEqual(
    live.report().directlyFollows.map((a) => `${a.from}>${a.to}`),
    ['x>z'],
  );
  live.append([{ case: 'A', activity: 'y', time: T0 + 1000 }]);
  assert.deepEqual(
    live.report().directlyFollows.map((a) => `${a.from}>${a.to}:${a.meanSeconds}`),
    ['x>y:1', 'y>z:2'],
  );
});

test('a workspace with no events, or a range with none, analyses to an empty report instead of failing', () => {
  const live = new LiveAnalysis();
  const empty = live.report();
  assert.equal(empty.log.events, 0);
  assert.equal(empty.constraint.kind, 'demand');
  assert.deepEqual(live.flow().cycleTime.points, []);
  assert.equal(live.live(), undefined);
  live.append([{ case: 'A', activity: 'x', time: T0 }]);
  assert.equal(live.reportBetween(T0 + 86_400_000, T0 + 2 * 86_400_000).log.events, 0);
});
