import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { AnalysisDetail } from '../../src/core/analysis/analyzeLog.js';
import { analyzeDetailed } from '../../src/core/analysis/analyzeLog.js';
import { finishWhatIf } from '../../src/core/simulation/finishWhatIf.js';
import { planWhatIf } from '../../src/core/simulation/planWhatIf.js';
import type { Scenario } from '../../src/core/simulation/Scenario.js';
import { simulateReplications } from '../../src/core/simulation/simulateReplications.js';
import { readEventLog } from '../../src/readers/readEventLog.js';
import { sharedPath } from '../support/sharedData.js';

// gt-1002: Reproduction (one server, ρ ≈ 0.91) is the constraint.
let detail: AnalysisDetail;
before(async () => {
  detail = analyzeDetailed(
    (await readEventLog(sharedPath('ground-truth', 'gt-1002.csv.gz'), {})).log,
  );
});

function whatIf(scenario: Scenario) {
  const plan = planWhatIf(detail, scenario, { replications: 6, weeks: 20, seed: 3 });
  const run = (model: typeof plan.baseline) =>
    simulateReplications(model, plan.length, plan.seed, 0, plan.replications);
  return { plan, result: finishWhatIf(plan, detail, run(plan.baseline), run(plan.scenario)) };
}

test('5 % more arrivals: 5 % more throughput, and the constraint works harder', () => {
  const { result } = whatIf({ arrivals: 0.05 });
  const ratio = result.scenario.throughputPerWeek / result.baseline.throughputPerWeek;
  assert.ok(Math.abs(ratio - 1.05) < 0.02, `throughput ratio ${ratio}`);
  assert.ok(
    result.scenario.utilization.Reproduction! > result.baseline.utilization.Reproduction! + 0.03,
  );
  assert.ok(result.scenario.leadTimeP85Seconds > result.baseline.leadTimeP85Seconds);
});

test('25 % more arrivals: the constraint caps throughput at its capacity', () => {
  const { result } = whatIf({ arrivals: 0.25 });
  const capacity = result.baseline.throughputPerWeek / result.baseline.utilization.Reproduction!;
  assert.ok(result.scenario.utilization.Reproduction! > 0.97);
  assert.ok(
    result.scenario.throughputPerWeek < 1.01 * capacity,
    `${result.scenario.throughputPerWeek} vs capacity ${capacity}`,
  );
  assert.ok(result.scenario.throughputPerWeek < 1.15 * result.baseline.throughputPerWeek);
});

test('processing time at the constraint cut by half halves its utilisation and shortens lead time', () => {
  const { result } = whatIf({ processing: { Reproduction: -0.5 } });
  const ratio =
    result.scenario.utilization.Reproduction! / result.baseline.utilization.Reproduction!;
  assert.ok(Math.abs(ratio - 0.5) < 0.03, `utilisation ratio ${ratio}`);
  assert.ok(result.scenario.leadTimeMedianSeconds < result.baseline.leadTimeMedianSeconds);
});

test("the rope: work released at the constraint's pace keeps throughput and cuts work in progress", () => {
  const { plan, result } = whatIf({ rope: true });
  assert.equal(plan.scenario.release.kind, 'rope');
  assert.equal(result.release.kind === 'rope' && result.release.stage, 'Reproduction');
  assert.ok(
    result.scenario.throughputPerWeek >= 0.97 * result.baseline.throughputPerWeek,
    `${result.scenario.throughputPerWeek} vs ${result.baseline.throughputPerWeek}`,
  );
  assert.ok(
    result.scenario.wipMean < result.baseline.wipMean,
    `${result.scenario.wipMean} vs ${result.baseline.wipMean}`,
  );
  assert.equal(result.scenario.constraint, 'Reproduction');
});

test('removing the only server of a stage, or naming no stage of the log, is refused with the reason', () => {
  assert.throws(() => whatIf({ capacity: { Reproduction: -1 } }), /cannot lose 1 and keep one/);
  assert.throws(
    () => whatIf({ processing: { Nope: -0.1 } }),
    /unknown stage "Nope"; the stages are .*"Triage"/,
  );
  assert.throws(() => whatIf({ capacity: { Triage: 0.5 } }), /whole number/);
});
