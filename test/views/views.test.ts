import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { type EventInput, EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
import { buildFlowCharts } from '../../src/core/views/buildFlowCharts.js';
import { drillIntoStage } from '../../src/core/views/drillIntoStage.js';
import { measureLiveOutput } from '../../src/core/views/measureLiveOutput.js';

const H = 3_600_000;
const MON = Date.parse('2025-03-03T00:00:00Z');

/** Three weeks of tickets: Triage (quick) then Fix (slow, one person): Fix is the constraint. */
function history(): EventInput[] {
  const events: EventInput[] = [];
  let fixFree = MON;
  for (let k = 0; k < 60; k++) {
    const arrive = MON + k * 8 * H;
    const c = `T${k}`;
    events.push({ case: c, activity: 'Opened', time: arrive, resource: 'system' });
    events.push({ case: c, activity: 'Triage', time: arrive, lifecycle: 'start', resource: 'tia' });
    events.push({
      case: c,
      activity: 'Triage',
      time: arrive + H,
      lifecycle: 'complete',
      resource: 'tia',
    });
    const start = Math.max(arrive + H, fixFree);
    fixFree = start + 7 * H;
    // The last three cases are still being fixed when the export was taken.
    events.push({ case: c, activity: 'Fix', time: start, lifecycle: 'start', resource: 'fred' });
    if (k < 57)
      events.push({
        case: c,
        activity: 'Fix',
        time: fixFree,
        lifecycle: 'complete',
        resource: 'fred',
      });
    if (k < 57) events.push({ case: c, activity: 'Closed', time: fixFree, resource: 'system' });
  }
  return events.sort((a, b) => a.time - b.time);
}

function detail() {
  const b = new EventLogBuilder();
  for (const e of history()) b.add(e);
  return analyzeDetailed(b.build(), { calendar: parseCalendar('24/7', timeZone('UTC')) });
}

test('the live view counts what the constraint completed today and this week, not what was planned', () => {
  const d = detail();
  assert.equal(d.report.constraint.stage, 'Fix');
  const live = measureLiveOutput(d);
  assert.ok(live);
  assert.equal(live.stage, 'Fix');
  assert.equal(live.now, d.report.log.end);
  // Fred completes one fix every 7 hours, so at most four in a day.
  assert.ok(live.today.completed >= 1 && live.today.completed <= 4, String(live.today.completed));
  assert.ok(live.week.completed >= live.today.completed);
  // He is never idle: busy nearly all of the hours that passed.
  assert.ok(live.today.utilization !== null && live.today.utilization > 0.9);
  assert.equal(live.recentHours.length, 48);
  assert.equal(
    live.recentHours.reduce((s, [, n]) => s + n, 0) >= live.today.completed,
    true,
    'the last 48 hours include today',
  );
});

test('flow charts: cumulative flow never falls, finished cases feed the scatter, open ones age', () => {
  const charts = buildFlowCharts(detail());
  for (const s of charts.cumulativeFlow.stages) {
    assert.ok(
      s.entered.every((v, i) => i === 0 || v >= s.entered[i - 1]!),
      s.stage,
    );
  }
  assert.equal(charts.cumulativeFlow.done.at(-1), 57);
  assert.equal(charts.cycleTime.points.length, 57);
  assert.ok(
    charts.cycleTime.p50! <= charts.cycleTime.p85! &&
      charts.cycleTime.p85! <= charts.cycleTime.p95!,
  );
  assert.deepEqual(
    charts.aging.items.map((i) => i.stage),
    ['Fix', 'Fix', 'Fix'],
  );
  assert.equal(charts.throughput.constraint, 'Fix');
  assert.equal(
    charts.throughput.constraintDone.reduce((a, b) => a + b, 0),
    57,
  );
});

test('a stage drill-down lists its latest items, splits waiting from processing, and names its people', () => {
  const fix = drillIntoStage(detail(), 'Fix');
  assert.ok(fix);
  assert.equal(fix.items.length, 60);
  assert.equal(fix.items[0]!.complete, null, 'newest first, in-progress items included');
  assert.equal(
    fix.processing.counts.reduce((a, b) => a + b, 0),
    57,
  );
  assert.equal(fix.people.length, 1);
  assert.equal(fix.people[0]!.name, 'fred');
  assert.equal(fix.people[0]!.share, 1);
  assert.equal(drillIntoStage(detail(), 'No such stage'), undefined);
});
