import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { calibrateModel } from '../../src/core/simulation/calibrateModel.js';
import { checkCalibration } from '../../src/core/simulation/checkCalibration.js';
import { finishWhatIf } from '../../src/core/simulation/finishWhatIf.js';
import { planWhatIf } from '../../src/core/simulation/planWhatIf.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { type GroundTruth, readTruth } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

// Three ground-truth logs of different shapes: start/complete pairs with rework (1002),
// complete-only events whose starts are inferred (1005), and a demand-limited stream (1007).
for (const name of ['gt-1002', 'gt-1005', 'gt-1007']) {
  test(`the calibrated model of ${name} reproduces its throughput, utilisation per stage and lead times`, async () => {
    const { log } = await readEventLog(sharedPath('ground-truth', `${name}.csv.gz`), {});
    const detail = analyzeDetailed(log);
    const model = calibrateModel(detail);
    const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 2 }, 1, 0, 6);
    const figures = checkCalibration(detail, model, runs);
    const off = figures.filter((f) => !f.within);
    assert.deepEqual(
      off.map((f) => `${f.figure}: log ${f.log} vs simulated ${f.simulated} (${f.tolerance})`),
      [],
    );
    assert.ok(figures.some((f) => f.figure === 'throughputPerWeek'));
    assert.ok(figures.some((f) => f.figure === 'leadTimeP85Seconds'));
    assert.ok(figures.filter((f) => f.figure.startsWith('utilization:')).length >= 5);
  });
}

test('a working calendar: servers work only in working hours, cases arrive only in them, and every figure holds', async () => {
  const { log } = await readEventLog(sharedPath('ground-truth', 'gt-1014.csv.gz'), {});
  const detail = analyzeDetailed(log);
  const model = calibrateModel(detail);
  assert.ok(
    model.week.starts.length >= 5,
    `a working week, got ${model.week.starts.length} blocks`,
  );
  // Every case of this log arrives in working hours: the gaps are taken in working time.
  assert.ok(model.arrivals.kind === 'empirical' && model.arrivals.working === true);
  const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 2 }, 1, 0, 4);
  const figures = checkCalibration(detail, model, runs);
  assert.deepEqual(
    figures
      .filter((f) => !f.within)
      .map((f) => `${f.figure}: log ${f.log} vs simulated ${f.simulated}`),
    [],
  );
  // Wall-clock gaps would put arrivals at night, waiting for the morning: a median of about
  // 24 h instead of the log's 4 h.
  const median = figures.find((f) => f.figure === 'leadTimeMedianSeconds');
  assert.ok(
    median && Math.abs(median.error) < 0.25,
    `median ${median?.simulated} s vs ${median?.log} s`,
  );
});

test('after a constraint shift the model is calibrated from the last move on, and reproduces the stream since', async () => {
  const { log } = await readEventLog(sharedPath('ground-truth', 'gt-1011.csv.gz'), {});
  const detail = analyzeDetailed(log);
  const truth = readTruth('gt-1011') as Required<GroundTruth>;
  const plan = planWhatIf(detail, {}, { replications: 6, weeks: 20, seed: 1 });
  assert.ok(
    Math.abs(plan.since - Date.parse(truth.shift_at)) < 7 * 86_400_000,
    `calibrated from ${new Date(plan.since).toISOString()}, shift at ${truth.shift_at}`,
  );
  const runs = simulateReplications(plan.baseline, plan.length, plan.seed, 0, plan.replications);
  const figures = checkCalibration(detail, plan.baseline, runs, plan.since);
  assert.deepEqual(
    figures
      .filter((f) => !f.within)
      .map((f) => `${f.figure}: log ${f.log} vs simulated ${f.simulated}`),
    [],
  );
  const result = finishWhatIf(plan, detail, runs, runs);
  assert.equal(result.baseline.constraint, truth.constraint_after);
  assert.equal(result.calibratedFrom, new Date(plan.since).toISOString());
});
