import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { applyScenario } from '../../src/core/simulation/applyScenario.js';
import { calibrateModel } from '../../src/core/simulation/calibrateModel.js';
import { checkCalibration } from '../../src/core/simulation/checkCalibration.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { readTruth } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

// gt-1015: three people share Refinement and Design (pool load 0.94); Development's three are
// at 0.76. gt-1016 is the same shape with complete-only events: Investigation and Fix share
// three people (0.95), Fix Review's one is at 0.76.
for (const name of ['gt-1015', 'gt-1016']) {
  test(`${name}: the shared pool is one set of servers, the constraint, and elevating it moves the constraint`, async () => {
    const truth = readTruth(name);
    // gt-1015 and gt-1016 are the shared-pool logs of the sample.
    const sharedPool = truth.shared_pool!;
    const detail = analyzeDetailed(
      (await readEventLog(sharedPath('ground-truth', `${name}.csv.gz`), {})).log,
    );
    const model = calibrateModel(detail);
    const pool: string[] = sharedPool.stages;
    assert.deepEqual(
      model.pools?.map((p) => ({
        stages: p.stages.map((s) => model.stages[s]),
        servers: p.servers,
      })),
      [{ stages: pool, servers: sharedPool.people }],
    );
    // Waiting for the pool's busy people is queueing, not an external delay.
    for (const stage of pool)
      assert.equal(model.externalDelay?.[model.stages.indexOf(stage)]?.kind, 'none');

    const length = { weeks: 20, warmupWeeks: 2 };
    const runs = simulateReplications(model, length, 1, 0, 6);
    const off = checkCalibration(detail, model, runs).filter((f) => !f.within);
    assert.deepEqual(
      off.map((f) => `${f.figure}: log ${f.log} vs simulated ${f.simulated}`),
      [],
    );
    for (const r of runs) assert.ok(pool.includes(model.stages[r.constraint]!));

    // One more person in the pool: its load falls to 0.95 · 3/4 ≈ 0.71, below the next stage's 0.76.
    const elevated = applyScenario(model, { capacity: { [pool[0]!]: 1 } });
    assert.equal(elevated.pools?.[0]?.servers, sharedPool.people + 1);
    const next = Object.entries(truth.rho as Record<string, number>)
      .filter(([stage]) => !pool.includes(stage))
      .sort((a, b) => b[1] - a[1])[0]![0];
    for (const r of simulateReplications(elevated, length, 1, 0, 6))
      assert.equal(model.stages[r.constraint], next);
  });
}
