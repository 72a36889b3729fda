import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { EventLogBuilder } from '../../src/core/model/EventLogBuilder.js';
import { applyScenario } from '../../src/core/simulation/applyScenario.js';
import { calibrateModel } from '../../src/core/simulation/calibrateModel.js';
import { checkCalibration } from '../../src/core/simulation/checkCalibration.js';
import { chooseRunLength } from '../../src/core/simulation/chooseRunLength.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { seededRandom } from '../../src/core/stats/seededRandom.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { sharedPath } from '../support/sharedData.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-01-06T00:00:00Z');

/**
 * Cases arrive around the clock (exponential gaps, mean 2 h); Ann drafts each (30 min), then
 * Bob reviews it (30 min). With `customerWaitHours`, the case first waits for the customer
 * (uniform on the range) while Bob is mostly idle; without, Bob takes it as soon as he is free.
 */
function buildLog(customerWaitHours: [number, number] | null, reviewMinutes = 30) {
  const random = seededRandom(7);
  const b = new EventLogBuilder();
  let t = T0;
  let annFree = T0;
  const ready: { id: string; at: number }[] = [];
  for (let c = 0; c < 3000; c++) {
    t += -2 * HOUR * Math.log(1 - random());
    const id = `c${c}`;
    b.add({ case: id, activity: 'Received', time: t });
    const draftStart = Math.max(t, annFree);
    annFree = draftStart + 0.5 * HOUR * (0.5 + random());
    b.add({ case: id, activity: 'Draft', time: draftStart, lifecycle: 'start', resource: 'ann' });
    b.add({ case: id, activity: 'Draft', time: annFree, lifecycle: 'complete', resource: 'ann' });
    const wait = customerWaitHours
      ? (customerWaitHours[0] + (customerWaitHours[1] - customerWaitHours[0]) * random()) * HOUR
      : 0;
    ready.push({ id, at: annFree + wait });
  }
  // Bob reviews cases in the order the customers answered, first come first served.
  let bobFree = T0;
  for (const { id, at } of ready.sort((x, y) => x.at - y.at)) {
    const reviewStart = Math.max(at, bobFree);
    bobFree = reviewStart + (reviewMinutes / 60) * HOUR * (0.5 + random());
    b.add({ case: id, activity: 'Review', time: reviewStart, lifecycle: 'start', resource: 'bob' });
    b.add({ case: id, activity: 'Review', time: bobFree, lifecycle: 'complete', resource: 'bob' });
  }
  return analyzeDetailed(b.build());
}

test('cases waiting for the customer while the reviewer is free: the simulated lead time includes the wait', () => {
  const detail = buildLog([24, 72]);
  const model = calibrateModel(detail);
  const review = model.stages.indexOf('Review');
  const delay = model.externalDelay?.[review];
  assert.equal(delay?.kind, 'empirical');
  const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 2 }, 1, 0, 6);
  const figures = checkCalibration(detail, model, runs);
  assert.deepEqual(
    figures.filter((f) => !f.within).map((f) => `${f.figure}: ${f.log} vs ${f.simulated}`),
    [],
  );
  const median = figures.find((f) => f.figure === 'leadTimeMedianSeconds');
  // Half an hour of drafting, two days for the customer, half an hour of review.
  assert.ok(
    median && median.simulated > 40 * 3600 && median.simulated < 60 * 3600,
    `${median?.log} ${median?.simulated}`,
  );

  // Without the delay the same model finishes cases in about an hour: the wait is the delay.
  const bare = simulateReplications(
    { ...model, externalDelay: model.stages.map(() => ({ kind: 'none' as const })) },
    { weeks: 20, warmupWeeks: 2 },
    1,
    0,
    6,
  );
  assert.ok(bare.every((r) => r.leadTimeMedianSeconds < 3 * 3600));

  // A second reviewer does not make the customer answer sooner.
  const elevated = simulateReplications(
    applyScenario(model, { capacity: { Review: 1 } }),
    { weeks: 20, warmupWeeks: 2 },
    1,
    0,
    6,
  );
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = mean(runs.map((r) => r.leadTimeMedianSeconds));
  const after = mean(elevated.map((r) => r.leadTimeMedianSeconds));
  assert.ok(Math.abs(after / before - 1) < 0.03, `median ${before} s before, ${after} s after`);
});

test('the rope’s default buffer covers the customer’s wait before the drum: throughput holds', () => {
  // An hour of review per case: Bob (half busy) is the drum, two days of waiting before him.
  const model = calibrateModel(buildLog([24, 72], 60));
  const roped = applyScenario(model, { rope: true });
  assert.ok(roped.release.kind === 'rope');
  assert.equal(model.stages[roped.release.stage], 'Review');
  const length = { weeks: 20, warmupWeeks: 2 };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const open = mean(simulateReplications(model, length, 1, 0, 4).map((r) => r.throughputPerWeek));
  const rope = simulateReplications(roped, length, 1, 0, 4);
  const ratio = mean(rope.map((r) => r.throughputPerWeek)) / open;
  assert.ok(ratio > 0.97, `throughput with the rope ${ratio} of the open stream's`);
});

test('waits that a busy reviewer explains are queueing, not delay: the model gets none', () => {
  // Bob takes 90 min a case on average, one case every 2 h: busy three quarters of the time.
  const detail = buildLog(null, 90);
  const model = calibrateModel(detail);
  assert.deepEqual(
    model.externalDelay?.map((d) => d.kind),
    model.stages.map(() => 'none'),
  );
  const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 2 }, 1, 0, 6);
  const off = checkCalibration(detail, model, runs).filter((f) => !f.within);
  assert.deepEqual(
    off.map((f) => `${f.figure}: ${f.log} vs ${f.simulated}`),
    [],
  );
});

test('helpdesk (a real log): the simulated lead times are the log’s, not the 20 h of capacity alone', async () => {
  const { log } = await readEventLog(sharedPath('logs', 'helpdesk.xes.gz'), {});
  const detail = analyzeDetailed(log);
  const model = calibrateModel(detail);
  const length = chooseRunLength(20, detail.cases.duration.p85);
  const runs = simulateReplications(model, length, 1, 0, 6);
  const figures = checkCalibration(detail, model, runs);
  for (const name of ['throughputPerWeek', 'leadTimeMedianSeconds', 'leadTimeP85Seconds']) {
    const f = figures.find((x) => x.figure === name);
    assert.ok(f?.within, `${name}: log ${f?.log} vs simulated ${f?.simulated}`);
  }
  // The log's median case takes about 40 days.
  const median = figures.find((f) => f.figure === 'leadTimeMedianSeconds')!;
  assert.ok(median.log > 30 * 86_400 && Math.abs(median.simulated / median.log - 1) < 0.25);
});
