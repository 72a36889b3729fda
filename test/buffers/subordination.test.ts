import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLog } from '../../src/core/analysis/analyzeLog.js';
import { parseCalendar } from '../../src/core/calendar/parseCalendar.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { type EventInput, EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';

const MIN = 60_000;
const T0 = Date.parse('2025-03-03T00:00:00Z');
const OUTAGE_FROM = T0 + 3 * 1440 * MIN;
const OUTAGE_TO = OUTAGE_FROM + 1440 * MIN;

/**
 * Cases arrive every 30 min; Prep (one person, 20 min) feeds Build (one person, 28 min), the
 * constraint. Prep is down for a whole day: the cases pile up in front of it, and Build, with
 * nothing reaching it, starves although work for it exists.
 */
function outageLog(): EventInput[] {
  const events: EventInput[] = [];
  let prepFree = T0;
  let buildFree = T0;
  for (let k = 0; k < 10 * 48; k++) {
    const arrive = T0 + k * 30 * MIN;
    const c = `K${k}`;
    events.push({ case: c, activity: 'Opened', time: arrive, resource: 'system' });
    let prepStart = Math.max(arrive, prepFree);
    if (prepStart + 20 * MIN > OUTAGE_FROM && prepStart < OUTAGE_TO) prepStart = OUTAGE_TO;
    prepFree = prepStart + 20 * MIN;
    events.push({
      case: c,
      activity: 'Prep',
      time: prepStart,
      lifecycle: 'start',
      resource: 'pat',
    });
    events.push({
      case: c,
      activity: 'Prep',
      time: prepFree,
      lifecycle: 'complete',
      resource: 'pat',
    });
    const buildStart = Math.max(prepFree, buildFree);
    buildFree = buildStart + 28 * MIN;
    events.push({
      case: c,
      activity: 'Build',
      time: buildStart,
      lifecycle: 'start',
      resource: 'bo',
    });
    events.push({
      case: c,
      activity: 'Build',
      time: buildFree,
      lifecycle: 'complete',
      resource: 'bo',
    });
  }
  return events.sort((a, b) => a.time - b.time);
}

function analyze(options: { bufferTargetHours?: number; valuePerItem?: number } = {}) {
  const b = new EventLogBuilder();
  for (const e of outageLog()) b.add(e);
  return analyzeLog(b.build(), { calendar: parseCalendar('24/7', timeZone('UTC')), ...options });
}

test('an upstream outage shows as a starvation period of the constraint, where the outage put it', () => {
  const report = analyze();
  assert.equal(report.constraint.stage, 'Build');
  const { starvation } = report;
  const longest = [...starvation.periods].sort((a, b) => b.hours - a.hours)[0]!;
  assert.ok(
    Date.parse(longest.from) >= OUTAGE_FROM && Date.parse(longest.from) <= OUTAGE_FROM + 60 * MIN,
    longest.from,
  );
  assert.ok(
    Date.parse(longest.to) >= OUTAGE_TO && Date.parse(longest.to) <= OUTAGE_TO + 60 * MIN,
    longest.to,
  );
  assert.ok(longest.hours > 23 && longest.hours < 25.5, String(longest.hours));
  assert.ok(
    starvation.starvedHours >= longest.hours && starvation.starvedHours <= starvation.idleHours,
  );
});

test('lost throughput prices the starved hours at the constraint’s throughput per hour', () => {
  const { starvation } = analyze({ valuePerItem: 100 });
  // Build finishes about 2 items an hour (one every 30 min on average): ~200 per starved hour.
  assert.ok(starvation.lostThroughput !== undefined);
  const perHour = starvation.lostThroughput / starvation.starvedHours;
  assert.ok(perHour > 150 && perHour < 215, String(perHour));
});

test('the buffer is read against its target in green, yellow and red thirds; a given target wins', () => {
  const derived = analyze().buffer;
  assert.equal(derived.stage, 'Build');
  assert.equal(derived.targetSource, 'derived');
  assert.ok(derived.targetHours > 0);
  // Right after the outage a day's work floods in: the buffer is deep (green); during it, empty (red).
  const at = (t: number) => derived.history.find((h) => Date.parse(h.at) >= t)!;
  assert.equal(at(OUTAGE_FROM + 20 * 60 * MIN).zone, 'red');
  assert.equal(at(OUTAGE_TO + 60 * MIN).zone, 'green');
  const given = analyze({ bufferTargetHours: 1000 }).buffer;
  assert.equal(given.targetSource, 'given');
  assert.equal(given.targetHours, 1000);
  assert.equal(given.zone, 'red');
});

test('spare capacity and the rope: Prep has capacity to spare, and release follows Build’s pace', () => {
  const report = analyze();
  const prep = report.spareCapacity.find((s) => s.stage === 'Prep')!;
  assert.ok(prep.protectiveCapacity! > 0.2);
  assert.ok(
    !report.spareCapacity.some((s) => s.stage === 'Build'),
    'the constraint itself is not listed',
  );
  assert.ok(report.release.recommendedPerWeek > 0);
  assert.ok('Prep' in report.release.wipCaps);
  assert.equal(report.release.weekly.length, report.weeks.length);
});

test('blocked time is the time the constraint’s items spent suspended, where the log records it', () => {
  const b = new EventLogBuilder();
  const h = 60 * MIN;
  for (let k = 0; k < 6; k++) {
    const t = T0 + k * 4 * h;
    b.add({ case: `S${k}`, activity: 'Opened', time: t });
    b.add({
      case: `S${k}`,
      activity: 'Fix',
      time: t + 10 * MIN,
      lifecycle: 'start',
      resource: 'fay',
    });
    // Every other item waits an hour for an answer half-way through.
    if (k % 2 === 0) {
      b.add({ case: `S${k}`, activity: 'Fix', time: t + h, lifecycle: 'suspend', resource: 'fay' });
      b.add({
        case: `S${k}`,
        activity: 'Fix',
        time: t + 2 * h,
        lifecycle: 'resume',
        resource: 'fay',
      });
    }
    b.add({
      case: `S${k}`,
      activity: 'Fix',
      time: t + 3.5 * h,
      lifecycle: 'complete',
      resource: 'fay',
    });
  }
  const report = analyzeLog(b.build(), { calendar: parseCalendar('24/7', timeZone('UTC')) });
  assert.equal(report.constraint.stage, 'Fix');
  assert.equal(report.starvation.blockedHours, 3);
});
