import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { finishWhatIf } from '../../src/core/simulation/finishWhatIf.js';
import { planWhatIf } from '../../src/core/simulation/planWhatIf.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { readTruth } from '../support/groundTruth.js';
import { sharedPath } from '../support/sharedData.js';

/**
 * Logs with an internal constraint where one more server there moves the constraint: the truth's
 * utilisation of the old constraint with c + 1 servers falls below another stage's.
 */
for (const name of ['gt-1002', 'gt-1006', 'gt-1013']) {
  test(`${name}: one more server at the constraint predicts the stage with the next-highest utilisation`, async () => {
    const truth = readTruth(name);
    const rho = truth.rho;
    const { log } = await readEventLog(sharedPath('ground-truth', `${name}.csv.gz`), {});
    const detail = analyzeDetailed(log);
    const plan = planWhatIf(
      detail,
      { capacity: { [truth.constraint]: 1 } },
      {
        replications: 6,
        weeks: 20,
        seed: 1,
      },
    );
    const c = plan.baseline.servers[plan.baseline.stages.indexOf(truth.constraint)]!;
    const after = Object.entries({
      ...rho,
      [truth.constraint]: (rho[truth.constraint]! * c) / (c + 1),
    });
    const [next] = after.sort((a, b) => b[1] - a[1])[0]!;
    assert.notEqual(next, truth.constraint, 'this log is one where the constraint moves');
    const run = (model: typeof plan.baseline) =>
      simulateReplications(model, plan.length, plan.seed, 0, plan.replications);
    const result = finishWhatIf(plan, detail, run(plan.baseline), run(plan.scenario));
    assert.equal(result.baseline.constraint, truth.constraint);
    assert.equal(result.scenario.constraint, next);
    assert.ok(
      result.scenario.utilization[truth.constraint]! <
        result.baseline.utilization[truth.constraint]!,
    );
  });
}
