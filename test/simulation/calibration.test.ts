import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { calibrateModel } from '../../src/core/simulation/calibrateModel.js';
import { checkCalibration } from '../../src/core/simulation/checkCalibration.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
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

test('a working calendar: servers work only in working hours, and utilisation is over working time', async () => {
  const { log } = await readEventLog(sharedPath('ground-truth', 'gt-1014.csv.gz'), {});
  const detail = analyzeDetailed(log);
  const model = calibrateModel(detail);
  assert.ok(
    model.week.starts.length >= 5,
    `a working week, got ${model.week.starts.length} blocks`,
  );
  const runs = simulateReplications(model, { weeks: 20, warmupWeeks: 2 }, 1, 0, 4);
  const util = checkCalibration(detail, model, runs).filter((f) =>
    f.figure.startsWith('utilization:'),
  );
  assert.deepEqual(
    util.filter((f) => !f.within).map((f) => f.figure),
    [],
  );
});
