import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alwaysOpen } from '../../src/core/calendar/alwaysOpen.js';
import { timeZone } from '../../src/core/calendar/zoneOffset.js';
import { buildInstances } from '../../src/core/flow/buildInstances.js';
import { resolveStages } from '../../src/core/flow/StageMap.js';
import { type EventInput, EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';

const T0 = Date.parse('2025-01-06T09:00:00Z');
const min = (m: number) => T0 + m * 60_000;

function instancesOf(events: EventInput[]) {
  const b = new EventLogBuilder();
  for (const e of events) b.add(e);
  const log = b.build();
  return {
    log,
    inst: buildInstances(
      log,
      resolveStages(log.activityNames),
      alwaysOpen(timeZone('UTC'), 'default'),
    ),
  };
}

test('start and complete events pair first-in first-out per case and activity', () => {
  const { inst } = instancesOf([
    { case: 'c1', activity: 'Created', time: min(0) },
    { case: 'c1', activity: 'Review', time: min(10), lifecycle: 'start', resource: 'ann' },
    { case: 'c1', activity: 'Review', time: min(30), lifecycle: 'complete', resource: 'ann' },
    { case: 'c1', activity: 'Review', time: min(40), lifecycle: 'start', resource: 'bob' },
    { case: 'c1', activity: 'Review', time: min(45), lifecycle: 'complete', resource: 'bob' },
  ]);
  assert.equal(inst.size, 3);
  // The second Review is rework: a repeat visit, ready when the first one completed.
  assert.deepEqual([...inst.visit], [1, 1, 2]);
  assert.deepEqual([...inst.ready].slice(1), [min(0), min(30)]);
  assert.deepEqual([...inst.start].slice(1), [min(10), min(40)]);
  assert.deepEqual([...inst.complete].slice(1), [min(30), min(45)]);
  assert.equal(inst.pairing.estimatedStarts, 0);
});

test('a complete-only instance starts when both the case and its resource were free, marked as estimated', () => {
  const { inst } = instancesOf([
    { case: 'a', activity: 'Created', time: min(0) },
    { case: 'b', activity: 'Created', time: min(5) },
    { case: 'a', activity: 'Fix', time: min(60), resource: 'ann' },
    // Ann finished case a at 60, so case b (ready at 5) could only start then.
    { case: 'b', activity: 'Fix', time: min(90), resource: 'ann' },
  ]);
  const fixes = [...inst.stageOf].flatMap((s, i) => (s === 1 ? [i] : []));
  assert.deepEqual(
    fixes.map((i) => inst.start[i]),
    [min(0), min(60)],
  );
  assert.deepEqual(
    fixes.map((i) => inst.startEstimated[i]),
    [1, 1],
  );
  // The first event of each case has no known ready moment, so its start stays unknown.
  assert.equal(inst.pairing.unknownStarts, 2);
});

test('unmatched and aborted work is counted, not dropped in silence', () => {
  const { inst } = instancesOf([
    { case: 'a', activity: 'Build', time: min(0), lifecycle: 'start' },
    { case: 'a', activity: 'Test', time: min(1), lifecycle: 'start' },
    { case: 'a', activity: 'Test', time: min(2), lifecycle: 'ate_abort' },
    { case: 'a', activity: 'Build', time: min(3), lifecycle: 'suspend' },
  ]);
  assert.equal(inst.size, 1);
  assert.ok(Number.isNaN(inst.complete[0]!), 'Build is still in progress');
  assert.equal(inst.pairing.openStarts, 1);
  assert.equal(inst.pairing.aborted, 1);
  assert.equal(inst.pairing.otherTransitions, 1);
});

test('a stage map groups activities, excludes system events and keeps its order', () => {
  const stages = resolveStages(['Created', 'Code Review', 'Peer Review', 'QA'], {
    stages: [{ name: 'Review', activities: ['Code Review', 'Peer Review'] }],
    exclude: ['Created'],
    rename: { QA: 'Testing' },
  });
  assert.deepEqual(stages.names, ['Review', 'Testing']);
  assert.deepEqual([...stages.stageOfActivity], [-1, 0, 0, 1]);
  assert.equal(stages.orderedByMap, 1);
});

test('events of a case are ordered by time, ties kept in file order', () => {
  const { log } = instancesOf([
    { case: 'x', activity: 'B', time: min(5) },
    { case: 'x', activity: 'A', time: min(1) },
    { case: 'x', activity: 'C', time: min(5) },
  ]);
  assert.deepEqual(
    [...log.order].map((e) => log.activityNames[log.activityOf[e]!]),
    ['A', 'B', 'C'],
  );
});

test('a weekly release in a complete-only log is not mistaken for a week of work', () => {
  const events: EventInput[] = [];
  // Four weeks; each week 30 items are ready on Monday to Thursday and released on Friday
  // from 16:00 on, one completion every 20 s by the release manager.
  for (let w = 0; w < 4; w++) {
    for (let k = 0; k < 30; k++) {
      const c = `w${w}-${k}`;
      events.push({ case: c, activity: 'Done', time: min(w * 7 * 1440 + (k % 4) * 1440 + 600) });
      events.push({
        case: c,
        activity: 'Release',
        time: min(w * 7 * 1440 + 4 * 1440 + 420) + k * 20_000,
        resource: 'rm',
      });
    }
  }
  const { inst } = instancesOf(events.sort((a, b) => a.time - b.time));
  let longest = 0;
  for (let i = 0; i < inst.size; i++) {
    if (inst.stageOf[i] === 1) longest = Math.max(longest, inst.complete[i]! - inst.start[i]!);
  }
  assert.ok(longest < 60 * 60_000, `longest estimated release took ${longest / 60_000} min`);
  assert.ok(inst.pairing.trimmedStarts >= 4);
});
